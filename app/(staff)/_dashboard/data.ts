import {
  countOpenByStatus,
  countUnassignedOpen,
  createdAndClosedPerDay,
  listWaitingForEmployee,
  medianIntakeToReady,
  openTicketsPerEmployee,
  overdueTickets,
} from '@/db/queries/dashboard';
import { approvalFigures, approvedToStart, awaitingDecision } from '@/db/queries/dashboard-estimates';
import { revenueFigures } from '@/db/queries/dashboard-revenue';
import { warrantyReturnsPerDepartment } from '@/db/queries/dashboard-warranty';
import { openTicketsOf } from '@/db/queries/digest';
import { lastDays } from '@/lib/dashboard/days';
import { memo } from '@/lib/dashboard/memo';

export const TREND_DAYS = 30;
/** How many of my open tickets and of my waiting ones the dashboard lists; a link leads to all. */
export const MINE_SHOWN = 10;
export const OVERDUE_SHOWN = 8;
/**
 * How long this process may reuse the center's figures (the issue allows up to a minute). They
 * are the same for every manager; at a million tickets the counts of the moment cost ~15 ms and
 * the 30-day history one to two seconds, so the history is refreshed after the response once it
 * is 30 s old and never served older than 60 s. Set both to 0 to read on every request.
 */
export const CURRENT_TTL_MS = 5_000;
export const HISTORY_FRESH_MS = 30_000;
export const HISTORY_MAX_AGE_MS = 60_000;

/** What every employee sees about their own work. Always read now. */
export function personalFigures(employeeId: number, now: Date) {
  return {
    mine: openTicketsOf(employeeId, { now, limit: MINE_SHOWN }),
    waiting: listWaitingForEmployee(employeeId, MINE_SHOWN),
    approved: approvedToStart(employeeId, MINE_SHOWN),
  };
}

/** Where the center's work stands right now: index counts (the page reuses them for up to CURRENT_TTL_MS). */
export function currentFigures(today: string) {
  return {
    byStatus: countOpenByStatus(),
    unassigned: countUnassignedOpen(),
    overdue: overdueTickets(today, OVERDUE_SHOWN),
    workload: openTicketsPerEmployee(),
    awaiting: awaitingDecision(),
  };
}

export type CurrentFigures = ReturnType<typeof currentFigures>;

const keptCurrent = memo<CurrentFigures>({ freshMs: CURRENT_TTL_MS, maxAgeMs: CURRENT_TTL_MS });

/** `currentFigures` of this local day, at most CURRENT_TTL_MS old. */
export function recentCurrentFigures(today: string) {
  return keptCurrent(today, () => currentFigures(today));
}

/**
 * The last 30 local days: tickets created and closed per day, median time to ready per department,
 * and the clients' decisions on estimates (approval rate, median time to decide).
 */
export function historyFigures(now: Date, timeZone: string) {
  const window = lastDays(now, TREND_DAYS, timeZone);
  return {
    window,
    ...createdAndClosedPerDay(window.bounds),
    readiness: medianIntakeToReady(window.start, window.end),
    approvals: approvalFigures(window.start, window.end),
    // Money taken per day, the average bill and work revenue (issue 17): kept with the rest of the history.
    revenue: revenueFigures(window),
    warrantyReturns: warrantyReturnsPerDepartment(window.start, window.end),
  };
}

export type HistoryFigures = ReturnType<typeof historyFigures>;

const keptHistory = memo<HistoryFigures>({ freshMs: HISTORY_FRESH_MS, maxAgeMs: HISTORY_MAX_AGE_MS });

/** `historyFigures` of this local day, at most HISTORY_MAX_AGE_MS old. */
export function recentHistoryFigures(now: Date, timeZone: string, today: string) {
  return keptHistory(`${timeZone}|${today}`, () => historyFigures(now, timeZone));
}

/** Whether `recentHistoryFigures` would have to compute in this request (the first one, or after a quiet minute). */
export function historyNeedsComputing(timeZone: string, today: string): boolean {
  return !keptHistory.ready(`${timeZone}|${today}`);
}
