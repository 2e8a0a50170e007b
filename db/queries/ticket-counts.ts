import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { tickets } from '@/db/tables';
import { STATUSES, type Status } from '@/lib/domain/enums';
import type { TicketListFilters } from '@/lib/tickets/list-vocabulary';
import { ticketConditions } from './ticket-conditions';
import { searchIds, ticketSearch } from './ticket-search';
import { rawAll, rawGet } from '@/db/exec';
import { memoUntilWrite } from '@/db/read-memo';

/** Totals above this are shown as "10,000+": counting further costs more than the page itself. */
export const COUNT_CAP = 10_000;
/**
 * A search's total stops lower: counting on past a thousand matches costs as much again as the
 * page itself (see listAndCountTickets, which reads the first page and this count together).
 */
export const SEARCH_COUNT_CAP = 1_000;
/** The status tabs count at most this many tickets of a filter the counts table cannot answer. */
export const TAB_SAMPLE_CAP = 1_000;
/**
 * A search combined with other filters is counted among its newest this-many matches only: a
 * common word ("ноутбук") matches hundreds of thousands of tickets, and checking each against
 * the other filters costs a tenth of a second. Past it the total says "at least".
 */
export const SEARCH_SCAN_BUDGET = 5_000;

export type TicketCounts = {
  /** Tickets matching the whole filter; with `capped`, at least this many. */
  total: number;
  capped: boolean;
  /** Per status, for the filter without its statuses; null when too many to count cheaply. */
  byStatus: Readonly<Record<Status, number>> | null;
};

/** Filters the trigger-kept ticket_counts table can answer: status, department, assignee, priority. */
function countableBySummary(f: TicketListFilters): boolean {
  return f.clientId === undefined && !f.createdFrom && !f.createdBefore && !f.search && !f.dueBefore && !f.warrantyReturn && !f.balanceDue && !f.clientReplied;
}

