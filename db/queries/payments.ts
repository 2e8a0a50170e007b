import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { preparedRead } from '@/db/prepared';
import { payments } from '@/db/tables';
import type { Writer } from './audit';
import { first, one } from '@/db/exec';

export type Payment = typeof payments.$inferSelect;
export type NewPayment = typeof payments.$inferInsert;

/** A payment is only ever inserted: never updated or deleted (a mistake is reversed by a refund). */
export async function insertPaymentRow(writer: Writer, values: NewPayment): Promise<Payment> {
  return await one(writer.insert(payments).values(values).returning());
}

/** The ticket's payments, oldest first (the order the money moved). */
const paymentsOfTicket = preparedRead(['ticketId'], (on, p) =>
  on.select().from(payments).where(eq(payments.ticketId, p.ticketId)).orderBy(asc(payments.createdAt), asc(payments.id)),
);

export async function listTicketPayments(ticketId: number, writer: Writer = db()): Promise<Payment[]> {
  return await paymentsOfTicket({ ticketId }, writer);
}

/** Whether any money moved on the ticket (such a ticket is not deleted). */
export async function ticketHasPayments(writer: Writer, ticketId: number): Promise<boolean> {
  return await first(writer.select({ id: payments.id }).from(payments).where(eq(payments.ticketId, ticketId)).limit(1)) !== undefined;
}

/** Payments and prepayments less refunds, summed by SQLite in integers: what tickets.paid_minor must equal. */
export async function sumTicketPayments(ticketId: number, writer: Writer = db()): Promise<number> {
  const row = await first(
    writer
      .select({ paid: sql<number>`coalesce(sum(CASE WHEN ${payments.kind} = 'refund' THEN -${payments.amountMinor} ELSE ${payments.amountMinor} END), 0)` })
      .from(payments)
      .where(eq(payments.ticketId, ticketId))
      .limit(1),
  );
  return Number(row?.paid ?? 0);
}
