/**
 * The dashboard's revenue figures (issue 17 point 5): money taken per local day net of refunds,
 * the average bill of repairs closed in the last 30 days, and the work lines of those tickets per
 * department and per technician, each with its table (ru and en).
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { RevenueFigures } from '@/app/(staff)/_dashboard/revenue-figures';
import { calendarDateFormatter } from '@/app/(staff)/_dashboard/format';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { closedRevenue, closedRevenueSql, paymentsPerDay, revenueFigures } from '@/db/queries/dashboard-revenue';
import { one } from '@/db/exec';
import { employees, payments, ticketEvents, ticketLines, tickets } from '@/db/tables';
import { lastDays } from '@/lib/dashboard/days';
import { averageMinor, averageTicket, dailySeries, workByDepartment, workByTechnician } from '@/lib/dashboard/revenue';
import type { PaymentKind, Status } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import { dashboardEn, dashboardRu } from '@/lib/i18n/messages/features/dashboard';
import { makeClient, makeDepartment, makeEmployee } from '../helpers/records';
import { onPostgres, setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ZONE = 'Europe/Moscow'; // UTC+3
const NOW = new Date('2026-03-16T09:00:00Z'); // 12:00 in Moscow
const window = lastDays(NOW, 30, ZONE);
const dayIndex = (localDate: string) => window.days.indexOf(localDate as (typeof window.days)[number]);

let clientId = 0;
const dept = { a: 0, b: 0 };
const tech = { x: 0, y: 0 };

async function ticket(o: { departmentId: number; assigneeId: number | null; status?: Status; closedAt?: Date | null; finalCostMinor?: number | null; discountMinor?: number }) {
  const status = o.status ?? 'closed';
  const row = await one(
    database()
      .insert(tickets)
      .values({
        publicToken: randomBytes(16).toString('base64url'),
        kind: 'repair',
        channel: 'walk_in',
        clientId,
        departmentId: o.departmentId,
        assigneeId: o.assigneeId,
        title: 'Repair',
        status,
        closedAt: status === 'closed' ? (o.closedAt ?? new Date(NOW.getTime() - 2 * DAY)) : null,
        finalCostMinor: o.finalCostMinor ?? null,
        discountMinor: o.discountMinor ?? 0,
        createdAt: new Date(NOW.getTime() - 60 * DAY),
      })
      .returning(),
  );
  return row.id;
}

async function closedOn(ticketId: number, at: Date) {
  await database().insert(ticketEvents).values({ ticketId, kind: 'status_changed', fromValue: 'ready', toValue: 'closed', createdAt: at });
}

async function line(ticketId: number, kind: 'work' | 'part', quantity: number, unitPriceMinor: number, discountMinor = 0) {
  await database().insert(ticketLines).values({ ticketId, kind, name: `${kind} line`, quantity, unitPriceMinor, discountMinor });
}

async function pay(ticketId: number, kind: PaymentKind, amountMinor: number, at: string) {
  await database()
    .insert(payments)
    .values({ ticketId, kind, method: 'cash', amountMinor, currency: 'RUB', reason: kind === 'refund' ? 'Goodwill' : null, takenByName: 'Desk', createdAt: new Date(at) });
}

/** A ticket closed in the window, as the app closes it: the event and closed_at at the same moment. */
async function closedTicket(o: { departmentId: number; assigneeId: number | null; finalCostMinor: number; daysAgo: number; discountMinor?: number }) {
  const at = new Date(NOW.getTime() - o.daysAgo * DAY);
  const id = await ticket({ ...o, closedAt: at });
  await closedOn(id, at);
  return id;
}

beforeAll(async () => {
  const db = database();
  dept.a = (await makeDepartment(db, 'Alpha repairs')).id;
  dept.b = (await makeDepartment(db, 'Beta repairs')).id;
  clientId = (await makeClient(db)).id;
  tech.x = (await makeEmployee(db, { departmentId: dept.a })).id;
  tech.y = (await makeEmployee(db, { departmentId: dept.a })).id;
  await db.update(employees).set({ fullName: 'Xenia Works' }).where(eq(employees.id, tech.x));
  await db.update(employees).set({ fullName: 'Yuri Fixes' }).where(eq(employees.id, tech.y));

  // Money: 1,000.00 at 23:50 Moscow on 15 March (20:50 UTC), 2,500.00 at 00:10 on the 16th
  // (21:10 UTC, still the 15th in UTC), 300.00 back on the 16th; one payment before the window.
  const paid = await ticket({ departmentId: dept.a, assigneeId: tech.x, status: 'in_progress' });
  await pay(paid, 'prepayment', 100_000, '2026-03-15T20:50:00Z');
  await pay(paid, 'payment', 250_000, '2026-03-15T21:10:00Z');
  await pay(paid, 'refund', 30_000, '2026-03-16T08:00:00Z');
  await pay(paid, 'payment', 999_900, '2026-02-01T10:00:00Z');

  // Alpha, Xenia: bill 3,000.00; work 2 × 1,000.00 − 100.00 and 1 × 700.00 = 2,600.00; a part and
  // a ticket discount that the work revenue leaves out.
  const a1 = await closedTicket({ departmentId: dept.a, assigneeId: tech.x, finalCostMinor: 300_000, daysAgo: 3, discountMinor: 20_000 });
  await line(a1, 'work', 2, 100_000, 10_000);
  await line(a1, 'work', 1, 70_000);
  await line(a1, 'part', 1, 50_000);
  // Alpha, Yuri: 1,500.00 of work.
  const a2 = await closedTicket({ departmentId: dept.a, assigneeId: tech.y, finalCostMinor: 150_000, daysAgo: 10 });
  await line(a2, 'work', 1, 150_000);
  // Beta, Xenia: bill 1,000.01; work 800.00.
  const b1 = await closedTicket({ departmentId: dept.b, assigneeId: tech.x, finalCostMinor: 100_001, daysAgo: 20 });
  await line(b1, 'work', 1, 80_000);
  // Beta, nobody assigned, a warranty repair billed 0 (not in the average): work 400.00.
  const b2 = await closedTicket({ departmentId: dept.b, assigneeId: null, finalCostMinor: 0, daysAgo: 5 });
  await line(b2, 'work', 1, 40_000);
  // Beta, Yuri: closed twice in the window (reopened, then closed again): counted once, 100.00.
  const b3 = await closedTicket({ departmentId: dept.b, assigneeId: tech.y, finalCostMinor: 10_000, daysAgo: 1 });
  await closedOn(b3, new Date(NOW.getTime() - 8 * DAY));
  await line(b3, 'work', 1, 10_000);

  // Not counted: closed 40 days ago; closed in the window but reopened since.
  const old = await closedTicket({ departmentId: dept.a, assigneeId: tech.x, finalCostMinor: 500_000, daysAgo: 40 });
  await line(old, 'work', 1, 500_000);
  const reopened = await ticket({ departmentId: dept.a, assigneeId: tech.y, status: 'in_progress' });
  await closedOn(reopened, new Date(NOW.getTime() - 4 * DAY));
  await line(reopened, 'work', 1, 700_000);
});

