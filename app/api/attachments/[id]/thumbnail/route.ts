import { fileResponse, findServable, notFound } from '@/lib/attachments/serve';
import { imageVariant } from '@/lib/attachments/thumbnails';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** `GET /api/attachments/:id/thumbnail`: a 320 px WebP of a photo, with the same access rules as the file. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const found = await findServable(request, (await params).id);
  if (!found) return notFound();
  const thumb = await imageVariant(found.storageName, found.mime, 'thumb');
  if (!thumb) return notFound();
  const name = `${found.originalName.replace(/\.[^.]*$/, '')}-thumbnail.webp`;
  return fileResponse(request, thumb, { mime: 'image/webp', name, etag: `${found.sha256}-thumb`, inline: true });
}
