import type { Writer } from '@/db/queries/audit';
import { insertTicketEvent, serialVariants, touchTicket, updateTicketRow, type Actor, type Ticket } from '@/db/queries/tickets';
import { closedTicketsWithWarranty } from '@/db/queries/warranty';
import { env } from '@/lib/env';
import { pickWarrantyOriginal } from './period';

/**
 * At intake, inside its transaction: a device whose serial has a closed repair with a line still
 * under warranty on the intake day is a warranty return. The new ticket is flagged (warranty) and
 * points at that repair (the most recently closed one); both timelines say so. Lines added later
 * cost nothing unless a price is typed (lib/estimates/commands.ts). Returns the row as it now is.
 */
export async function linkWarrantyReturn(tx: Writer, ticket: Ticket, actor: Actor): Promise<Ticket> {
  const serials = serialVariants(ticket.serialNumber);
  if (serials.length === 0 || ticket.warrantyReturnOfId !== null) return ticket;
  const original = pickWarrantyOriginal(await closedTicketsWithWarranty(tx, serials, ticket.id), ticket.createdAt, env().APP_TIMEZONE);
  if (!original) return ticket;
  // Part of the intake itself: the version stays the one the 'created' event carries.
  const updated = await updateTicketRow(tx, ticket.id, { warrantyReturnOfId: original.id, warranty: true });
  await insertTicketEvent(tx, ticket.id, actor, { kind: 'warranty_return', details: { original: original.id } });
  await insertTicketEvent(tx, original.id, actor, { kind: 'warranty_return', details: { returnTicket: ticket.id } });
  await touchTicket(tx, original.id, ticket.createdAt);
  return updated;
}