describe('revenue on the dashboard', () => {
  it('counts money per local day of the company, net of refunds', async () => {
    const series = dailySeries(await paymentsPerDay(window.bounds), window.days.length);
    expect(series.map((s) => s.currency)).toEqual(['RUB']);
    const values = series[0].values;
    expect(values[dayIndex('2026-03-15')]).toBe(100_000); // the 23:50 prepayment stays on the 15th
    expect(values[dayIndex('2026-03-16')]).toBe(220_000); // 00:10 local is the 16th; less the refund
    expect(series[0].totalMinor).toBe(320_000); // February's payment is outside the 30 days
    expect(values.filter((v) => v !== 0)).toHaveLength(2);
  });

  it('averages the bills of repairs closed in 30 days, each once, in whole kopecks', async () => {
    const rows = await closedRevenue(window.start, window.end);
    // 3,000.00 + 1,500.00 + 1,000.01 + 100.00 over four repairs (the warranty one billed nothing).
    expect(averageTicket(rows)).toEqual([{ currency: 'RUB', tickets: 4, averageMinor: averageMinor(560_001, 4) }]);
    expect(averageMinor(560_001, 4)).toBe(140_000);
    expect(averageMinor(5, 2)).toBe(3);
    expect(averageMinor(0, 0)).toBe(0);
  });

  // SQLite's query plan: PostgreSQL's planner chooses by its statistics (db/dialect.ts, indexedBy).
  it.skipIf(onPostgres())('reads the closed tickets and their work lines from covering indexes alone, never the rows', () => {
    const { sql: text, params } = new SQLiteSyncDialect().sqlToQuery(closedRevenueSql(window.start, window.end));
    const plan = (database().$client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/SEARCH t USING COVERING INDEX tickets_closed_idx/);
    expect(plan).toMatch(/SEARCH l USING COVERING INDEX ticket_lines_ticket_kind_idx/);
    expect(plan).not.toMatch(/SCAN (t|l|tickets|ticket_lines)\b/);
  });

  it('counts work lines only, after line discounts, per department and per technician', async () => {
    const rows = await closedRevenue(window.start, window.end);
    expect(workByDepartment(rows).map((s) => [s.name, s.workMinor])).toEqual([
      ['Alpha repairs', 410_000],
      ['Beta repairs', 130_000],
    ]);
    expect(workByTechnician(rows).map((s) => [s.id, s.workMinor])).toEqual([
      [tech.x, 340_000],
      [tech.y, 160_000],
      [null, 40_000],
    ]);
  });

  it.each([
    ['en', dashboardEn],
    ['ru', dashboardRu],
  ] as const)('shows the figures and their tables in %s', async (locale, d) => {
    const short = calendarDateFormatter(locale);
    const html = renderToStaticMarkup(
      <RevenueFigures revenue={await revenueFigures(window)} dayLabels={window.days.map((day) => short(day))} d={d} locale={locale} />,
    );
    const text = html.replaceAll('&#x27;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    const money = (minor: number) => formatMoney(minor, 'RUB', locale);
    for (const s of [d.revenue.title, d.revenue.perDay.title, d.revenue.byDepartment.title, d.revenue.byTechnician.title, d.revenue.unassigned]) {
      expect(text).toContain(s);
    }
    expect(text).toContain(money(320_000)); // taken in 30 days
    expect(text).toContain(money(140_000)); // the average bill
    // The per-day table: the day and its amount in one row.
    expect(text).toMatch(new RegExp(`<td[^>]*>${short('2026-03-16')}</td><td[^>]*>${money(220_000)}</td>`));
    // Department and technician tables: at most three columns, a name and its work revenue.
    expect(text).toMatch(new RegExp(`Alpha repairs</td><td[^>]*>${money(410_000)}</td>`));
    expect(text).toMatch(new RegExp(`Xenia Works</td><td[^>]*>${money(340_000)}</td>`));
    expect(text).toMatch(new RegExp(`${d.revenue.unassigned}</td><td[^>]*>${money(40_000)}</td>`));
    for (const table of text.match(/<tr[^>]*>.*?<\/tr>/g) ?? []) expect((table.match(/<t[hd][ >]/g) ?? []).length).toBeLessThanOrEqual(3);
  });
});
