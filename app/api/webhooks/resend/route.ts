import { z } from 'zod';
import { env } from '@/lib/env';
import { InboundFetchError } from '@/lib/inbound/fetch-mail';
import { takeInEmail } from '@/lib/inbound/take-in';
import { verifySignature } from '@/lib/inbound/webhook-signature';
import { deliverAfterResponse } from '@/lib/notifications/schedule';

/**
 * Resend's webhook (issue 18): `email.received` brings a client's reply to the ticket. Signed the
 * Svix way with RESEND_WEBHOOK_SECRET; without the secret or a valid, fresh signature nothing is
 * read or written. Other events are acknowledged and ignored. A failure to read the mail from
 * Resend answers 500, so Resend delivers the event again; a repeat of a taken-in mail answers 200.
 */
export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 256 * 1024;
const address = z.string().max(1000);

const anyEvent = z.object({ type: z.string().max(100) });
const receivedEvent = z.object({
  type: z.literal('email.received'),
  created_at: z.string().max(100).optional(),
  data: z.object({
    email_id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
    created_at: z.string().max(100).optional(),
    from: address,
    to: z.array(address).max(100),
    subject: z.string().max(10_000).nullish().transform((s) => s ?? ''),
    attachments: z.array(z.unknown()).max(1000).nullish().transform((a) => a ?? []),
  }),
});

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

function log(event: string, data: Record<string, unknown>) {
  // One line per event; never the addresses or the text of the mail.
  console.info(JSON.stringify({ event, ...data }));
}

export async function POST(request: Request): Promise<Response> {
  const secret = env().RESEND_WEBHOOK_SECRET;
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return answer(413, { ok: false, error: 'too_large' });
  const raw = await request.text();
  const headers = { id: request.headers.get('svix-id'), timestamp: request.headers.get('svix-timestamp'), signature: request.headers.get('svix-signature') };
  if (!secret || raw.length > MAX_BODY_BYTES || !verifySignature(secret, headers, raw)) return answer(401, { ok: false, error: 'unauthorized' });

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return answer(400, { ok: false, error: 'bad_json' });
  }
  const kind = anyEvent.safeParse(json);
  if (!kind.success) return answer(400, { ok: false, error: 'bad_event' });
  if (kind.data.type !== 'email.received') return answer(200, { ok: true, ignored: kind.data.type });
  const parsed = receivedEvent.safeParse(json);
  if (!parsed.success) return answer(400, { ok: false, error: 'bad_event' });

  const data = parsed.data.data;
  try {
    const outcome = await takeInEmail({ ...data, created_at: data.created_at ?? parsed.data.created_at });
    log('inbound_email', { emailId: data.email_id, outcome });
    if (outcome === 'attached') deliverAfterResponse();
    return answer(200, { ok: true, outcome });
  } catch (error) {
    if (!(error instanceof InboundFetchError)) throw error;
    log('inbound_email_fetch_failed', { emailId: data.email_id, error: error.message });
    return answer(500, { ok: false, error: 'fetch_failed' });
  }
}
