import { transaction } from '@/db';
import { writeAudit } from '@/db/queries/audit';
import { newPublicToken, updateTicketRow, type Actor, type Ticket } from '@/db/queries/tickets';
import { enqueuePublicLinkMail, type PublicLinkMailOutcome } from '@/lib/notifications/resend-link';
import { existingTicket } from './commands';
import { canWorkOnTicket } from '@/lib/permissions';
import { refuse } from './refusals';

/** The audit log records that the link changed, never the link itself (it is a secret). */
const HIDDEN = '••••';

/**
 * A fresh public token: the old link (and the QR code printed with it) answers 404 from the
 * moment this commits. The version is left alone: the link is not part of what editors change.
 */
export async function regeneratePublicToken(id: number, actor: Actor): Promise<Ticket> {
  return transaction(async (tx) => {
    const ticket = await existingTicket(tx, id);
    if (!canWorkOnTicket(actor, ticket)) throw refuse('forbidden', {});
    const updated = await updateTicketRow(tx, id, { publicToken: newPublicToken() });
    await writeAudit(tx, { actor, entityType: 'ticket', entityId: id, action: 'update', changes: { publicToken: { from: HIDDEN, to: HIDDEN } } });
    return updated;
  });
}

/** Queues the status link to the client again (consent and address permitting). */
export async function sendPublicLinkAgain(id: number, actor: Actor, now = new Date()): Promise<{ outcome: PublicLinkMailOutcome; email: string | null }> {
  return transaction(async (tx) => {
    const ticket = await existingTicket(tx, id);
    if (!canWorkOnTicket(actor, ticket)) throw refuse('forbidden', {});
    return await enqueuePublicLinkMail(tx, ticket, now);
  });
}
