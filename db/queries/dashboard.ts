import 'server-only';
/**
 * The dashboard's figures. Each is one grouped query over an index (no query per row), sized for
 * a million tickets: the counts of open tickets read covering indexes that start with status or
 * with (assignee_id, status), never table rows; the 30-day figures count index ranges of
 * created_at and of status-change events.
 *
 * A partial index on ticket_events serves the closed-per-day counts (migration 0005); without
 * ANALYZE statistics SQLite may plan a query that names `kind = 'status_changed'` and `to_value`
 * on another index, so the queries below name theirs with INDEXED BY.
 */
import { and, asc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { db } from '@/db';
import { clients, departments, employees, tickets } from '@/db/tables';
import { OPEN_STATUSES, type Status } from '@/lib/domain/enums';
import { first, rawAll } from '@/db/exec';
import { bigintParam, indexedBy } from '@/db/dialect';

export type OpenStatus = (typeof OPEN_STATUSES)[number];
export const WAITING_STATUSES = ['awaiting_approval', 'awaiting_parts'] as const satisfies readonly OpenStatus[];
export type WaitingStatus = (typeof WAITING_STATUSES)[number];

const openStatuses = () => inArray(tickets.status, [...OPEN_STATUSES]);
const openList = () =>
  sql.join(
    OPEN_STATUSES.map((status) => sql`${status}`),
    sql`, `,
  );

/** How many tickets are in each open status (zero included). */
export async function countOpenByStatus(): Promise<Record<OpenStatus, number>> {
  const rows = await db()
    .select({ status: tickets.status, count: sql<number>`count(*)` })
    .from(tickets)
    .where(openStatuses())
    .groupBy(tickets.status);
  const out = Object.fromEntries(OPEN_STATUSES.map((s) => [s, 0])) as Record<OpenStatus, number>;
  for (const r of rows) out[r.status as OpenStatus] = r.count;
  return out;
}

export async function countUnassignedOpen(): Promise<number> {
  return (await first(
    db()
      .select({ count: sql<number>`count(*)` })
      .from(tickets)
      .where(and(openStatuses(), sql`${tickets.assigneeId} IS NULL`))
      .limit(1),
  ))!.count;
}

export type OverdueRow = {
  id: number;
  title: string;
  status: Status;
  dueDate: string;
  assigneeId: number | null;
  assigneeName: string | null;
};

/**
 * Open tickets due before `today` (YYYY-MM-DD, local): how many, and the `limit` most overdue.
 * The list takes the first `limit` of each status straight from the (status, due_date, id) index
 * and keeps the earliest of those, so it never sorts all overdue tickets.
 */
export async function overdueTickets(today: string, limit: number): Promise<{ count: number; rows: OverdueRow[] }> {
  const where = and(openStatuses(), isNotNull(tickets.dueDate), lt(tickets.dueDate, today));
  const count = (await first(
    db()
      .select({ count: sql<number>`count(*)` })
      .from(tickets)
      .where(where)
      .limit(1),
  ))!.count;
  const firstOfEach = sql.join(
    OPEN_STATUSES.map(
      (status) => sql`SELECT id FROM (
        SELECT id FROM tickets WHERE status = ${status} AND due_date < ${today} ORDER BY due_date, id LIMIT ${limit}
      ) AS earliest`,
    ),
    sql` UNION ALL `,
  );
  const rows = await db()
    .select({
      id: tickets.id,
      title: tickets.title,
      status: tickets.status,
      dueDate: sql<string>`${tickets.dueDate}`,
      assigneeId: tickets.assigneeId,
      assigneeName: employees.fullName,
    })
    .from(tickets)
    .leftJoin(employees, eq(employees.id, tickets.assigneeId))
    .where(sql`${tickets.id} IN (${firstOfEach})`)
    .orderBy(asc(tickets.dueDate), asc(tickets.id))
    .limit(limit);
  return { count, rows };
}

export type WorkloadRow = {
  id: number;
  fullName: string;
  active: boolean;
  count: number;
};

/**
 * Open tickets per employee, most loaded first: every active employee (an idle one shows as 0)
 * and any deactivated one still holding open tickets. One count per employee, each a seek into
 * the (assignee_id, status, …) index: a few hundred seeks, whatever the number of tickets.
 */
export async function openTicketsPerEmployee(): Promise<WorkloadRow[]> {
  // Written out in SQL: drizzle leaves column names unqualified in a select without joins.
  const count = sql<number>`(SELECT count(*) FROM tickets t WHERE t.assignee_id = employees.id AND t.status IN (${openList()}))`;
  const rows = await db()
    .select({
      id: employees.id,
      fullName: employees.fullName,
      active: employees.active,
      count,
    })
    .from(employees);
  return rows
    .filter((r) => r.active || r.count > 0)
    .sort((a, b) => b.count - a.count || a.fullName.localeCompare(b.fullName) || a.id - b.id);
}

export type WaitingRow = {
  id: number;
  title: string;
  status: WaitingStatus;
  clientId: number;
  clientName: string;
  /** When the ticket last moved into its current status (its creation when no move is recorded). */
  since: Date;
};

/** The employee's tickets waiting for approval or parts, longest wait first: the first `limit`, and how many there are. */
export async function listWaitingForEmployee(employeeId: number, limit: number): Promise<{ rows: WaitingRow[]; total: number }> {
  const waiting = and(eq(tickets.assigneeId, employeeId), inArray(tickets.status, [...WAITING_STATUSES]));
  // Read newest first: the move into the current status is nearly always the ticket's last event.
  const since = sql<number>`coalesce((
    SELECT e.created_at FROM ticket_events e ${indexedBy('ticket_events_ticket_idx')}
    WHERE e.ticket_id = tickets.id AND e.kind = 'status_changed' AND e.to_value = tickets.status
    ORDER BY e.created_at DESC, e.id DESC LIMIT 1
  ), tickets.created_at)`;
  const rows = await db()
    .select({
      id: tickets.id,
      title: tickets.title,
      status: tickets.status,
      clientId: tickets.clientId,
      clientName: clients.name,
      since,
    })
    .from(tickets)
    .innerJoin(clients, eq(clients.id, tickets.clientId))
    .where(waiting)
    .orderBy(asc(since), asc(tickets.id))
    .limit(limit);
  const total = (await first(db().select({ n: sql<number>`count(*)` }).from(tickets).where(waiting).limit(1)))?.n ?? 0;
  return { rows: rows.map((r) => ({ ...r, status: r.status as WaitingStatus, since: new Date(r.since) })), total };
}

/**
 * Tickets created and tickets closed in each of the given days (`bounds` holds where each day
 * starts plus where the last one ends, UTC ms). Each figure is a count over an index range, all
 * in one statement. Closed counts moves into `closed`: a ticket closed, reopened and closed again
 * on another day counts on both days.
 */
export async function createdAndClosedPerDay(bounds: readonly number[]): Promise<{
  created: number[];
  closed: number[];
}> {
  if (bounds.length < 2) return { created: [], closed: [] };
  const days = sql.join(
    bounds.slice(0, -1).map((start, i) => sql`(${bigintParam(i)}, ${bigintParam(start)}, ${bigintParam(bounds[i + 1])})`),
    sql`, `,
  );
  const rows = await rawAll<{ i: number; created: number; closed: number }>(db(), sql`
    WITH d(i, a, b) AS (VALUES ${days})
    SELECT i,
      (SELECT count(*) FROM tickets WHERE created_at >= a AND created_at < b) AS created,
      (SELECT count(*) FROM ticket_events ${indexedBy('ticket_events_status_to_idx')}
        WHERE kind = 'status_changed' AND to_value = 'closed' AND created_at >= a AND created_at < b) AS closed
    FROM d ORDER BY i`);
  return {
    created: rows.map((r) => r.created),
    closed: rows.map((r) => r.closed),
  };
}

export type ReadinessRow = {
  departmentId: number;
  name: string;
  medianMs: number;
  tickets: number;
};

/**
 * Per department, the median time from a ticket's registration to the first time it became
 * `ready`, over tickets whose first move to `ready` happened in [start, end). Each ticket keeps
 * that moment in first_ready_at, so this is one range of tickets_first_ready_idx; the median is
 * taken in SQL (window functions), so only one row per department leaves the database.
 */
export async function medianIntakeToReady(start: Date, end: Date): Promise<ReadinessRow[]> {
  const rows = await rawAll<{
    departmentId: number;
    medianMs: number;
    tickets: number;
  }>(db(), sql`
    WITH durations AS (
      SELECT department_id AS dept, first_ready_at - created_at AS ms
      FROM tickets ${indexedBy('tickets_first_ready_idx')}
      WHERE first_ready_at >= ${start.getTime()} AND first_ready_at < ${end.getTime()}
    ),
    ranked AS (
      SELECT dept, ms,
        row_number() OVER (PARTITION BY dept ORDER BY ms) AS rn,
        count(*) OVER (PARTITION BY dept) AS n
      FROM durations
    )
    SELECT dept AS "departmentId", avg(ms) AS "medianMs", max(n) AS tickets
    FROM ranked WHERE rn IN ((n + 1) / 2, (n + 2) / 2)
    GROUP BY dept`);
  if (rows.length === 0) return [];
  const names = new Map(
    (await db()
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(
        inArray(
          departments.id,
          rows.map((r) => r.departmentId),
        ),
      ))
      .map((d) => [d.id, d.name]),
  );
  return rows
    .map((r) => ({
      ...r,
      name: names.get(r.departmentId) ?? String(r.departmentId),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
