import { deserialize, serialize } from 'node:v8';
import { createdAndClosedPerDay, medianIntakeToReady } from '@/db/queries/dashboard';
import { approvalFigures } from '@/db/queries/dashboard-estimates';
import { revenueFigures } from '@/db/queries/dashboard-revenue';
import { warrantyReturnsPerDepartment } from '@/db/queries/dashboard-warranty';
import { figureSnapshotTime, readFigureSnapshot, writeFigureSnapshot } from '@/db/queries/figure-snapshots';
import { lastDays } from './days';
import { memo } from './memo';

export const TREND_DAYS = 30;
/**
 * The center's 30-day figures are the same for every manager and cost one to two seconds at a
 * million tickets. `npm start` works them out in its background process (scripts/background.ts)
 * every HISTORY_FRESH_MS and stores them; a page reads the stored row. Where no background process
 * runs (`next dev`, `next start` by hand, tests) or its figures are older than HISTORY_MAX_AGE_MS,
 * the page's own process keeps them as before: refreshed after the response once 30 s old, never
 * served older than 60 s.
 */
export const HISTORY_FRESH_MS = 30_000;
export const HISTORY_MAX_AGE_MS = 60_000;

/**
 * The last 30 local days: tickets created and closed per day, median time to ready per department,
 * and the clients' decisions on estimates (approval rate, median time to decide).
 */
export async function historyFigures(now: Date, timeZone: string) {
  const window = lastDays(now, TREND_DAYS, timeZone);
  return {
    window,
    ...await createdAndClosedPerDay(window.bounds),
    readiness: await medianIntakeToReady(window.start, window.end),
    approvals: await approvalFigures(window.start, window.end),
    // Money taken per day, the average bill and work revenue (issue 17): kept with the rest of the history.
    revenue: await revenueFigures(window),
    warrantyReturns: await warrantyReturnsPerDepartment(window.start, window.end),
  };
}

export type HistoryFigures = Awaited<ReturnType<typeof historyFigures>>;

const SNAPSHOT = 'dashboard-history|';
const snapshotKey = (timeZone: string, today: string) => `${SNAPSHOT}${timeZone}|${today}`;

/** Works the figures out now and stores them for every process that serves pages. */
export async function storeHistorySnapshot(now: Date, timeZone: string, today: string) {
  const value = await historyFigures(now, timeZone);
  await writeFigureSnapshot(snapshotKey(timeZone, today), serialize(value), now, SNAPSHOT);
}

// The stored figures change every half minute: a request reads when they were stored, and the
// bytes are read and decoded only when that changed.
let decoded: { key: string; at: number; value: HistoryFigures } | undefined;

async function storedHistory(timeZone: string, today: string, now: number): Promise<{ value: HistoryFigures; computedAt: Date } | undefined> {
  const key = snapshotKey(timeZone, today);
  const at = (await figureSnapshotTime(key))?.getTime();
  if (at === undefined || now - at >= HISTORY_MAX_AGE_MS) return undefined;
  if (decoded?.key !== key || decoded.at !== at) {
    const row = await readFigureSnapshot(key);
    if (!row) return undefined;
    decoded = { key, at: row.computedAt.getTime(), value: deserialize(row.value) as HistoryFigures };
  }
  return { value: decoded.value, computedAt: new Date(decoded.at) };
}

const keptHistory = memo<HistoryFigures>({ freshMs: HISTORY_FRESH_MS, maxAgeMs: HISTORY_MAX_AGE_MS });

/** `historyFigures` of this local day, at most HISTORY_MAX_AGE_MS old: the background's if fresh, else this process's. */
export async function recentHistoryFigures(now: Date, timeZone: string, today: string) {
  return (await storedHistory(timeZone, today, now.getTime())) ?? (await keptHistory(`${timeZone}|${today}`, async () => await historyFigures(now, timeZone)));
}

/** Whether `recentHistoryFigures` would have to compute in this request (no fresh stored figures, and none kept here). */
export async function historyNeedsComputing(timeZone: string, today: string, now: Date): Promise<boolean> {
  return !(await storedHistory(timeZone, today, now.getTime())) && !keptHistory.ready(`${timeZone}|${today}`);
}
