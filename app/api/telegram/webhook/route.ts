import { after } from 'next/server';
import { sendReplies } from '@/lib/channels/telegram/replies';
import { handleUpdate, telegramUpdateSchema } from '@/lib/channels/telegram/updates';
import { hasTelegramSecret } from '@/lib/channels/telegram/webhook-auth';
import { env } from '@/lib/env';
import { deliverDue } from '@/lib/notifications/deliver';
import { logSweepError } from '@/lib/notifications/schedule';

/** An update is a few kilobytes; anything much larger is not one. */
const MAX_BODY = 256 * 1024;

const ok = () => Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });

/**
 * Telegram's webhook (setWebhook with secret_token, docs/<lang>/telegram.md). Refused unless the
 * secret header matches. An update it cannot read is acknowledged (200): Telegram would otherwise
 * resend it again and again. The answers to the chat and the assignee's notice go out after the
 * response, so Telegram gets its 200 at once.
 */
export async function POST(request: Request): Promise<Response> {
  if (!hasTelegramSecret(request, env().TELEGRAM_WEBHOOK_SECRET)) {
    return Response.json({ ok: false, error: 'unauthorized' }, { status: 401 });
  }
  const raw = await request.text();
  if (raw.length > MAX_BODY) return ok();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return ok();
  }
  const parsed = telegramUpdateSchema.safeParse(json);
  if (!parsed.success) return ok();
  const outcome = await handleUpdate(parsed.data);
  const followUp = async () => {
    await sendReplies(outcome).catch(logSweepError);
    if (outcome.queued) await deliverDue().catch(logSweepError);
  };
  try {
    after(followUp);
  } catch (error) {
    // Outside Next.js (tests, scripts) there is no "after": do it now, without waiting.
    if (process.env.NEXT_RUNTIME) throw error;
    void followUp();
  }
  return ok();
}
