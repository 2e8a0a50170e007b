import { readFile } from 'node:fs/promises';
import { currentStaff } from '@/lib/auth/session';
import { screenshotFile } from '@/lib/help/load';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ lang: string; file: string }> };

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** `GET /help/img/<ru|en>/<name>.png`: a screenshot of the guide, for signed-in staff; only allow-listed names. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  if (!(await currentStaff())) return notFound();
  const { lang, file } = await params;
  const found = screenshotFile(lang, file);
  if (!found) return notFound();
  try {
    const bytes = await readFile(found);
    return new Response(new Uint8Array(bytes), {
      headers: { 'Content-Type': 'image/png', 'Cache-Control': 'private, max-age=3600', 'X-Content-Type-Options': 'nosniff' },
    });
  } catch {
    return notFound();
  }
}
