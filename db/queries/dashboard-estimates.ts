import 'server-only';
/**
 * The dashboard's estimate figures (issue 16). Each is one statement over an index of estimates,
 * never over tickets: decisions of the last 30 days are a range of estimates_decided_idx,
 * estimates awaiting a decision one key of estimates_state_idx. The personal list starts from the
 * employee's in-progress tickets (tickets_assignee_status_created_idx) and looks up each one's
 * latest estimate by its unique (ticket, version) key.
 */
import { sql } from 'drizzle-orm';
import { db } from '@/db';
import { rawAll, rawGet } from '@/db/exec';
import { indexedBy } from '@/db/dialect';

export type ApprovalRow = {
  /** Null: every department together. */
  departmentId: number | null;
  name: string | null;
  decided: number;
  approved: number;
  /** Median of decidedAt − createdAt (sent to the client) of the decided version, ms. */
  medianMs: number;
};

/**
 * Per department (the department the estimate was sent from) and overall: estimates decided in
 * [start, end), how many of them were approved, and the median time the client took. The median
 * is taken in SQL with window functions; the overall figures are one more partition (department
 * null) of the same rows, so one statement returns everything.
 */
export async function approvalFigures(start: Date, end: Date): Promise<ApprovalRow[]> {
  const rows = await rawAll<ApprovalRow>(db(), approvalFiguresSql(start, end));
  return rows
    .map((r) => ({ ...r, approved: r.approved ?? 0 }))
    .sort((a, b) => (a.departmentId === null ? 1 : b.departmentId === null ? -1 : (a.name ?? '').localeCompare(b.name ?? '')));
}

/** The statement, apart so a test can read its plan: the decisions come from the covering index alone. */
export function approvalFiguresSql(start: Date, end: Date) {
  return sql`
    WITH decided AS (
      SELECT department_id AS dept, CASE WHEN state = 'approved' THEN 1 ELSE 0 END AS ok, decided_at - created_at AS ms
      FROM estimates ${indexedBy('estimates_decided_idx')}
      WHERE decided_at >= ${start.getTime()} AND decided_at < ${end.getTime()}
    ),
    both_ AS (
      SELECT dept, ok, ms FROM decided
      UNION ALL SELECT NULL, ok, ms FROM decided
    ),
    ranked AS (
      SELECT dept, ok, ms,
        row_number() OVER (PARTITION BY dept ORDER BY ms) AS rn,
        count(*) OVER (PARTITION BY dept) AS n
      FROM both_
    )
    SELECT r.dept AS "departmentId", d.name AS name, max(r.n) AS decided, sum(r.ok) AS approved,
      avg(CASE WHEN r.rn IN ((r.n + 1) / 2, (r.n + 2) / 2) THEN r.ms END) AS "medianMs"
    FROM ranked r LEFT JOIN departments d ON d.id = r.dept
    GROUP BY r.dept, d.name`;
}

export type AwaitingRow = {
  departmentId: number;
  name: string | null;
  currency: string;
  estimates: number;
  totalMinor: number;
};

/** Estimates sent and not yet decided, per department and currency: how many and their sum. */
export async function awaitingDecision(): Promise<AwaitingRow[]> {
  return (await rawAll<AwaitingRow>(db(), sql`SELECT e.department_id AS "departmentId", d.name AS name, e.currency AS currency,
            count(*) AS estimates, sum(e.total_minor) AS "totalMinor"
          FROM estimates e ${indexedBy('estimates_state_idx')} LEFT JOIN departments d ON d.id = e.department_id
          WHERE e.state = 'pending'
          GROUP BY e.department_id, d.name, e.currency`))
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || a.currency.localeCompare(b.currency));
}

export type ApprovedToStartRow = {
  id: number;
  title: string;
  clientId: number;
  clientName: string;
  totalMinor: number;
  currency: string;
  decidedAt: Date;
};

/**
 * "Approved — start work": the employee's tickets in progress whose latest estimate is approved
 * and whose work done is still empty, the longest-approved first; the first `limit`, and how many.
 */
export async function approvedToStart(employeeId: number, limit: number): Promise<{ rows: ApprovedToStartRow[]; total: number }> {
  const mine = sql`t.assignee_id = ${employeeId} AND t.status = 'in_progress' AND t.work_done = '' AND e.state = 'approved'`;
  const latest = sql`e.ticket_id = t.id AND e.version = (SELECT max(x.version) FROM estimates x WHERE x.ticket_id = t.id)`;
  const rows = await rawAll<Omit<ApprovedToStartRow, 'decidedAt'> & { decidedAt: number }>(db(), sql`
    SELECT t.id AS id, t.title AS title, t.client_id AS "clientId", c.name AS "clientName",
      e.total_minor AS "totalMinor", e.currency AS currency, e.decided_at AS "decidedAt"
    FROM tickets t ${indexedBy('tickets_assignee_status_created_idx')}
    JOIN estimates e ON ${latest}
    JOIN clients c ON c.id = t.client_id
    WHERE ${mine}
    ORDER BY e.decided_at, t.id LIMIT ${limit}`);
  const total = await rawGet<{ n: number }>(db(), sql`
    SELECT count(*) AS n FROM tickets t ${indexedBy('tickets_assignee_status_created_idx')}
    JOIN estimates e ON ${latest} WHERE ${mine}`);
  return { rows: rows.map((r) => ({ ...r, decidedAt: new Date(r.decidedAt) })), total: total?.n ?? 0 };
}
