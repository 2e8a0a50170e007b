import 'server-only';
/**
 * The dashboard's revenue figures (issue 17). Two statements, each over an index range, sized for
 * a million tickets:
 * - money per local day: each day a few ranges of payment_sums' key (its UTC day, hours added or
 *   taken away) plus any part-hour at its edges from payments_created_idx, refunds subtracted;
 * - repairs closed in the window: the moves to `closed` in it are one range of the partial index
 *   ticket_events_status_to_idx (as the closed-per-day counts read it); each ticket is then looked
 *   up by its key and its lines by ticket_lines_ticket_idx. A ticket counts once, on its last
 *   closing, and only while it is still closed (a reopened ticket has no final bill).
 * Nothing here scans tickets or payments as a whole.
 */
import { sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { planSums } from './payment-sums';
import { rawAll } from '@/db/exec';
import { bigintParam, indexedBy } from '@/db/dialect';

export type RevenueDay = {
  /** Index into the window's days (0 = the oldest). */
  day: number;
  currency: string;
  /** Prepayments and payments less refunds taken that day. */
  netMinor: number;
};

/**
 * Money taken in each of the given days (`bounds`: where each local day starts plus where the last
 * one ends, UTC ms), per currency, net of refunds. Days without money have no row. A day is its
 * whole UTC units in payment_sums, added or taken away (see planSums), plus the payments of any
 * part-hour at its edges (a zone like +05:30 starts its days mid-hour) over payments_created_idx.
 */
export async function paymentsPerDay(bounds: readonly number[]): Promise<RevenueDay[]> {
  if (bounds.length < 2) return [];
  const pieces: SQL[] = [];
  const edges: SQL[] = [];
  bounds.slice(0, -1).forEach((start, i) => {
    const plan = planSums(start, bounds[i + 1]);
    for (const p of plan.pieces) pieces.push(sql`(${i}, ${p.span}, ${bigintParam(p.from)}, ${bigintParam(p.to)}, ${p.sign})`);
    for (const [a, b] of plan.edges) edges.push(sql`(${i}, ${bigintParam(a)}, ${bigintParam(b)})`);
  });
  // Hours taken away from one day may hold money in a currency the day has none of: HAVING drops
  // a currency whose pieces net to no payment. A row that matches nothing keeps each VALUES list well-formed when a window has no such part.
  pieces.push(sql`(-1, 'hour', 0, 0, 1)`);
  edges.push(sql`(-1, 0, 0)`);
  // CROSS JOIN keeps the pieces outside: each one is then one range of a key, never a scan.
  return await rawAll<RevenueDay>(db(), sql`
    WITH p(i, span, a, b, sign) AS (VALUES ${sql.join(pieces, sql`, `)}),
    e(i, a, b) AS (VALUES ${sql.join(edges, sql`, `)}),
    parts(i, currency, n, net) AS (
      SELECT p.i, s.currency, p.sign * s.count, p.sign * CASE s.kind WHEN 'refund' THEN -s.amount_minor ELSE s.amount_minor END
      FROM p CROSS JOIN payment_sums s WHERE s.span = p.span AND s.start >= p.a AND s.start < p.b
      UNION ALL
      SELECT e.i, x.currency, 1, CASE x.kind WHEN 'refund' THEN -x.amount_minor ELSE x.amount_minor END
      FROM e CROSS JOIN payments x ${indexedBy('payments_created_idx')} WHERE x.created_at >= e.a AND x.created_at < e.b
    )
    SELECT i AS day, currency, sum(net) AS "netMinor" FROM parts
    GROUP BY i, currency HAVING sum(n) > 0
    ORDER BY i, currency`);
}

export type ClosedRevenueRow = {
  departmentId: number;
  department: string | null;
  /** Null: closed with nobody assigned. */
  assigneeId: number | null;
  assignee: string | null;
  currency: string;
  /** Closed repairs with a bill above zero (a warranty repair costs the client nothing and is left out). */
  billed: number;
  /** The sum of their final costs (tickets.final_cost_minor). */
  billedMinor: number;
  /** Work lines of every ticket closed in the window, after each line's own discount. */
  workMinor: number;
};

/**
 * Tickets closed in [start, end), per department, assignee and currency: how many repairs were
 * billed and for how much (the average ticket total), and what their work lines came to. A work
 * line counts quantity × unit price less the line's discount; a discount on the whole ticket is not
 * split among its lines, so work revenue leaves it out (docs/en/dashboard.md says so).
 * "Closed in the window" is the ticket's closed_at (set by its last closing, cleared by a reopen).
 */
export async function closedRevenue(start: Date, end: Date): Promise<ClosedRevenueRow[]> {
  return await rawAll<ClosedRevenueRow>(db(), closedRevenueSql(start, end));
}

/**
 * The statement, apart so a test can read its plan: a month of closed tickets (~200,000 at a million
 * tickets) and their work lines are read from two covering indexes, never from the rows.
 */
export function closedRevenueSql(start: Date, end: Date) {
  const from = start.getTime();
  const to = end.getTime();
  return sql`
    WITH t AS (
      SELECT t.department_id AS dept, t.assignee_id AS assignee, t.currency AS currency,
        CASE WHEN t.kind = 'repair' AND t.final_cost_minor > 0 THEN t.final_cost_minor END AS bill,
        (SELECT sum(l.quantity * l.unit_price_minor - l.discount_minor) FROM ticket_lines l ${indexedBy('ticket_lines_ticket_kind_idx')}
          WHERE l.ticket_id = t.id AND l.kind = 'work') AS work
      FROM tickets t ${indexedBy('tickets_closed_idx')}
      WHERE t.status = 'closed' AND t.closed_at >= ${from} AND t.closed_at < ${to}
    )
    SELECT t.dept AS "departmentId", d.name AS department, t.assignee AS "assigneeId", e.full_name AS assignee,
      t.currency AS currency, count(t.bill) AS billed, coalesce(sum(t.bill), 0) AS "billedMinor",
      coalesce(sum(t.work), 0) AS "workMinor"
    FROM t LEFT JOIN departments d ON d.id = t.dept LEFT JOIN employees e ON e.id = t.assignee
    GROUP BY t.dept, t.assignee, t.currency, d.name, e.full_name`;
}

/** Both, for the window the dashboard shows. */
export async function revenueFigures(window: { bounds: readonly number[]; start: Date; end: Date }) {
  return { perDay: await paymentsPerDay(window.bounds), closed: await closedRevenue(window.start, window.end) };
}

export type RevenueFigures = Awaited<ReturnType<typeof revenueFigures>>;
