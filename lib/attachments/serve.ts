import { getAttachment, getPublicPhoto } from '@/db/queries/attachments';
import { isTokenShaped } from '@/db/queries/public-status';
import { currentStaff } from '@/lib/auth/session';
import { apiContentSecurityPolicy } from '@/lib/security/headers';
import { isImageMime } from './sniff';

/**
 * Who may fetch an attachment: any signed-in employee (all staff see all tickets), or, with the
 * ticket's public token, anyone, but only for a photo the staff chose to show the client.
 * Everything else, including a wrong id, token or type, is the same 404, so nothing can be
 * learned by probing.
 */
export type Servable = {
  id: number;
  mime: string;
  storageName: string;
  sha256: string;
  originalName: string;
  /** Fetched with the client's token: served re-encoded, without camera metadata. */
  public: boolean;
};

export async function findServable(request: Request, idParam: string): Promise<Servable | null> {
  if (!/^\d{1,12}$/.test(idParam)) return null;
  const id = Number(idParam);
  const token = new URL(request.url).searchParams.get('token');
  if (token !== null) {
    if (!isTokenShaped(token)) return null;
    const photo = await getPublicPhoto(id, token);
    return photo && isImageMime(photo.mime) ? { ...photo, public: true } : null;
  }
  if (!(await currentStaff())) return null;
  const row = await getAttachment(id);
  return row ? { id: row.id, mime: row.mime, storageName: row.storageName, sha256: row.sha256, originalName: row.originalName, public: false } : null;
}

export function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
  });
}

/** `attachment; filename="photo.jpg"; filename*=UTF-8''фото.jpg`: an ASCII fallback and the real name. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The headers every attachment response carries; the body is never sniffed or run by the browser. */
export function fileResponse(request: Request, body: Uint8Array, opts: { mime: string; name: string; etag: string; inline: boolean }): Response {
  const headers = new Headers({
    'Content-Type': opts.mime === 'text/plain' ? 'text/plain; charset=utf-8' : opts.mime,
    'Content-Disposition': contentDisposition(opts.inline ? 'inline' : 'attachment', opts.name),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': apiContentSecurityPolicy(),
    'Cache-Control': 'private, max-age=300',
    'Referrer-Policy': 'no-referrer',
    ETag: `"${opts.etag}"`,
  });
  if (request.headers.get('if-none-match') === `"${opts.etag}"`) return new Response(null, { status: 304, headers });
  headers.set('Content-Length', String(body.byteLength));
  return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}
