import 'server-only';
import { and, count, eq, gte, lt, max, sql } from 'drizzle-orm';
import { db } from '@/db';
import { clients, payments, tickets } from '@/db/schema';
import type { PaymentKind, PaymentMethod } from '@/lib/domain/enums';
import { keysetClauses, toPage, type Page, type PageRequest } from './keyset';

/**
 * Reads of the cash report: payments whose created_at falls in [start, end). Both walk
 * payments_created_idx over the range only; tickets and clients are reached by primary key for
 * the rows of one page, never scanned.
 */
export const CASH_PAGE_SIZE = 100;

const inRange = (start: Date, end: Date) => and(gte(payments.createdAt, start), lt(payments.createdAt, end));

/**
 * Sums per employee, method and currency, refunds apart, added up by SQLite in integers. An
 * employee deleted since is grouped by the name kept on the payment.
 */
export function cashGroupsQuery(start: Date, end: Date) {
  const isRefund = sql`${payments.kind} = 'refund'`;
  const personKey = sql`CASE WHEN ${payments.takenById} IS NULL THEN ${payments.takenByName} END`;
  return db()
    .select({
      takenById: payments.takenById,
      takenByName: max(payments.takenByName).mapWith(String),
      method: payments.method,
      currency: payments.currency,
      receivedMinor: sql<number>`coalesce(sum(CASE WHEN ${isRefund} THEN 0 ELSE ${payments.amountMinor} END), 0)`.mapWith(Number),
      refundedMinor: sql<number>`coalesce(sum(CASE WHEN ${isRefund} THEN ${payments.amountMinor} ELSE 0 END), 0)`.mapWith(Number),
      count: count(),
    })
    .from(payments)
    .where(inRange(start, end))
    .groupBy(payments.takenById, personKey, payments.method, payments.currency);
}

export function cashGroups(start: Date, end: Date) {
  return cashGroupsQuery(start, end).all() as {
    takenById: number | null;
    takenByName: string;
    method: PaymentMethod;
    currency: string;
    receivedMinor: number;
    refundedMinor: number;
    count: number;
  }[];
}

export type CashPaymentRow = {
  id: number;
  createdAt: Date;
  ticketId: number;
  clientName: string | null;
  kind: PaymentKind;
  method: PaymentMethod;
  amountMinor: number;
  currency: string;
  takenByName: string;
  reason: string | null;
};

/** The payments of the range in the order they were taken, one keyset page (or an export batch) at a time. */
export function cashPaymentsQuery(start: Date, end: Date, page: PageRequest, size = CASH_PAGE_SIZE) {
  const { where, orderBy } = keysetClauses(payments.createdAt, payments.id, 'asc', page);
  return db()
    .select({
      id: payments.id,
      createdAt: payments.createdAt,
      ticketId: payments.ticketId,
      clientName: clients.name,
      kind: payments.kind,
      method: payments.method,
      amountMinor: payments.amountMinor,
      currency: payments.currency,
      takenByName: payments.takenByName,
      reason: payments.reason,
    })
    .from(payments)
    .innerJoin(tickets, eq(tickets.id, payments.ticketId))
    .leftJoin(clients, eq(clients.id, tickets.clientId))
    .where(and(inRange(start, end), where))
    .orderBy(...orderBy)
    .limit(size + 1);
}

export function listCashPayments(start: Date, end: Date, page: PageRequest, size = CASH_PAGE_SIZE): Page<CashPaymentRow> {
  const rows = cashPaymentsQuery(start, end, page, size).all();
  return toPage(rows, size, page, (row) => row.createdAt.getTime());
}
