import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { employees, payments } from '@/db/tables';
import { first } from '@/db/exec';
import { preparedRead } from '@/db/prepared';

const paymentsOfTicket = preparedRead(['ticketId'], (on, p) =>
  on
    .select({
      id: payments.id,
      kind: payments.kind,
      method: payments.method,
      amountMinor: payments.amountMinor,
      currency: payments.currency,
      reason: payments.reason,
      takenByName: payments.takenByName,
      createdAt: payments.createdAt,
    })
    .from(payments)
    .where(eq(payments.ticketId, p.ticketId))
    .orderBy(asc(payments.id)),
);

/** The money taken and given back on a ticket, oldest first, as the ticket page and the documents list it. */
export async function listTicketPayments(ticketId: number) {
  return await paymentsOfTicket({ ticketId });
}

export type TicketPayment = Awaited<ReturnType<typeof listTicketPayments>>[number];

/** The prepayments taken on a ticket (at intake), in minor units, for the receipt. */
export async function ticketPrepaidMinor(ticketId: number): Promise<number> {
  const row = await first(
    db()
      .select({ total: sql<number>`coalesce(sum(${payments.amountMinor}), 0)` })
      .from(payments)
      .where(and(eq(payments.ticketId, ticketId), eq(payments.kind, 'prepayment')))
      .limit(1),
  );
  return row?.total ?? 0;
}

/** Who signs for the service center: name and position (a deleted employee signs by hand). */
export async function getSignatory(employeeId: number | null): Promise<{ fullName: string; position: string } | undefined> {
  if (employeeId === null) return undefined;
  return await first(db().select({ fullName: employees.fullName, position: employees.position }).from(employees).where(eq(employees.id, employeeId)).limit(1));
}
