import 'server-only';
import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { db } from '@/db';
import { preparedRead } from '@/db/prepared';
import { catalogItems, ticketLines } from '@/db/tables';
import type { Writer } from './audit';
import { affected, first, one } from '@/db/exec';

export type TicketLine = typeof ticketLines.$inferSelect;
export type NewTicketLine = typeof ticketLines.$inferInsert;

/** A ticket's lines in the order they were added. */
const linesOfTicket = preparedRead(['ticketId'], (on, p) => on.select().from(ticketLines).where(eq(ticketLines.ticketId, p.ticketId)).orderBy(asc(ticketLines.id)));

export async function listTicketLines(ticketId: number, writer: Writer = db()): Promise<TicketLine[]> {
  return await linesOfTicket({ ticketId }, writer);
}

export async function findLine(writer: Writer, id: number): Promise<TicketLine | undefined> {
  return await first(writer.select().from(ticketLines).where(eq(ticketLines.id, id)).limit(1));
}

export async function insertLineRow(writer: Writer, values: NewTicketLine): Promise<TicketLine> {
  return await one(writer.insert(ticketLines).values(values).returning());
}

export async function updateLineRow(writer: Writer, id: number, patch: Partial<Omit<NewTicketLine, 'id' | 'ticketId'>>): Promise<TicketLine> {
  return await one(writer.update(ticketLines).set(patch).where(eq(ticketLines.id, id)).returning());
}

export async function deleteLineRow(writer: Writer, id: number) {
  await writer.delete(ticketLines).where(eq(ticketLines.id, id));
}

/**
 * Takes `quantity` of a part from stock in one statement, so two lines racing for the last unit
 * cannot both get it: without `allowNegative` the row changes only while enough is on hand.
 * Returns whether it was taken.
 */
export async function takeStock(writer: Writer, itemId: number, quantity: number, allowNegative: boolean): Promise<boolean> {
  const enough = allowNegative ? undefined : gte(catalogItems.stockOnHand, quantity);
  const result = await writer
    .update(catalogItems)
    .set({ stockOnHand: sql`${catalogItems.stockOnHand} - ${quantity}` })
    .where(and(eq(catalogItems.id, itemId), eq(catalogItems.kind, 'part'), enough));
  return affected(result) === 1;
}

/** Gives a part back to stock (a line removed or its quantity lowered). */
export async function returnStock(writer: Writer, itemId: number, quantity: number) {
  await writer
    .update(catalogItems)
    .set({ stockOnHand: sql`${catalogItems.stockOnHand} + ${quantity}` })
    .where(and(eq(catalogItems.id, itemId), eq(catalogItems.kind, 'part')));
}
