import 'server-only';
import { and, asc, eq, gt, inArray, isNull, max, ne } from 'drizzle-orm';
import { preparedRead } from '@/db/prepared';
import { ticketLines, tickets } from '@/db/tables';
import type { Writer } from './audit';

/** A closed ticket for the serial with its longest line warranty in days (lib/warranty/period's WarrantyCandidate). */
export type WarrantyCandidate = { id: number; closedAt: Date; days: number };

/**
 * Closed repairs of a device (any of `serials`, see serialVariants in ./tickets) with their longest
 * line warranty, read through tickets_serial_idx inside the intake's transaction. A repair
 * returned without repair (the client declined) carries no warranty: no work was done.
 */
export async function closedTicketsWithWarranty(writer: Writer, serials: string[], exceptId: number): Promise<WarrantyCandidate[]> {
  if (serials.length === 0) return [];
  const rows = await writer
    .select({ id: tickets.id, closedAt: tickets.closedAt, days: max(ticketLines.warrantyDays) })
    .from(tickets)
    .innerJoin(ticketLines, eq(ticketLines.ticketId, tickets.id))
    .where(
      and(
        inArray(tickets.serialNumber, serials),
        ne(tickets.id, exceptId),
        eq(tickets.status, 'closed'),
        isNull(tickets.outcome),
        gt(ticketLines.warrantyDays, 0),
      ),
    )
    .groupBy(tickets.id);
  return rows.filter((r): r is WarrantyCandidate => r.closedAt !== null && r.days !== null);
}

/** The tickets that came back under warranty to this repair (through tickets_warranty_return_idx), oldest first. */
const warrantyReturnsOf = preparedRead(['originalId'], (on, p) =>
  on.select({ id: tickets.id }).from(tickets).where(eq(tickets.warrantyReturnOfId, p.originalId)).orderBy(asc(tickets.createdAt), asc(tickets.id)),
);

export async function listWarrantyReturnsOf(originalId: number): Promise<{ id: number }[]> {
  return await warrantyReturnsOf({ originalId });
}
