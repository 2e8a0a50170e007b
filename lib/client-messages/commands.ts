import { transaction } from '@/db';
import { writeAudit } from '@/db/queries/audit';
import { setStaffMessageVia } from '@/db/queries/client-messages';
import { insertTicketEvent, touchTicket, type Actor } from '@/db/queries/tickets';
import type { MessageChannel } from '@/lib/domain/enums';
import { enqueueStaffMessage } from '@/lib/notifications/enqueue';
import { canWorkOnTicket } from '@/lib/permissions';
import { existingTicket } from '@/lib/tickets/commands';
import { refuse } from '@/lib/tickets/refusals';
import { clearClientReplied } from './record';

/**
 * Staff answer the client from the ticket page, in one transaction: a public event on the timeline
 * (the status page shows it as the service center's), the message in the outbox for the client's
 * channel (recorded on the event, so the timeline says how it went, or that it could not), and the
 * "client replied" mark cleared. Whoever may comment on the ticket may answer. Returns the channel,
 * or null when the client cannot be reached: the answer is then only on the status page.
 */
export async function replyToClient(ticketId: number, body: string, actor: Actor, now = new Date()): Promise<MessageChannel | null> {
  return transaction(async (tx) => {
    const ticket = await existingTicket(tx, ticketId);
    if (!canWorkOnTicket(actor, ticket)) throw refuse('forbidden', {});
    await touchTicket(tx, ticket.id, now);
    const eventId = await insertTicketEvent(tx, ticket.id, actor, { kind: 'staff_message', body, isPublic: true, details: { via: null }, createdAt: now });
    const via = await enqueueStaffMessage(tx, ticket, { eventId, body, author: actor });
    await setStaffMessageVia(tx, eventId, via);
    await clearClientReplied(tx, ticket.id);
    return via;
  });
}

/**
 * "Answered another way" (by phone, in person): the mark goes and nothing is sent. A free-text
 * comment would have to be written in someone's language, so the audit log keeps who did it and when.
 * False when there was no mark to clear.
 */
export async function markClientAnswered(ticketId: number, actor: Actor): Promise<boolean> {
  return transaction(async (tx) => {
    const ticket = await existingTicket(tx, ticketId);
    if (!canWorkOnTicket(actor, ticket)) throw refuse('forbidden', {});
    if (!ticket.clientRepliedAt) return false;
    await clearClientReplied(tx, ticket.id);
    await writeAudit(tx, { actor, entityType: 'ticket', entityId: ticket.id, action: 'update', changes: { clientRepliedAt: { from: ticket.clientRepliedAt.toISOString(), to: null } } });
    return true;
  });
}
