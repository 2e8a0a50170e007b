import { z } from 'zod';
import { stopChannel, stopTarget } from '@/lib/channels/stop';
import { env } from '@/lib/env';
import { getT } from '@/lib/i18n/server';

type Context = { params: Promise<{ code: string }> };

/** The body RFC 8058 prescribes for a one-click unsubscribe; a mail client posts nothing else. */
const oneClickSchema = z.object({ 'List-Unsubscribe': z.literal('One-Click') });
const MAX_BODY = 1024;

/** The body, or null when it is longer than a one-click POST ever is (read no further than that). */
async function smallBody(request: Request): Promise<string | null> {
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/**
 * The List-Unsubscribe address of a client's mail (oneClickStopUrl). A mail client's one-click
 * POST stops the channel at once (RFC 8058: no page, no confirmation, no cookie). The code is an
 * HMAC of the client and channel: a forged one is a 404 and stops nothing. Not rate-limited: the
 * POSTs come from the mail providers' servers, many clients behind one address, and the code
 * cannot be guessed.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const t = (await getT()).clientChannels.stop;
  const target = stopTarget((await params).code);
  if (!target) return plain(404, t.invalid);
  const raw = await smallBody(request);
  const body = oneClickSchema.safeParse(Object.fromEntries(new URLSearchParams(raw ?? '')));
  if (!body.success) return plain(400, 'Expected the body List-Unsubscribe=One-Click (RFC 8058).');
  await stopChannel(target);
  return plain(200, t.oneClickDone);
}

/** Someone who opens the address by hand gets the stop page with its button: a GET never stops anything. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { code } = await params;
  if (!stopTarget(code)) return plain(404, (await getT()).clientChannels.stop.invalid);
  return new Response(null, { status: 303, headers: { location: new URL(`/u/${code}`, env().APP_URL).toString(), 'cache-control': 'no-store' } });
}
