import { inboundExists } from '@/db/queries/inbound-messages';
import { judgeReply, quarantine, storeReplyFiles, takeInReply, type ReceivedReply } from './commands';
import { fetchReceivedFiles, fetchReceivedMail } from './fetch-mail';
import { replyOf } from './strip-quotes';

/** The facts of Resend's `email.received` event that we use (the webhook's zod schema gives them). */
export type ReceivedEvent = { email_id: string; created_at?: string; from: string; to: string[]; subject: string; attachments: unknown[] };

export type TakeInOutcome = 'duplicate' | 'attached' | 'unknown_sender' | 'unknown_address';

const MAX_SUBJECT = 500;

function receivedAt(createdAt: string | undefined, now: Date): Date {
  const at = createdAt ? Date.parse(createdAt) : Number.NaN;
  // The provider's time, unless it is missing or far off ours (a reply cannot come from the future).
  return Number.isFinite(at) && at <= now.getTime() && now.getTime() - at < 7 * 86_400_000 ? new Date(at) : now;
}

/**
 * One received mail, start to end: skip it if already taken in; fetch its text; a reply from the
 * ticket's client goes on the ticket with its files, anything else into quarantine without them.
 * Throws InboundFetchError when Resend cannot be read (the caller answers 500; nothing written).
 */
export async function takeInEmail(event: ReceivedEvent, now = new Date()): Promise<TakeInOutcome> {
  if (await inboundExists('email', event.email_id)) return 'duplicate';
  const text = replyOf(await fetchReceivedMail(event.email_id));
  const body = text.body || (event.attachments.length > 0 ? '' : text.original);
  const mail: ReceivedReply = {
    emailId: event.email_id,
    from: event.from,
    to: event.to,
    subject: event.subject.slice(0, MAX_SUBJECT),
    original: text.original,
    body,
    receivedAt: receivedAt(event.created_at, now),
  };
  const verdict = await judgeReply(event.to, event.from);
  if (verdict.kind === 'quarantine') return (await quarantine(mail, verdict.reason)) ? verdict.reason : 'duplicate';
  const files = event.attachments.length > 0 ? await storeReplyFiles(await fetchReceivedFiles(event.email_id)) : { stored: [], refused: [] };
  return (await takeInReply(mail, verdict, files)) ? 'attached' : 'duplicate';
}
