/**
 * The dashboard's estimate figures (issue 16): approval rate and median time to the decision per
 * department and overall over the last 30 days, the estimate total awaiting a decision, and the
 * employee's "Approved — start work" list.
 */
import { randomBytes } from 'node:crypto';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { EstimateFigures } from '@/app/(staff)/_dashboard/estimate-figures';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { approvalFigures, approvalFiguresSql, approvedToStart, awaitingDecision } from '@/db/queries/dashboard-estimates';
import { one } from '@/db/exec';
import { estimates, tickets } from '@/db/tables';
import { approvalPercent, awaitingByCurrency } from '@/lib/dashboard/estimates';
import type { EstimateState, Status } from '@/lib/domain/enums';
import { dashboardEn, dashboardRu } from '@/lib/i18n/messages/features/dashboard';
import { makeClient, makeDepartment, makeEmployee } from '../helpers/records';
import { onPostgres, setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date('2026-03-16T09:00:00Z');
const START = new Date(NOW.getTime() - 30 * DAY);

let clientId = 0;
const dept = { a: 0, b: 0 };
const staff = { me: 0, other: 0 };

async function ticket(o: { status?: Status; assigneeId?: number; departmentId?: number; workDone?: string; title?: string } = {}) {
  const row = await one(
    database()
      .insert(tickets)
      .values({
        publicToken: randomBytes(16).toString('base64url'),
        kind: 'repair',
        channel: 'phone',
        clientId,
        departmentId: o.departmentId ?? dept.a,
        assigneeId: o.assigneeId ?? staff.me,
        title: o.title ?? 'Repair',
        status: o.status ?? 'in_progress',
        workDone: o.workDone ?? '',
        createdAt: new Date(NOW.getTime() - 40 * DAY),
      })
      .returning(),
  );
  return row.id;
}

/** An estimate sent `sentHoursAgo` and, unless pending or withdrawn, decided `tookHours` later. */
async function estimate(ticketId: number, o: { state: EstimateState; departmentId?: number; total?: number; currency?: string; sentAgo?: number; took?: number; version?: number }) {
  const sent = NOW.getTime() - (o.sentAgo ?? 2 * DAY);
  const decided = o.state === 'approved' || o.state === 'declined';
  await database()
    .insert(estimates)
    .values({
      ticketId,
      version: o.version ?? 1,
      lines: [],
      totalMinor: o.total ?? 100_000,
      currency: o.currency ?? 'RUB',
      state: o.state,
      departmentId: o.departmentId ?? dept.a,
      decidedAt: decided ? new Date(sent + (o.took ?? HOUR)) : null,
      decidedVia: decided ? 'status_page' : null,
      createdAt: new Date(sent),
    });
}

beforeAll(async () => {
  const db = database();
  dept.a = (await makeDepartment(db, 'Alpha repairs')).id;
  dept.b = (await makeDepartment(db, 'Beta repairs')).id;
  clientId = (await makeClient(db)).id;
  staff.me = (await makeEmployee(db, { departmentId: dept.a })).id;
  staff.other = (await makeEmployee(db, { departmentId: dept.a })).id;

  // Alpha: three approved (1 h, 3 h, 5 h) and one declined (7 h) in the window: 75 %, median 4 h.
  await estimate(await ticket(), { state: 'approved', took: 1 * HOUR });
  await estimate(await ticket(), { state: 'approved', took: 3 * HOUR });
  await estimate(await ticket(), { state: 'approved', took: 5 * HOUR });
  await estimate(await ticket({ status: 'ready' }), { state: 'declined', took: 7 * HOUR });
  // Beta: one approved after 2 days, sent by Beta even though the ticket moved to Alpha since.
  await estimate(await ticket({ departmentId: dept.a }), { state: 'approved', departmentId: dept.b, sentAgo: 3 * DAY, took: 2 * DAY });
  // Outside the window: decided 40 days ago; and versions that were withdrawn or still pending.
  await estimate(await ticket(), { state: 'declined', sentAgo: 41 * DAY, took: HOUR });
  await estimate(await ticket({ status: 'awaiting_approval' }), { state: 'withdrawn' });
  const awaiting = await ticket({ status: 'awaiting_approval' });
  await estimate(awaiting, { state: 'withdrawn', version: 1, total: 50_000 });
  await estimate(awaiting, { state: 'pending', version: 2, total: 250_050 });
  await estimate(await ticket({ status: 'awaiting_approval', departmentId: dept.b }), { state: 'pending', departmentId: dept.b, total: 99_950 });
  await estimate(await ticket({ status: 'awaiting_approval', departmentId: dept.b }), { state: 'pending', departmentId: dept.b, total: 1_000 });
});

describe('estimate figures for managers', () => {
  it('gives the approval rate and the median time to the decision per department and overall, over 30 days', async () => {
    const rows = await approvalFigures(START, NOW);
    expect(rows).toEqual([
      { departmentId: dept.a, name: 'Alpha repairs', decided: 4, approved: 3, medianMs: 4 * HOUR },
      { departmentId: dept.b, name: 'Beta repairs', decided: 1, approved: 1, medianMs: 2 * DAY },
      // Overall: 1, 3, 5, 7 h and 48 h: the median is 5 h.
      { departmentId: null, name: null, decided: 5, approved: 4, medianMs: 5 * HOUR },
    ]);
    expect(rows.map(approvalPercent)).toEqual([75, 100, 80]);
  });

  // SQLite's planner and its EXPLAIN QUERY PLAN on its own connection: PostgreSQL plans by its
  // statistics, and on a table this small it rightly scans, so there is nothing of the index to check there.
  it.skipIf(onPostgres())('reads the month of decisions from the covering index alone, never the estimates themselves', () => {
    const { sql: text, params } = new SQLiteSyncDialect().sqlToQuery(approvalFiguresSql(START, NOW));
    const plan = (database().$client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/SEARCH estimates USING COVERING INDEX estimates_decided_idx/);
    expect(plan).not.toMatch(/SCAN estimates/);
  });

  it('sums the estimates awaiting a decision per department, counting only the pending version', async () => {
    expect(await awaitingDecision()).toEqual([
      { departmentId: dept.a, name: 'Alpha repairs', currency: 'RUB', estimates: 1, totalMinor: 250_050 },
      { departmentId: dept.b, name: 'Beta repairs', currency: 'RUB', estimates: 2, totalMinor: 100_950 },
    ]);
    expect(awaitingByCurrency(await awaitingDecision())).toEqual([{ currency: 'RUB', estimates: 3, totalMinor: 351_000 }]);
  });

  it('keeps currencies apart instead of adding them up', () => {
    expect(
      awaitingByCurrency([
        { currency: 'RUB', estimates: 2, totalMinor: 500 },
        { currency: 'EUR', estimates: 1, totalMinor: 700 },
        { currency: 'RUB', estimates: 1, totalMinor: 300 },
      ]),
    ).toEqual([
      { currency: 'RUB', estimates: 3, totalMinor: 800 },
      { currency: 'EUR', estimates: 1, totalMinor: 700 },
    ]);
  });

  it('shows the figures with a table view, in English and in Russian', async () => {
    const approvals = await approvalFigures(START, NOW);
    const awaiting = await awaitingDecision();
    const en = renderToStaticMarkup(EstimateFigures({ approvals, awaiting, d: dashboardEn, locale: 'en' }));
    expect(en).toContain('Approval rate by department, last 30 days');
    expect(en).toContain('80 %');
    expect(en).toContain('4 of 5 approved');
    expect(en).toContain('5 h 0 min');
    expect(en).toContain('All departments');
    expect(en).toContain('Show the figures as a table');
    expect(en).toMatch(/RUB\s?3,510\.00|₽\s?3,510\.00|3,510\.00/);
    const ru = renderToStaticMarkup(EstimateFigures({ approvals, awaiting, d: dashboardRu, locale: 'ru' }));
    expect(ru).toContain('Доля согласованных смет по отделам за 30 дней');
    expect(ru).toContain('Все отделы');
    expect(ru).toContain('согласовано 4 из 5');
  });

  it('says so when nothing was decided or awaits a decision', async () => {
    const html = renderToStaticMarkup(EstimateFigures({ approvals: await approvalFigures(new Date(0), new Date(1)), awaiting: [], d: dashboardEn, locale: 'en' }));
    expect(html).toContain('No estimate was decided in the last 30 days.');
    expect(html).toContain('No estimate is awaiting a decision.');
  });
});

describe('"Approved — start work" on my dashboard', () => {
  it('lists my tickets in progress whose latest estimate is approved and whose work is not recorded, oldest approval first', async () => {
    const early = await ticket({ title: 'Approved early' });
    await estimate(early, { state: 'approved', sentAgo: 5 * DAY, took: HOUR });
    const late = await ticket({ title: 'Approved late' });
    await estimate(late, { state: 'approved', sentAgo: 1 * DAY, took: HOUR });
    const started = await ticket({ title: 'Already started', workDone: 'Replaced the screen' });
    await estimate(started, { state: 'approved' });
    const otherOne = await ticket({ title: 'Someone else', assigneeId: staff.other });
    await estimate(otherOne, { state: 'approved' });
    const parts = await ticket({ title: 'Waiting for parts', status: 'awaiting_parts' });
    await estimate(parts, { state: 'approved' });
    // Approved once, then a newer version went out and awaits a decision: not approved any more.
    const revised = await ticket({ title: 'Revised' });
    await estimate(revised, { state: 'approved', version: 1 });
    await estimate(revised, { state: 'pending', version: 2 });

    const mine = await approvedToStart(staff.me, 10);
    const titles = mine.rows.map((r) => r.title);
    expect(titles.indexOf('Approved early')).toBeLessThan(titles.indexOf('Approved late'));
    expect(titles).not.toContain('Already started');
    expect(titles).not.toContain('Someone else');
    expect(titles).not.toContain('Waiting for parts');
    expect(titles).not.toContain('Revised');
    expect(mine.total).toBe(mine.rows.length);
    const first = mine.rows.find((r) => r.id === early)!;
    expect(first).toMatchObject({ totalMinor: 100_000, currency: 'RUB' });
    expect(first.decidedAt.getTime()).toBe(NOW.getTime() - 5 * DAY + HOUR);
    expect((await approvedToStart(staff.me, 1)).rows).toHaveLength(1);
    expect((await approvedToStart(staff.me, 1)).total).toBe(mine.total);
  });
});
