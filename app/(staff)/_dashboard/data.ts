import { countOpenByStatus, countUnassignedOpen, listWaitingForEmployee, openTicketsPerEmployee, overdueTickets } from '@/db/queries/dashboard';
import { approvedToStart, awaitingDecision } from '@/db/queries/dashboard-estimates';
import { openTicketsOf } from '@/db/queries/digest';
import { memo } from '@/lib/dashboard/memo';

export { TREND_DAYS, historyNeedsComputing, recentHistoryFigures, type HistoryFigures } from '@/lib/dashboard/history';

/** How many of my open tickets and of my waiting ones the dashboard lists; a link leads to all. */
export const MINE_SHOWN = 10;
export const OVERDUE_SHOWN = 8;
/**
 * How long this process may reuse the center's counts of the moment: the same for every manager,
 * ~15 ms at a million tickets. (The 30-day history: lib/dashboard/history.ts.)
 */
export const CURRENT_TTL_MS = 5_000;

/** What every employee sees about their own work. Always read now. */
export async function personalFigures(employeeId: number, now: Date) {
  return {
    mine: await openTicketsOf(employeeId, { now, limit: MINE_SHOWN }),
    waiting: await listWaitingForEmployee(employeeId, MINE_SHOWN),
    approved: await approvedToStart(employeeId, MINE_SHOWN),
  };
}

/** Where the center's work stands right now: index counts (the page reuses them for up to CURRENT_TTL_MS). */
export async function currentFigures(today: string) {
  return {
    byStatus: await countOpenByStatus(),
    unassigned: await countUnassignedOpen(),
    overdue: await overdueTickets(today, OVERDUE_SHOWN),
    workload: await openTicketsPerEmployee(),
    awaiting: await awaitingDecision(),
  };
}

export type CurrentFigures = Awaited<ReturnType<typeof currentFigures>>;

const keptCurrent = memo<CurrentFigures>({ freshMs: CURRENT_TTL_MS, maxAgeMs: CURRENT_TTL_MS });

/** `currentFigures` of this local day, at most CURRENT_TTL_MS old. */
export async function recentCurrentFigures(today: string) {
  return await keptCurrent(today, async () => await currentFigures(today));
}
