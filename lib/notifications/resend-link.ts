import { createHash } from 'node:crypto';
import type { Writer } from '@/db/queries/audit';
import { clientRecipient, insertNotification } from '@/db/queries/notifications';
import type { tickets } from '@/db/schema';
import type { NotificationContent } from './payload';
import { subjectFor } from './subjects';

type TicketRow = typeof tickets.$inferSelect;

export type PublicLinkMailOutcome = 'queued' | 'recently_sent' | 'no_email' | 'no_consent';

/** A second press within this window is taken for a double click, not for a new request. */
const REPEAT_WINDOW_MS = 60_000;

/** Tells links apart in the dedupe key (shown in /outbox) without revealing them. */
function linkFingerprint(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 8);
}

/**
 * Staff send the client the status link again (lost mail, new link): the "request registered"
 * mail, which carries the link, under a key of its own (ticket, link, minute). So it is not
 * swallowed by the first mail's key, a new link is never taken for a repeat, and a double click
 * sends one. Called inside the caller's transaction; SPEC §5 still holds: no address or no
 * consent, no mail.
 */
export async function enqueuePublicLinkMail(tx: Writer, ticket: TicketRow, now = new Date()): Promise<{ outcome: PublicLinkMailOutcome; email: string | null }> {
  const client = await clientRecipient(tx, ticket.clientId);
  if (!client?.email) return { outcome: 'no_email', email: null };
  if (!client.notify) return { outcome: 'no_consent', email: client.email };
  const recipientName = client.kind === 'company' && client.contactPerson ? client.contactPerson : client.name;
  const content: NotificationContent = {
    kind: 'ticket_created',
    locale: client.locale,
    payload: { recipientName, ticket: { id: ticket.id, title: ticket.title, publicToken: ticket.publicToken } },
  };
  const inserted = await insertNotification(tx, {
    kind: 'ticket_created',
    recipientType: 'client',
    recipientAddress: client.email,
    locale: client.locale,
    ticketId: ticket.id,
    subject: subjectFor(content),
    payload: content.payload,
    dedupeKey: `link:${ticket.id}:${linkFingerprint(ticket.publicToken)}:${Math.floor(now.getTime() / REPEAT_WINDOW_MS)}`,
    now,
  });
  return { outcome: inserted ? 'queued' : 'recently_sent', email: client.email };
}
