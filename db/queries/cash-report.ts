import 'server-only';
import { and, eq, gte, lt } from 'drizzle-orm';
import { db } from '@/db';
import { clients, payments, tickets } from '@/db/tables';
import type { PaymentKind, PaymentMethod } from '@/lib/domain/enums';
import { keysetClauses, toPage, type Page, type PageRequest } from './keyset';
import { planSums } from './payment-sums';
import { rawAll, withParams } from '@/db/exec';
import { currentEngine } from '@/db/engine';
import { memoUntilWrite } from '@/db/read-memo';

/**
 * Reads of the cash report: payments whose created_at falls in [start, end). The sums read the
 * range's whole UTC units from payment_sums and its part-hours from payments_created_idx; the page walks
 * payments_created_idx over the range only; tickets and clients are reached by primary key for
 * the rows of one page, never scanned.
 */
export const CASH_PAGE_SIZE = 50;

const inRange = (start: Date, end: Date) => and(gte(payments.createdAt, start), lt(payments.createdAt, end));

/** planSums never makes more pieces or edges than this; the rest are empty, so the SQL text is one. */
const MAX_PIECES = 5;
const MAX_EDGES = 2;

/**
 * Sums per employee, method and currency, refunds apart, added up in integers. Whole UTC units of
 * the range come from payment_sums (signed: see planSums), one range of its key per piece — not a
 * join with a list of pieces, which PostgreSQL answered by hashing the whole table (200 ms at a
 * million tickets) — and the part-hours at its edges
 * from payments over payments_created_idx; a month is about a month's rows and a few hours' rows
 * instead of its quarter of a million payments. A (taker, name, method, kind) whose pieces net to
 * no payment is dropped before grouping, so the names and counts are exactly those of the range's
 * payments. An employee deleted since is grouped by the name kept on the payment (taken_by_id 0
 * in payment_sums, NULL in payments), as the payments themselves would group.
 */
const CASH_GROUPS_SQL = `WITH parts(taker, name, method, kind, currency, sign, n, amount) AS (
    ${Array.from(
      { length: MAX_PIECES },
      () => `SELECT s.taken_by_id, s.taken_by_name, s.method, s.kind, s.currency, CAST(? AS INTEGER), s.count, s.amount_minor
    FROM payment_sums s WHERE s.span = ? AND s.start >= ? AND s.start < ?`,
    ).join('\n    UNION ALL\n    ')}
    ${Array.from(
      { length: MAX_EDGES },
      () => `UNION ALL
    SELECT coalesce(taken_by_id, 0), taken_by_name, method, kind, currency, 1, 1, amount_minor
    FROM payments INDEXED BY payments_created_idx WHERE created_at >= ? AND created_at < ?`,
    ).join('\n    ')}
  ),
  keyed AS (
    SELECT taker, name, method, kind, currency, sum(sign * n) AS n, sum(sign * amount) AS amount
    FROM parts GROUP BY taker, name, method, kind, currency HAVING sum(sign * n) > 0
  )
  SELECT nullif(taker, 0) AS "takenById", max(name) AS "takenByName", method, currency,
    coalesce(sum(CASE WHEN kind = 'refund' THEN 0 ELSE amount END), 0) AS "receivedMinor",
    coalesce(sum(CASE WHEN kind = 'refund' THEN amount ELSE 0 END), 0) AS "refundedMinor",
    sum(n) AS count
  FROM keyed
  GROUP BY taker, CASE WHEN taker = 0 THEN name END, method, currency
  ORDER BY taker, "takenByName", method, currency`;

/** PostgreSQL's spelling: no INDEXED BY (each piece is its own range of payment_sums' key on both engines). */
const CASH_GROUPS_PG = CASH_GROUPS_SQL.replaceAll('INDEXED BY payments_created_idx ', '');
const postgres = currentEngine() === 'postgres';

export function cashGroupsQuery(start: Date, end: Date) {
  const plan = planSums(start.getTime(), end.getTime());
  if (plan.pieces.length > MAX_PIECES || plan.edges.length > MAX_EDGES) throw new Error('cash report: unexpected plan of sums');
  const params: (string | number)[] = [];
  for (let i = 0; i < MAX_PIECES; i++) {
    const piece = plan.pieces[i];
    params.push(...(piece ? [piece.sign, piece.span, piece.from, piece.to] : [1, 'hour', 0, 0]));
  }
  for (let i = 0; i < MAX_EDGES; i++) params.push(...(plan.edges[i] ?? [0, 0]));
  return {
    toSQL: () => ({ sql: CASH_GROUPS_SQL, params }),
    all: async (): Promise<CashGroupRow[]> =>
      postgres ? await rawAll<CashGroupRow>(db(), withParams(CASH_GROUPS_PG, params)) : (db().$client.prepare<unknown[]>(CASH_GROUPS_SQL).all(...params) as CashGroupRow[]),
  };
}

/** One group of the report: the payments of one employee, one method, one currency, refunds apart. */
export type CashGroupRow = {
  takenById: number | null;
  takenByName: string;
  method: PaymentMethod;
  currency: string;
  receivedMinor: number;
  refundedMinor: number;
  count: number;
};

/**
 * The groups of [start, end), kept until the next write to the database (db/read-memo.ts): at a
 * million tickets a month's sums take 2 ms of SQLite's time, the cash report's largest cost, and
 * the report of a closed month is opened, reopened and printed unchanged.
 */
export const cashGroups: (start: Date, end: Date) => Promise<readonly CashGroupRow[]> = memoUntilWrite(
  16,
  (start, end) => `${start.getTime()}/${end.getTime()}`,
  async (start, end) => await cashGroupsQuery(start, end).all(),
);

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

export async function listCashPayments(start: Date, end: Date, page: PageRequest, size = CASH_PAGE_SIZE): Promise<Page<CashPaymentRow>> {
  const rows = await cashPaymentsQuery(start, end, page, size);
  return toPage(rows, size, page, (row) => row.createdAt.getTime());
}
