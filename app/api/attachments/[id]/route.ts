import { hasThumbnail, isImageMime } from '@/lib/attachments/sniff';
import { fileResponse, findServable, notFound } from '@/lib/attachments/serve';
import { readStored } from '@/lib/attachments/storage';
import { imageVariant } from '@/lib/attachments/thumbnails';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/**
 * `GET /api/attachments/:id`: the file, for signed-in staff; `?token=` (the ticket's public
 * token) serves a client-visible photo, re-encoded without metadata. Images open inline,
 * everything else downloads. Anything not allowed is a 404.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const found = await findServable(request, (await params).id);
  if (!found) return notFound();
  const image = isImageMime(found.mime);
  if (found.public && hasThumbnail(found.mime)) {
    const view = await imageVariant(found.storageName, found.mime, 'view');
    if (!view) return notFound();
    const name = `${found.originalName.replace(/\.[^.]*$/, '')}.webp`;
    return fileResponse(request, view, { mime: 'image/webp', name, etag: `${found.sha256}-view`, inline: true });
  }
  let bytes: Buffer;
  try {
    bytes = await readStored(found.storageName);
  } catch (error) {
    console.error(JSON.stringify({ event: 'attachment_file_missing', id: found.id, error: String(error) }));
    return notFound();
  }
  return fileResponse(request, bytes, { mime: found.mime, name: found.originalName, etag: found.sha256, inline: image });
}
