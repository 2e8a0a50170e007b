/**
 * payment_sums (migration 0014): the payments summed per UTC hour, day and month, kept by triggers
 * in the writer's own transaction. The cash report and the dashboard's money per day read it, and
 * must say to the kopeck what a plain GROUP BY of the payments says, in a zone whose days start
 * mid-hour (Asia/Kolkata, +05:30), after a deleted employee and after a refused command.
 */
import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { transaction } from '@/db';
import { rawAll, rawGet, rawRun } from '@/db/exec';
import { paymentSums } from '@/db/tables';
import { beforeAll, describe, expect, it } from 'vitest';
import { cashGroups, cashGroupsQuery } from '@/db/queries/cash-report';
import { paymentsPerDay } from '@/db/queries/dashboard-revenue';
import { insertPaymentRow } from '@/db/queries/payments';
import { planSums } from '@/db/queries/payment-sums';
import { lastDays } from '@/lib/dashboard/days';
import { PAYMENT_METHODS, type PaymentKind } from '@/lib/domain/enums';
import { deleteEmployee } from '@/lib/employees/commands';
import { refundPayment, takePayment } from '@/lib/payments/commands';
import { cashRangeInstants, summarizeCash } from '@/lib/payments/cash-report';
import { createTicket } from '@/lib/tickets/commands';
import { intakeOf, makeClient, makeDepartment, makeEmployee } from '../helpers/records';
import type { Staff } from '../helpers/session-mock';
import { onPostgres, setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();
const KOLKATA = 'Asia/Kolkata';
const HOUR = 3_600_000;
/** SQLite's own connection, for its query plans. */
const sqlite = () => database().$client;

let admin: Staff;
const desk: Staff[] = [];
let leaving: Staff;
let ticketIds: number[] = [];

/**
 * What the report summed before payment_sums: the payments of [start, end) themselves. The names
 * are quoted: PostgreSQL folds unquoted ones to lower case.
 */
function referenceGroups(start: number, end: number) {
  return rawAll(
    database(),
    sql`SELECT taken_by_id AS "takenById", max(taken_by_name) AS "takenByName", method, currency,
        coalesce(sum(CASE WHEN kind = 'refund' THEN 0 ELSE amount_minor END), 0) AS "receivedMinor",
        coalesce(sum(CASE WHEN kind = 'refund' THEN amount_minor ELSE 0 END), 0) AS "refundedMinor",
        count(*) AS count
      FROM payments WHERE created_at >= ${start} AND created_at < ${end}
      GROUP BY taken_by_id, CASE WHEN taken_by_id IS NULL THEN taken_by_name END, method, currency`,
  );
}

const sorted = <T>(rows: readonly T[]) => rows.map((r) => JSON.stringify(r)).sort();

/** payment_sums as a GROUP BY of payments says it must be, span by span. */
async function referenceSums() {
  const starts = {
    hour: 'created_at - created_at % 3600000',
    day: 'created_at - created_at % 86400000',
    // The first instant of the UTC month: each engine's own date functions.
    month: onPostgres()
      ? `(extract(epoch FROM date_trunc('month', to_timestamp(created_at / 1000), 'UTC')) * 1000)::bigint`
      : `CAST(strftime('%s', created_at / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000`,
  };
  const sums = await Promise.all(
    Object.entries(starts).map(([span, start]) =>
      rawAll(
        database(),
        sql.raw(
          `SELECT '${span}' AS span, ${start} AS start, coalesce(taken_by_id, 0) AS "takenById", taken_by_name AS "takenByName", method, kind, currency,
            count(*) AS count, sum(amount_minor) AS "amountMinor"
          FROM payments GROUP BY 2, 3, 4, 5, 6, 7`,
        ),
      ),
    ),
  );
  return sums.flat();
}

function storedSums() {
  const s = paymentSums;
  return database()
    .select({ span: s.span, start: s.start, takenById: s.takenById, takenByName: s.takenByName, method: s.method, kind: s.kind, currency: s.currency, count: s.count, amountMinor: s.amountMinor })
    .from(s);
}

/** A payment at a chosen instant, written as the app writes it (the triggers do the rest). */
async function payAt(at: number, kind: PaymentKind, by: Staff, amountMinor = randomInt(1, 5_000_000), currency = 'RUB') {
  const ticketId = ticketIds[randomInt(ticketIds.length)];
  return await insertPaymentRow(database(), {
    ticketId,
    kind,
    method: PAYMENT_METHODS[randomInt(3)],
    amountMinor,
    currency,
    reason: kind === 'refund' ? 'Goodwill' : null,
    takenById: by.id,
    takenByName: by.fullName,
    createdAt: new Date(at),
  });
}

const staffOf = (e: { id: number; fullName: string; email: string }, role: Staff['role'], departmentId: number): Staff => ({
  id: e.id,
  fullName: e.fullName,
  email: e.email,
  role,
  locale: 'en',
  departmentId,
});

beforeAll(async () => {
  const db = database();
  const departmentId = (await makeDepartment(db)).id;
  admin = staffOf(await makeEmployee(db, { departmentId, role: 'admin' }), 'admin', departmentId);
  for (let i = 0; i < 3; i++) desk.push(staffOf(await makeEmployee(db, { departmentId, role: 'manager' }), 'manager', departmentId));
  leaving = staffOf(await makeEmployee(db, { departmentId, role: 'manager' }), 'manager', departmentId);
  const clientId = (await makeClient(db)).id;
  // Through the commands: a prepayment at intake, a payment, a refund, each now.
  const first = await createTicket(
    intakeOf(clientId, departmentId, {
      prepaymentMinor: 1_500_00,
      prepaymentMethod: 'card',
    }),
    desk[0],
  );
  await takePayment(
    {
      ticketId: first.id,
      kind: 'payment',
      method: 'cash',
      amountMinor: 3_000_00,
    },
    desk[1],
  );
  await refundPayment(
    {
      ticketId: first.id,
      method: 'transfer',
      amountMinor: 250_50,
      reason: 'Part not needed',
    },
    admin,
  );
  await takePayment({ ticketId: first.id, kind: 'payment', method: 'card', amountMinor: 99_99 }, leaving);
  ticketIds = [first.id, (await createTicket(intakeOf(clientId, departmentId), admin)).id];

  // Then a few hundred over three months around the turn of a year, at any minute, by everyone.
  const from = Date.parse('2025-11-20T00:00:00Z');
  const span = Date.parse('2026-02-10T00:00:00Z') - from;
  const people = [...desk, leaving, admin];
  for (let i = 0; i < 600; i++) {
    const kind = (['prepayment', 'payment', 'payment', 'refund'] as const)[randomInt(4)];
    await payAt(from + randomInt(span), kind, kind === 'refund' ? admin : people[randomInt(people.length)], undefined, i % 40 === 0 ? 'USD' : 'RUB');
  }
  // Payments right on the edges of Kolkata's days and of UTC hours.
  for (const at of [
    '2025-12-31T18:29:59.999Z',
    '2025-12-31T18:30:00.000Z',
    '2026-01-01T00:00:00.000Z',
    '2025-12-31T23:59:59.999Z',
    '2026-01-15T18:30:00.000Z',
  ]) {
    await payAt(Date.parse(at), 'payment', desk[2]);
  }
  // The employee leaves: their payments keep their name, and no employee any more.
  await deleteEmployee(leaving.id, admin);
});

describe('payment_sums', () => {
  it('equals a GROUP BY of the payments per hour, day and month, the deleted employee’s under their name', async () => {
    expect(sorted(await storedSums())).toEqual(sorted(await referenceSums()));
    const rows = await storedSums();
    expect(rows.some((r) => r.takenById === leaving.id)).toBe(false);
    expect(rows.some((r) => r.takenById === 0 && r.takenByName === leaving.fullName)).toBe(true);
  });

  it('follows a payment deleted or edited by hand (a test, an admin at the prompt)', async () => {
    const payment = await payAt(Date.parse('2026-01-20T10:15:00Z'), 'payment', desk[0], 12_345);
    await rawRun(database(), sql`UPDATE payments SET amount_minor = ${54_321}, created_at = ${Date.parse('2026-02-01T00:00:00Z')} WHERE id = ${payment.id}`);
    expect(sorted(await storedSums())).toEqual(sorted(await referenceSums()));
    await rawRun(database(), sql`DELETE FROM payments WHERE id = ${payment.id}`);
    expect(sorted(await storedSums())).toEqual(sorted(await referenceSums()));
  });

  it('is untouched by a refused refund and by a transaction that fails after the insert', async () => {
    const before = sorted(await storedSums());
    await expect(refundPayment({ ticketId: ticketIds[1], method: 'cash', amountMinor: 1_00, reason: 'Too much' }, admin)).rejects.toThrow();
    await expect(
      transaction(async (tx) => {
        await insertPaymentRow(tx, {
          ticketId: ticketIds[0],
          kind: 'payment',
          method: 'cash',
          amountMinor: 777,
          currency: 'RUB',
          takenById: admin.id,
          takenByName: admin.fullName,
        });
        throw new Error('something after the payment failed');
      }),
    ).rejects.toThrow('something after the payment failed');
    expect(sorted(await storedSums())).toEqual(before);
  });
});

describe('the cash report over payment_sums', () => {
  it('gives exactly the old sums for Kolkata days, whose edges fall mid-hour', async () => {
    for (const [from, to] of [
      ['2026-01-01', '2026-01-01'],
      ['2025-12-01', '2025-12-31'],
      ['2025-11-20', '2026-02-09'],
      ['2025-12-15', '2026-01-15'],
    ] as const) {
      const { start, end } = cashRangeInstants({ from, to }, KOLKATA);
      expect(start.getTime() % HOUR).toBe(HOUR / 2);
      const groups = await cashGroups(start, end);
      expect(sorted(groups)).toEqual(sorted(await referenceGroups(start.getTime(), end.getTime())));
      expect(groups.length).toBeGreaterThan(0);
      // Totals that add up to the kopeck, as the page shows them.
      const [rub] = summarizeCash(groups).filter((r) => r.currency === 'RUB');
      const net = (await rawGet<{ n: number }>(
        database(),
        sql`SELECT sum(CASE WHEN kind = 'refund' THEN -amount_minor ELSE amount_minor END) AS n FROM payments WHERE currency = 'RUB' AND created_at >= ${start.getTime()} AND created_at < ${end.getTime()}`,
      ))!.n;
      expect(rub.netMinor).toBe(net);
      expect(rub.employees.reduce((s, e) => s + e.netMinor, 0)).toBe(net);
    }
  });

  it('gives exactly the old sums for any instants, a minute to three months apart', async () => {
    const from = Date.parse('2025-11-15T00:00:00Z');
    for (let i = 0; i < 150; i++) {
      const start = from + randomInt(90 * 86_400_000);
      const end = start + [randomInt(60_000, 2 * HOUR), randomInt(HOUR, 3 * 86_400_000), randomInt(86_400_000, 90 * 86_400_000)][i % 3];
      expect(sorted(await cashGroups(new Date(start), new Date(end)))).toEqual(sorted(await referenceGroups(start, end)));
    }
  });

  it('reads a month as a month’s rows plus a few hours', () => {
    const { start, end } = cashRangeInstants({ from: '2025-12-01', to: '2025-12-31' }, KOLKATA);
    const plan = planSums(start.getTime(), end.getTime());
    expect(plan.pieces.filter((p) => p.span === 'month')).toHaveLength(1);
    expect(plan.pieces.filter((p) => p.span === 'day')).toHaveLength(0);
  });

  // SQLite's query plan: PostgreSQL's planner chooses by its statistics (db/dialect.ts, indexedBy).
  it.skipIf(onPostgres())('reads them by the key of payment_sums, never a scan', () => {
    const { start, end } = cashRangeInstants({ from: '2025-12-01', to: '2025-12-31' }, KOLKATA);
    const { sql, params } = cashGroupsQuery(start, end).toSQL();
    const detail = (
      sqlite()
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...params) as { detail: string }[]
    )
      .map((r) => r.detail)
      .join('\n');
    expect(detail).toMatch(/SEARCH s USING PRIMARY KEY \(span=\? AND start>\? AND start<\?\)/);
    expect(detail).toMatch(/SEARCH payments USING INDEX payments_created_idx \(created_at>\? AND created_at<\?\)/);
    expect(detail).not.toMatch(/SCAN (s|payments|payment_sums)\b/);
  });

  it('feeds the dashboard’s money per Kolkata day with the same sums as the payments themselves', async () => {
    const window = lastDays(new Date('2026-01-10T12:00:00Z'), 30, KOLKATA);
    const reference: { day: number; currency: string; netMinor: number }[] = [];
    for (const [day, a] of window.bounds.slice(0, -1).entries()) {
      const rows = await rawAll<{ currency: string; netMinor: number }>(
        database(),
        sql`SELECT currency, sum(CASE kind WHEN 'refund' THEN -amount_minor ELSE amount_minor END) AS "netMinor" FROM payments WHERE created_at >= ${a} AND created_at < ${window.bounds[day + 1]} GROUP BY currency ORDER BY currency`,
      );
      reference.push(...rows.map((r) => ({ day, ...r })));
    }
    expect(reference.length).toBeGreaterThan(20);
    expect(await paymentsPerDay(window.bounds)).toEqual(reference);
  });
});

describe('planSums', () => {
  it('covers [start, end) exactly: every instant once, whatever the signs', () => {
    for (let i = 0; i < 300; i++) {
      const start = Date.parse('2024-01-01T00:00:00Z') + randomInt(700 * 86_400_000);
      const end = start + randomInt(1, 400 * 86_400_000);
      const plan = planSums(start, end);
      // Probe instants: each must be counted once inside and zero times outside.
      for (const t of [start - 1, start, end - 1, end, start + randomInt(end - start)]) {
        const hour = t - (t % HOUR);
        const day = t - (t % 86_400_000);
        const d = new Date(t);
        const month = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
        const at = { hour, day, month };
        let n = 0;
        for (const p of plan.pieces) if (at[p.span] >= p.from && at[p.span] < p.to) n += p.sign;
        for (const [a, b] of plan.edges) if (t >= a && t < b) n += 1;
        expect(n).toBe(t >= start && t < end ? 1 : 0);
      }
      expect(plan.pieces.length).toBeLessThanOrEqual(5);
    }
  });
});
