import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { tickets } from '@/db/schema';
import { enqueuePublicLinkMail, type PublicLinkMailOutcome } from '@/lib/notifications/resend-link';
import { canWorkOnTicket } from '@/lib/tickets/permissions';
import { writeAudit } from './audit';
import { newPublicToken, TicketForbidden, TicketNotFound, type Actor, type Ticket } from './tickets';

/** The audit log records that the link changed, never the link itself (it is a secret). */
const HIDDEN = '••••';

/**
 * A fresh public token: the old link (and the QR code printed with it) answers 404 from the
 * moment this commits. The version is left alone: the link is not part of what editors change.
 */
export function regeneratePublicToken(id: number, actor: Actor): Ticket {
  return db().transaction((tx) => {
    const ticket = tx.select().from(tickets).where(eq(tickets.id, id)).get();
    if (!ticket) throw new TicketNotFound();
    if (!canWorkOnTicket(actor, ticket)) throw new TicketForbidden();
    const updated = tx.update(tickets).set({ publicToken: newPublicToken() }).where(eq(tickets.id, id)).returning().get();
    writeAudit(tx, { actor, entityType: 'ticket', entityId: id, action: 'update', changes: { publicToken: { from: HIDDEN, to: HIDDEN } } });
    return updated;
  });
}

/** Queues the status link to the client again (consent and address permitting). */
export function sendPublicLinkAgain(id: number, actor: Actor, now = new Date()): { outcome: PublicLinkMailOutcome; email: string | null } {
  return db().transaction((tx) => {
    const ticket = tx.select().from(tickets).where(eq(tickets.id, id)).get();
    if (!ticket) throw new TicketNotFound();
    if (!canWorkOnTicket(actor, ticket)) throw new TicketForbidden();
    return enqueuePublicLinkMail(tx, ticket, now);
  });
}
