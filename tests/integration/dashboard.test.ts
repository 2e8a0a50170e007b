import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { currentFigures, personalFigures } from '@/app/(staff)/_dashboard/data';
import { historyFigures } from '@/lib/dashboard/history';
import {
  countOpenByStatus,
  countUnassignedOpen,
  createdAndClosedPerDay,
  listWaitingForEmployee,
  medianIntakeToReady,
  openTicketsPerEmployee,
  overdueTickets,
} from '@/db/queries/dashboard';
import { myOpenTicketsQuery, openTicketsOf } from '@/db/queries/digest';
import { changeTicketStatus } from '@/lib/tickets/commands';
import { first, one } from '@/db/exec';
import { employees, ticketEvents, tickets } from '@/db/tables';
import { lastDays } from '@/lib/dashboard/days';
import type { Status } from '@/lib/domain/enums';
import { makeClient, makeDepartment, makeEmployee } from '../helpers/records';
import { onPostgres, setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();
const ZONE = 'Europe/Moscow'; // UTC+3 all year
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A Moscow wall-clock time as a UTC instant. */
const msk = (local: string) => new Date(`${local}+03:00`);

// 00:30 in Moscow on 16 March is still 15 March in UTC: "today" differs between the two.
const NOW = msk('2026-03-16T00:30:00');

let clientId = 0;
const dept = { a: 0, b: 0, c: 0, quiet: 0 };
const staff = { me: 0, busy: 0, idle: 0, gone: 0, goneIdle: 0 };

async function ticket(opts: {
  status?: Status;
  assigneeId?: number | null;
  departmentId?: number;
  createdAt?: Date;
  dueDate?: string | null;
  title?: string;
}) {
  const status = opts.status ?? 'new';
  const row = await one(
    database()
      .insert(tickets)
      .values({
        publicToken: randomBytes(16).toString('base64url'),
        kind: 'repair',
        channel: 'phone',
        clientId,
        departmentId: opts.departmentId ?? dept.quiet,
        assigneeId: opts.assigneeId === undefined ? staff.busy : opts.assigneeId,
        title: opts.title ?? 'Repair',
        status,
        closedAt: status === 'closed' ? NOW : null,
        dueDate: opts.dueDate ?? null,
        createdAt: opts.createdAt ?? new Date(NOW.getTime() - 90 * DAY),
      })
      .returning(),
  );
  return row.id;
}

/** A status move written straight into the timeline, with what changeTicketStatus keeps on the ticket. */
async function moved(ticketId: number, to: Status, at: Date, from: Status = 'in_progress') {
  await database().insert(ticketEvents).values({ ticketId, kind: 'status_changed', fromValue: from, toValue: to, createdAt: at });
  if (to === 'ready') {
    // The earliest move to ready, compared here: SQLite's two-argument min() is least() on PostgreSQL.
    const kept = (await first(database().select({ at: tickets.firstReadyAt }).from(tickets).where(eq(tickets.id, ticketId)).limit(1)))?.at;
    if (!kept || at < kept) await database().update(tickets).set({ firstReadyAt: at }).where(eq(tickets.id, ticketId));
  }
}

beforeAll(async () => {
  const db = database();
  clientId = (await makeClient(db)).id;
  dept.a = (await makeDepartment(db, 'Alpha repairs')).id;
  dept.b = (await makeDepartment(db, 'Beta repairs')).id;
  dept.c = (await makeDepartment(db, 'Gamma repairs')).id;
  dept.quiet = (await makeDepartment(db, 'Front desk')).id;
  for (const key of Object.keys(staff) as (keyof typeof staff)[]) {
    staff[key] = (await makeEmployee(db, { departmentId: dept.quiet })).id;
  }
  await db.update(employees).set({ fullName: 'Zoe Busy' }).where(eq(employees.id, staff.busy));
  await db.update(employees).set({ fullName: 'Mia Me' }).where(eq(employees.id, staff.me));
  await db.update(employees).set({ fullName: 'Ida Idle' }).where(eq(employees.id, staff.idle));
  await db.update(employees).set({ fullName: 'Gil Gone', active: false }).where(eq(employees.id, staff.gone));
  await db.update(employees).set({ fullName: 'Gus Gone', active: false }).where(eq(employees.id, staff.goneIdle));
});

describe('the figures of the moment', () => {
  let ids: Record<string, number>;

  beforeAll(async () => {
    ids = {
      // busy: 3 open (one overdue by the local date only), 1 closed, 1 cancelled
      busyNew: await ticket({ status: 'new', dueDate: '2026-03-15', title: 'Due yesterday in Moscow, today in UTC' }),
      busyDiag: await ticket({ status: 'diagnostics', dueDate: '2026-03-16', title: 'Due today' }),
      busyReady: await ticket({ status: 'ready', dueDate: '2026-03-01', title: 'Long overdue' }),
      busyClosed: await ticket({ status: 'closed', dueDate: '2026-01-01' }),
      busyCancelled: await ticket({ status: 'cancelled', dueDate: '2026-01-01' }),
      // me: 2 open, waiting
      meParts: await ticket({ status: 'awaiting_parts', assigneeId: staff.me, createdAt: msk('2026-03-01T10:00:00') }),
      meApproval: await ticket({ status: 'awaiting_approval', assigneeId: staff.me, createdAt: msk('2026-03-14T10:00:00') }),
      // a deactivated employee still holding an open ticket
      goneOpen: await ticket({ status: 'in_progress', assigneeId: staff.gone, dueDate: '2026-03-20' }),
      goneClosed: await ticket({ status: 'closed', assigneeId: staff.goneIdle }),
      // unassigned: 2 open, 1 closed
      freeNew: await ticket({ status: 'new', assigneeId: null, dueDate: '2026-03-10' }),
      freeParts: await ticket({ status: 'awaiting_parts', assigneeId: null }),
      freeClosed: await ticket({ status: 'closed', assigneeId: null }),
    };
    // meParts went to parts, back to work, then to parts again on 10 March: it waits since then.
    await moved(ids.meParts, 'awaiting_parts', msk('2026-03-02T09:00:00'));
    await moved(ids.meParts, 'in_progress', msk('2026-03-05T09:00:00'), 'awaiting_parts');
    await moved(ids.meParts, 'awaiting_parts', msk('2026-03-10T12:00:00'));
    // meApproval has no recorded move (e.g. imported): it waits since it was registered.
  });

  it('counts open tickets by status, leaving closed and cancelled out', async () => {
    expect(await countOpenByStatus()).toEqual({
      new: 2,
      diagnostics: 1,
      awaiting_approval: 1,
      in_progress: 1,
      awaiting_parts: 2,
      ready: 1,
    });
  });

  it('counts open tickets nobody is responsible for', async () => {
    expect(await countUnassignedOpen()).toBe(2);
  });

  it('calls a ticket overdue by the local date: due 15 March is late at 00:30 on the 16th in Moscow, due the 16th is not', async () => {
    const today = '2026-03-16';
    const { count, rows } = await overdueTickets(today, 10);
    expect(count).toBe(3);
    expect(rows.map((r) => r.id)).toEqual([ids.busyReady, ids.freeNew, ids.busyNew]);
    expect(rows[0]).toMatchObject({ dueDate: '2026-03-01', status: 'ready', assigneeId: staff.busy, assigneeName: 'Zoe Busy' });
    expect(rows[1]).toMatchObject({ assigneeId: null, assigneeName: null });
    // By the UTC date (still 15 March) the ticket due on the 15th would not be late yet.
    expect((await overdueTickets('2026-03-15', 10)).rows.map((r) => r.id)).not.toContain(ids.busyNew);
    expect(await overdueTickets(today, 2)).toMatchObject({ count: 3, rows: [{ id: ids.busyReady }, { id: ids.freeNew }] });
  });

  it('the figures for the page take "today" from the time zone, not from UTC', async () => {
    const figures = await currentFigures(lastDays(NOW, 1, ZONE).days[0]);
    expect(figures.overdue.count).toBe(3);
  });

  it('lists open tickets per employee, most first; idle active staff show 0, deactivated staff only while they hold open tickets', async () => {
    const rows = (await openTicketsPerEmployee()).map((r) => [r.fullName, r.count, r.active]);
    expect(rows).toEqual([
      ['Zoe Busy', 3, true],
      ['Mia Me', 2, true],
      ['Gil Gone', 1, false],
      ['Ida Idle', 0, true],
    ]);
  });

  it('lists my tickets waiting for approval or parts, longest first, waiting since the last move into that status', async () => {
    const { rows, total } = await listWaitingForEmployee(staff.me, 10);
    expect(rows.map((r) => [r.id, r.status, r.since.toISOString()])).toEqual([
      [ids.meParts, 'awaiting_parts', msk('2026-03-10T12:00:00').toISOString()],
      [ids.meApproval, 'awaiting_approval', msk('2026-03-14T10:00:00').toISOString()],
    ]);
    expect(total).toBe(2);
    // Only the longest waits are read when there are more than shown; the total still counts all.
    expect(await listWaitingForEmployee(staff.me, 1)).toEqual({ rows: [rows[0]], total: 2 });
    expect(await listWaitingForEmployee(staff.busy, 10)).toEqual({ rows: [], total: 0 });
  });

  it('shows everyone the digest list as "my open tickets today", overdue first', async () => {
    const { mine, waiting } = await personalFigures(staff.busy, NOW);
    expect(mine.rows.map((r) => [r.id, r.overdue])).toEqual([
      [ids.busyReady, true],
      [ids.busyNew, true],
      [ids.busyDiag, false],
    ]);
    expect(mine).toMatchObject({ total: 3, overdue: 2 });
    expect(waiting).toEqual({ rows: [], total: 0 });
  });

  // SQLite's query plan: PostgreSQL's planner chooses by its statistics (db/dialect.ts, indexedBy).
  it.skipIf(onPostgres())('reads "my open tickets" in order from tickets_open_assignee_due_idx, never sorting them all', () => {
    for (const dated of [true, false]) {
      const { sql: text, params } = myOpenTicketsQuery(staff.busy, '2026-03-16', dated, 10).toSQL();
      const plan = (database().$client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
      expect(plan).toMatch(/tickets_open_assignee_due_idx/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('reads "my open tickets" dated first, then the undated ones, and counts past the rows shown', async () => {
    const firstTwo = await openTicketsOf(staff.busy, { now: NOW, limit: 2 });
    expect(firstTwo.rows.map((r) => r.id)).toEqual([ids.busyReady, ids.busyNew]);
    expect(firstTwo).toMatchObject({ total: 3, overdue: 2 });
    const undated = await ticket({ status: 'in_progress', assigneeId: staff.busy, dueDate: null });
    expect((await openTicketsOf(staff.busy, { now: NOW, limit: 10 })).rows.map((r) => r.id).at(-1)).toBe(undated);
    await database().delete(tickets).where(eq(tickets.id, undated));
  });
});

describe('the last 30 days', () => {
  const window = lastDays(NOW, 30, ZONE);
  const dayOf = (date: string) => window.days.indexOf(date);

  beforeAll(async () => {
    const d = dept.quiet;
    // Created: the local day decides, not the UTC one.
    await ticket({ departmentId: d, createdAt: msk('2026-02-14T23:59:59.999') }); // the day before the window
    await ticket({ departmentId: d, createdAt: msk('2026-02-15T00:00:00') }); // the window's first instant
    await ticket({ departmentId: d, createdAt: msk('2026-03-15T23:30:00') }); // 20:30 UTC on the 15th
    await ticket({ departmentId: d, createdAt: msk('2026-03-16T00:10:00') }); // still the 15th in UTC
    await ticket({ departmentId: d, createdAt: msk('2026-03-16T00:40:00') }); // after "now": not yet
    // Closed: moves into `closed`; a ticket closed twice counts on both days.
    const old = await ticket({ status: 'closed', departmentId: d });
    await moved(old, 'closed', msk('2026-03-15T23:30:00'), 'ready');
    await moved(old, 'in_progress', msk('2026-03-16T00:05:00'), 'closed');
    await moved(old, 'closed', msk('2026-03-16T00:20:00'), 'ready');
    await moved(old, 'closed', msk('2026-02-14T22:00:00'), 'ready'); // before the window
    await moved(old, 'cancelled', msk('2026-03-01T12:00:00'), 'new'); // not a close
  });

  it('spans today and the 29 days before it, in the company time zone', () => {
    expect(window.days).toHaveLength(30);
    expect(window.days[0]).toBe('2026-02-15');
    expect(window.days[29]).toBe('2026-03-16');
    expect(window.start.toISOString()).toBe('2026-02-14T21:00:00.000Z');
    expect(window.end.toISOString()).toBe('2026-03-16T21:00:00.000Z');
  });

  it('counts tickets created per local day: 23:30 counts for that day, 00:10 for the next', async () => {
    const { created } = await createdAndClosedPerDay(window.bounds);
    expect(created).toHaveLength(30);
    const expected = window.days.map(() => 0);
    expected[dayOf('2026-02-15')] = 1;
    expected[dayOf('2026-03-01')] = 1; // meParts, registered above
    expected[dayOf('2026-03-14')] = 1; // meApproval
    expected[dayOf('2026-03-15')] = 1;
    expected[dayOf('2026-03-16')] = 2; // 00:10 and 00:40 (the window runs to the end of today)
    expect(created).toEqual(expected);
  });

  it('counts moves into closed per local day', async () => {
    const { closed } = await createdAndClosedPerDay(window.bounds);
    const expected = window.days.map(() => 0);
    expected[dayOf('2026-03-15')] = 1;
    expected[dayOf('2026-03-16')] = 1;
    expect(closed).toEqual(expected);
  });

  it('takes, per department, the median time from registration to the first move to ready in the window', async () => {
    const base = msk('2026-03-01T09:00:00').getTime();
    const readyAfter = async (departmentId: number, ...hours: number[]) => {
      const id = await ticket({ status: 'ready', departmentId, createdAt: new Date(base) });
      for (const [i, h] of hours.entries()) await moved(id, i % 2 === 0 ? 'ready' : 'in_progress', new Date(base + h * HOUR));
      return id;
    };
    // Alpha: 2 h, 4 h, 10 h → 4 h.
    await readyAfter(dept.a, 2);
    await readyAfter(dept.a, 4);
    await readyAfter(dept.a, 10);
    // Beta: 1 h, 3 h, and one ready after 5 h, reopened, ready again after 50 h (its first time counts) → 3 h.
    await readyAfter(dept.b, 1);
    await readyAfter(dept.b, 3);
    await readyAfter(dept.b, 5, 20, 50);
    // Beta again: first ready 40 days before now (outside the window), ready again inside it: not counted.
    const early = await ticket({ status: 'ready', departmentId: dept.b, createdAt: new Date(NOW.getTime() - 45 * DAY) });
    await moved(early, 'ready', new Date(NOW.getTime() - 40 * DAY));
    await moved(early, 'in_progress', new Date(NOW.getTime() - 39 * DAY), 'ready');
    await moved(early, 'ready', new Date(NOW.getTime() - 2 * DAY));
    // Gamma: an even count, 1 h and 2 h → 1.5 h.
    await readyAfter(dept.c, 1);
    await readyAfter(dept.c, 2);
    // A move to ready after the window (a clock ahead) is not counted.
    const later = await ticket({ status: 'ready', departmentId: dept.c, createdAt: new Date(base) });
    await moved(later, 'ready', new Date(window.end.getTime() + HOUR));

    const rows = await medianIntakeToReady(window.start, window.end);
    expect(rows.map((r) => [r.name, r.medianMs / HOUR, r.tickets])).toEqual([
      ['Alpha repairs', 4, 3],
      ['Beta repairs', 3, 3],
      ['Gamma repairs', 1.5, 2],
    ]);
  });

  it('counts from the first time a ticket became ready, through the real status changes, when it came back and was ready again', async () => {
    const q = (await makeDepartment(database(), 'Delta repairs')).id;
    const manager = await makeEmployee(database(), { departmentId: q, role: 'manager' });
    const actor = { id: manager.id, role: manager.role, fullName: manager.fullName };
    const created = new Date(NOW.getTime() - 10 * DAY);
    const id = await ticket({ departmentId: q, createdAt: created, assigneeId: manager.id });
    // A consultation: a repair would need its diagnosis, work and lines to close (issue 16), beside the point here.
    await database().update(tickets).set({ kind: 'consultation' }).where(eq(tickets.id, id));
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const at = async (hours: number, to: Status) => {
        vi.setSystemTime(created.getTime() + hours * HOUR);
        await changeTicketStatus(id, to, actor);
      };
      await at(2, 'in_progress');
      await at(7, 'ready');
      await at(9, 'closed');
      await at(30, 'in_progress'); // the client came back
      await at(50, 'ready');
    } finally {
      vi.useRealTimers();
    }
    expect((await first(database().select({ at: tickets.firstReadyAt }).from(tickets).where(eq(tickets.id, id)).limit(1)))?.at).toEqual(new Date(created.getTime() + 7 * HOUR));
    const delta = (await medianIntakeToReady(window.start, window.end)).find((r) => r.departmentId === q);
    expect(delta).toMatchObject({ medianMs: 7 * HOUR, tickets: 1 });
  });

  it('gathers the history for the page in one call', async () => {
    const h = await historyFigures(NOW, ZONE);
    expect(h.window.days).toEqual(window.days);
    expect(h.created.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(4);
    expect(h.readiness.map((r) => r.name)).toContain('Alpha repairs');
  });
});
