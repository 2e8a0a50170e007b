import { z } from 'zod';
import { tokensStartingWith } from '@/db/queries/client-channels';
import { reserveLinkVisit } from '@/lib/channels/link-throttle';
import { SHORT_TOKEN_LENGTH } from '@/lib/channels/stop-codes';
import { env } from '@/lib/env';
import { getT } from '@/lib/i18n/server';
import { clientAddress } from '@/lib/security/client-address';

type Context = { params: Promise<{ code: string }> };

const codeSchema = z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${SHORT_TOKEN_LENGTH}}$`));

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/**
 * /s/<12 characters>: the status link of an SMS, the start of the ticket's public token (72
 * random bits). Exactly one ticket must match, or it is not a link; every visit counts towards
 * the per-address limit of the public links, like the status look-up.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const t = (await getT()).clientChannels.stop;
  const visit = await reserveLinkVisit('short', clientAddress(request.headers));
  if (!visit.allowed) {
    const seconds = Math.max(1, Math.ceil((visit.lockedUntil.getTime() - Date.now()) / 1000));
    return new Response(t.locked(Math.ceil(seconds / 60)), { status: 429, headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': String(seconds) } });
  }
  const code = codeSchema.safeParse((await params).code);
  const tokens = code.success ? await tokensStartingWith(code.data) : [];
  if (tokens.length !== 1) return plain(404, t.invalid);
  const target = new URL(`/status/${tokens[0]}`, env().APP_URL);
  return new Response(null, { status: 307, headers: { location: target.toString(), 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' } });
}
