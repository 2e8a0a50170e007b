import { ticketPublicToken, type Notification } from '@/db/queries/notifications';
import { SHORT_TOKEN_LENGTH } from '@/lib/channels/stop-codes';
import { publicStatusPath } from './links';

/** The short link an SMS carries (/s/ and the token's first characters). */
function shortStatusPath(token: string): string {
  return `/s/${token.slice(0, SHORT_TOKEN_LENGTH)}`;
}
import { mailOfRow, type RenderedMail } from './render';

type LinkedRow = Pick<Notification, 'ticketId' | 'payload'>;

/** The status link's token the row was queued with (its payload's ticket snapshot), if any. */
function queuedToken(row: LinkedRow): string | null {
  const token = (row.payload as { ticket?: { publicToken?: unknown } } | null)?.ticket?.publicToken;
  return typeof token === 'string' && token !== '' ? token : null;
}

/**
 * The mail with the ticket's current public link in place of the one it was queued with. Staff
 * may regenerate the link while a mail waits in the outbox (or is retried, or resent), and the
 * old link then answers 404; so the link is resolved when the mail goes out, not when it is
 * queued. The stored body, rendered from the queued snapshot, keeps the queued token: the swap
 * is made on every send and preview, and the idempotency key stays the row's own.
 * Unchanged when the ticket is gone (its link is dead either way) or the link is the same.
 */
export async function withCurrentLink(mail: RenderedMail, row: LinkedRow): Promise<RenderedMail> {
  const queued = queuedToken(row);
  const current = queued && row.ticketId !== null ? await ticketPublicToken(row.ticketId) : undefined;
  if (!queued || !current || current === queued) return mail;
  const swap = (body: string) =>
    body.replaceAll(publicStatusPath(queued), publicStatusPath(current)).replaceAll(shortStatusPath(queued), shortStatusPath(current));
  return { subject: mail.subject, html: swap(mail.html), text: swap(mail.text) };
}

/**
 * What /outbox shows of a row: a sent mail as it went out (delivery stores the body it sent);
 * any other as it would go out now, with the ticket's current link.
 */
export async function outboxPreview(row: Notification): Promise<RenderedMail & { renderedNow: boolean }> {
  const { renderedNow, ...mail } = await mailOfRow(row);
  return { ...(row.state === 'sent' ? mail : await withCurrentLink(mail, row)), renderedNow };
}
