import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { historyFigures, historyNeedsComputing, HISTORY_MAX_AGE_MS, recentHistoryFigures, storeHistorySnapshot } from '@/lib/dashboard/history';
import { figureSnapshots, tickets } from '@/db/tables';
import { makeClient, makeDepartment } from '../helpers/records';
import { setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();
const ZONE = 'Europe/Moscow';
const NOW = new Date('2026-03-16T09:00:00+03:00');
const TODAY = '2026-03-16';

async function ticketCreated(at: Date) {
  const clientId = (await makeClient(database())).id;
  const departmentId = (await makeDepartment(database())).id;
  await database()
    .insert(tickets)
    .values({ publicToken: randomBytes(16).toString('base64url'), kind: 'repair', channel: 'phone', clientId, departmentId, title: 'Repair', status: 'new', createdAt: at });
}

const createdTotal = (h: { created: number[] }) => h.created.reduce((a, b) => a + b, 0);

describe('the dashboard’s 30-day figures worked out in the background', () => {
  it('are served as the background stored them, dates and all, while younger than a minute', async () => {
    await ticketCreated(new Date('2026-03-10T12:00:00+03:00'));
    await storeHistorySnapshot(NOW, ZONE, TODAY);
    const stored = await historyFigures(NOW, ZONE);
    await ticketCreated(new Date('2026-03-11T12:00:00+03:00')); // after the snapshot: not in it yet

    const later = new Date(NOW.getTime() + 20_000);
    expect(await historyNeedsComputing(ZONE, TODAY, later)).toBe(false);
    const served = await recentHistoryFigures(later, ZONE, TODAY);
    expect(served.computedAt).toEqual(NOW);
    expect(served.value.window.start).toBeInstanceOf(Date);
    expect(served.value).toEqual(stored);
    expect(createdTotal(served.value)).toBe(1);
  });

  it('are worked out by the page itself once the stored ones are a minute old (the background stopped)', async () => {
    const stale = new Date(NOW.getTime() + HISTORY_MAX_AGE_MS);
    expect(await historyNeedsComputing(ZONE, TODAY, stale)).toBe(true);
    const served = await recentHistoryFigures(stale, ZONE, TODAY);
    expect(served.computedAt.getTime()).not.toBe(NOW.getTime());
    expect(createdTotal(served.value)).toBe(2);
  });

  it('keep one row: a new day’s figures replace the day before’s', async () => {
    await storeHistorySnapshot(new Date('2026-03-17T09:00:00+03:00'), ZONE, '2026-03-17');
    const keys = await database().select({ key: figureSnapshots.key }).from(figureSnapshots);
    expect(keys).toEqual([{ key: `dashboard-history|${ZONE}|2026-03-17` }]);
  });
});
