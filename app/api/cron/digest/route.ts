import { env } from '@/lib/env';
import { hasCronSecret } from '@/lib/notifications/cron-auth';
import { runDigest } from '@/lib/notifications/digest';

/**
 * The daily digest, for a cron service: `GET` or `POST` with `Authorization: Bearer $CRON_SECRET`.
 * Safe to call any number of times: each employee gets one digest per local day. Answers what it
 * queued and what the delivery sweep that follows sent.
 */
async function handle(request: Request): Promise<Response> {
  if (!hasCronSecret(request, env().CRON_SECRET)) {
    return Response.json({ ok: false, error: 'unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  const run = await runDigest();
  console.info(JSON.stringify({ event: 'digest_run', ...run }));
  return Response.json({ ok: true, ...run }, { headers: { 'Cache-Control': 'no-store' } });
}

export const GET = handle;
export const POST = handle;
