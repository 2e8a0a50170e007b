import 'server-only';
import { and, asc, eq, exists, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { db } from '@/db';
import { OPEN_STATUS_LITERALS } from '@/db/schema';
import { clients, employees, tickets } from '@/db/tables';
import { OPEN_STATUSES } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { localDate } from '@/lib/i18n/format';
import { first, rawAll } from '@/db/exec';
import { indexedBy } from '@/db/dialect';

export type DigestTicket = {
  id: number;
  title: string;
  status: (typeof OPEN_STATUSES)[number];
  priority: (typeof tickets.$inferSelect)['priority'];
  createdAt: Date;
  dueDate: string | null;
  clientId: number;
  clientName: string;
  overdue: boolean;
};

export type OpenTickets = {
  /** The first `limit` of them, in the order below. */
  rows: DigestTicket[];
  total: number;
  overdue: number;
};

/**
 * "My open tickets today": the open tickets the employee is responsible for, overdue first (most
 * overdue on top), then by due date (none last), then oldest first; the first `limit`, and how
 * many there are and are overdue. The digest mails this list and the dashboard shows it. Overdue
 * means the due date is before today in APP_TIMEZONE. A busy technician may hold hundreds, so only
 * the rows shown are read.
 */
const isOverdue = (today: string) => sql<number>`CASE WHEN ${tickets.dueDate} IS NOT NULL AND ${tickets.dueDate} < ${today} THEN 1 ELSE 0 END`;
// The status terms are the partial index's own, as literals: SQLite uses the index only then.
const mine = (employeeId: number) => and(eq(tickets.assigneeId, employeeId), sql`${tickets.status} IN ${OPEN_STATUS_LITERALS}`);

/**
 * One part of "my open tickets" in order, read from the start of tickets_open_assignee_due_idx:
 * the dated ones by due date (overdue tickets are simply the earliest), or the undated ones by age.
 */
export function myOpenTicketsQuery(employeeId: number, today: string, dated: boolean, limit: number) {
  return db()
    .select({
      id: tickets.id,
      title: tickets.title,
      status: tickets.status,
      priority: tickets.priority,
      createdAt: tickets.createdAt,
      dueDate: tickets.dueDate,
      clientId: tickets.clientId,
      clientName: clients.name,
      overdue: isOverdue(today),
    })
    .from(tickets)
    .innerJoin(clients, eq(clients.id, tickets.clientId))
    .where(and(mine(employeeId), dated ? isNotNull(tickets.dueDate) : isNull(tickets.dueDate)))
    .orderBy(...(dated ? [asc(tickets.dueDate)] : []), asc(tickets.createdAt), asc(tickets.id))
    .limit(limit);
}

export async function openTicketsOf(employeeId: number, opts: { now?: Date; limit: number }): Promise<OpenTickets> {
  const today = localDate(opts.now ?? new Date(), env().APP_TIMEZONE);
  // The dated ones first, then as many undated ones as still fit: a busy technician's hundreds are never sorted.
  const dated = await myOpenTicketsQuery(employeeId, today, true, opts.limit);
  const rows = dated.length < opts.limit ? [...dated, ...await myOpenTicketsQuery(employeeId, today, false, opts.limit - dated.length)] : dated;
  const counts = await first(
    db()
      .select({ total: sql<number>`count(*)`, overdue: sql<number>`coalesce(sum(${isOverdue(today)}), 0)` })
      .from(tickets)
      .where(mine(employeeId))
      .limit(1),
  );
  return {
    rows: rows.map((r) => ({ ...r, status: r.status as DigestTicket['status'], overdue: Boolean(r.overdue) })),
    total: counts?.total ?? 0,
    overdue: counts?.overdue ?? 0,
  };
}

/** Who gets a digest: active employees who have not opted out and have at least one open ticket. */
export async function listDigestRecipients() {
  const hasOpen = db()
    .select({ one: sql`1` })
    .from(tickets)
    .where(and(eq(tickets.assigneeId, employees.id), inArray(tickets.status, [...OPEN_STATUSES])));
  return await db()
    .select({ id: employees.id, fullName: employees.fullName, email: employees.email, locale: employees.locale, telegramChatId: employees.telegramChatId, notifyVia: employees.notifyVia })
    .from(employees)
    .where(and(eq(employees.active, true), eq(employees.digestOptOut, false), exists(hasOpen)))
    .orderBy(asc(employees.id));
}

export type ApprovedTicket = {
  employeeId: number;
  id: number;
  title: string;
  clientName: string;
  totalMinor: number;
  currency: string;
  decidedAt: Date;
};

/**
 * Tickets whose estimate was approved at or after `since` (and is still approved), by their
 * responsible employee, each employee's oldest approval first. One range of estimates_decided_idx
 * (a day or two of decisions) for every employee at once, never a scan of tickets.
 */
export async function approvedSince(since: Date): Promise<Map<number, ApprovedTicket[]>> {
  const rows = await rawAll<Omit<ApprovedTicket, 'decidedAt'> & { decidedAt: number }>(db(), sql`
    SELECT t.assignee_id AS "employeeId", t.id AS id, t.title AS title, c.name AS "clientName",
      e.total_minor AS "totalMinor", e.currency AS currency, e.decided_at AS "decidedAt"
    FROM estimates e ${indexedBy('estimates_decided_idx')}
    JOIN tickets t ON t.id = e.ticket_id
    JOIN clients c ON c.id = t.client_id
    WHERE e.decided_at >= ${since.getTime()} AND e.state = 'approved' AND t.assignee_id IS NOT NULL
    ORDER BY e.decided_at, e.id`);
  const out = new Map<number, ApprovedTicket[]>();
  for (const r of rows) {
    const list = out.get(r.employeeId) ?? [];
    list.push({ ...r, decidedAt: new Date(r.decidedAt) });
    out.set(r.employeeId, list);
  }
  return out;
}