function emptyByStatus(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

type SummaryFilter = Pick<TicketListFilters, 'departmentId' | 'assigneeId' | 'priorities'>;

/**
 * Per status, from the trigger-kept ticket_counts table. Its few thousand rows (status ×
 * department × assignee × priority) are summed on every list page with no other filter, about
 * 0.4 ms at a million tickets; the sums are kept until the next write (memoUntilWrite), per filter.
 */
const summaryByStatus = memoUntilWrite(
  64,
  (f: SummaryFilter) => `${f.departmentId ?? ''}|${f.assigneeId ?? ''}|${[...(f.priorities ?? [])].sort().join(',')}`,
  async (f: SummaryFilter): Promise<Readonly<Record<Status, number>>> => {
    const conditions: SQL[] = [
      ...(f.departmentId !== undefined ? [sql`department_id = ${f.departmentId}`] : []),
      ...(f.assigneeId !== undefined ? [sql`assignee_id = ${f.assigneeId === 'none' ? 0 : f.assigneeId}`] : []),
      ...(f.priorities?.length ? [sql`priority IN (${sql.join([...f.priorities].map((p) => sql`${p}`), sql`, `)})`] : []),
    ];
    const where = conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
    const rows = await rawAll<{ status: Status; n: number }>(db(), sql`SELECT status, sum(n) AS n FROM ticket_counts ${where} GROUP BY status`);
    const byStatus = emptyByStatus();
    for (const row of rows) byStatus[row.status] = row.n;
    // Shared by every page that asks until the next write.
    return Object.freeze(byStatus);
  },
);

function sumOf(byStatus: Readonly<Record<Status, number>>, statuses: readonly Status[] | undefined): number {
  return (statuses ?? STATUSES).reduce((n, s) => n + byStatus[s], 0);
}

/**
 * The filter's tickets, each as its status (for the tabs) or as a bare 1 (to count them). Counted
 * bare, a range of creation dates or of one employee's tickets is read from its index alone; a
 * status would have SQLite visit every ticket for it.
 */
function countBase(f: TicketListFilters, read: 'status' | 'count') {
  const query = db()
    .select(read === 'status' ? { status: tickets.status } : { one: sql<number>`1` })
    .from(tickets)
    .$dynamic();
  return f.search ? query.innerJoin(ticketSearch, eq(ticketSearch.rowid, tickets.id)) : query;
}

/** Counts up to `cap + 1` matching tickets, so the cost has a ceiling whatever the filter. */
async function cappedCount(f: TicketListFilters, cap: number, extra: SQL[] = []): Promise<number> {
  const onlySearch = f.search && ticketConditions(f).length === 1 ? f.search : null;
  const inner = onlySearch
    ? searchIds(onlySearch, 'any', cap + 1)
    : countBase(f, 'count').where(and(...ticketConditions(f), ...extra)).limit(cap + 1);
  return (await rawGet<{ n: number }>(db(), sql`SELECT count(*) AS n FROM (${inner}) AS matching`))?.n ?? 0;
}

/**
 * For a search with other filters and more than `budget` matches: the condition that keeps the
 * count to the newest `budget` of them (ids grow with creation). Null when the whole search is
 * within the budget, or when there is no search or nothing else to check.
 */
async function searchWindow(f: TicketListFilters, budget: number): Promise<SQL | null> {
  if (!f.search || ticketConditions(f).length === 1) return null;
  const beyond = await rawGet<{ id: number }>(db(), searchIds(f.search, 'desc', 1, budget));
  return beyond ? sql`${ticketSearch.rowid} > ${beyond.id}` : null;
}

/**
 * The total and the status tabs' counts of the list. Exact from the ticket_counts table for
 * status, department, assignee and priority filters, however many tickets. Otherwise counted
 * from the tickets, with a ceiling on the work: the total up to COUNT_CAP ("10,000+" beyond;
 * SEARCH_COUNT_CAP for a search, and "at least" past SEARCH_SCAN_BUDGET matches of a search
 * with other filters), and the tabs (one grouped query over the filter without its statuses)
 * only when the total is at most TAB_SAMPLE_CAP, since the tabs' count is at least the total.
 */
export async function countTicketList(f: TicketListFilters, searchBudget = SEARCH_SCAN_BUDGET): Promise<TicketCounts> {
  if (countableBySummary(f)) {
    const byStatus = await summaryByStatus(f);
    return { total: sumOf(byStatus, f.statuses), capped: false, byStatus };
  }
  const cap = f.search ? SEARCH_COUNT_CAP : COUNT_CAP;
  const window = await searchWindow(f, searchBudget);
  const windowed = window ? await cappedCount(f, cap, [window]) : 0;
  // None among the newest matches says nothing of the older ones: those are then counted after all.
  if (window && windowed > 0) return { total: Math.min(windowed, cap), capped: true, byStatus: null };
  const total = await cappedCount(f, cap);
  const counted = { total: Math.min(total, cap), capped: total > cap };
  if (total > TAB_SAMPLE_CAP) return { ...counted, byStatus: null };
  // With statuses, the tabs count the filter's tickets of every status: first whether they stay
  // within the sample, counted from the indexes, before reading each one's status.
  if (f.statuses && (await cappedCount({ ...f, statuses: undefined }, TAB_SAMPLE_CAP)) > TAB_SAMPLE_CAP) return { ...counted, byStatus: null };
  const sample = countBase(f, 'status')
    .where(and(...ticketConditions(f, 'statuses')))
    .limit(TAB_SAMPLE_CAP + 1);
  const rows = await rawAll<{ status: Status; n: number }>(db(), sql`SELECT status, count(*) AS n FROM (${sample}) AS sample GROUP BY status`);
  if (rows.reduce((n, r) => n + r.n, 0) > TAB_SAMPLE_CAP) return { ...counted, byStatus: null };
  const byStatus = emptyByStatus();
  for (const row of rows) byStatus[row.status] = row.n;
  return { ...counted, byStatus };
}

/** The exact number of tickets matching a filter (detail pages: one client's, one employee's). */
export async function countTickets(f: TicketListFilters): Promise<number> {
  if (countableBySummary(f)) return sumOf(await summaryByStatus(f), f.statuses);
  return await cappedCount(f, Number.MAX_SAFE_INTEGER - 1);
}
