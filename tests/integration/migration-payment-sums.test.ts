/**
 * Migration 0014 on a database that already has payments: payment_sums is filled from them, per
 * UTC hour, day and month, exactly as a GROUP BY says (an employee deleted before the migration
 * under their name), and from then on the triggers keep it so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db';
import { migrationsBefore } from '../helpers/migrations-before';

const dir = mkdtempSync(path.join(tmpdir(), 'crm-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Sum = {
  span: string;
  start: number;
  by: number;
  name: string;
  method: string;
  kind: string;
  count: number;
  amount: number;
};

describe('migration 0014_payment_sums', () => {
  it('fills payment_sums from the payments already taken, and the triggers take over', () => {
    const db = openDatabase(path.join(dir, 'old.db'));
    migrate(db, { migrationsFolder: migrationsBefore(dir, 14) });
    const sqlite = db.$client;
    sqlite.exec(`INSERT INTO departments (id, name, name_key, created_at, updated_at) VALUES (1, 'Repairs', 'repairs', 0, 0)`);
    sqlite.exec(`INSERT INTO clients (id, name, phone, created_at, updated_at) VALUES (1, 'Client', '+79120000000', 0, 0)`);
    sqlite.exec(
      `INSERT INTO employees (id, full_name, email, department_id, role, password_hash, created_at, updated_at) VALUES (7, 'Anna Desk', 'anna@test.local', 1, 'manager', 'x', 0, 0)`,
    );
    sqlite.exec(
      `INSERT INTO tickets (id, public_token, kind, channel, client_id, department_id, title, created_at, updated_at) VALUES (1, 'token-1', 'repair', 'walk_in', 1, 1, 'Repair', 0, 0)`,
    );
    const pay = sqlite.prepare(
      `INSERT INTO payments (ticket_id, kind, method, amount_minor, currency, reason, taken_by_id, taken_by_name, created_at) VALUES (1, ?, ?, ?, 'RUB', ?, ?, ?, ?)`,
    );
    const at = (iso: string) => Date.parse(iso);
    pay.run('prepayment', 'cash', 1_000_00, null, 7, 'Anna Desk', at('2026-01-31T23:10:00Z'));
    pay.run('payment', 'cash', 2_000_01, null, 7, 'Anna Desk', at('2026-01-31T23:50:00Z')); // same hour, same key: one row of 2
    pay.run('payment', 'card', 500_00, null, 7, 'Anna Desk', at('2026-02-01T00:00:00Z')); // the next hour, day and month
    pay.run('refund', 'cash', 300_00, 'Goodwill', null, 'Left Long Ago', at('2026-02-01T09:30:00Z')); // taker deleted before
    pay.run('payment', 'transfer', 99_99, null, 7, 'Anna Desk', at('2026-02-14T18:45:00Z'));

    migrate(db, {
      migrationsFolder: path.join(process.cwd(), 'db', 'migrations'),
    });

    const sums = () =>
      sqlite
        .prepare(
          `SELECT span, start, taken_by_id AS by, taken_by_name AS name, method, kind, count, amount_minor AS amount FROM payment_sums ORDER BY span, start, by, method, kind`,
        )
        .all() as Sum[];
    const rows = sums();
    expect(rows.filter((r) => r.span === 'month')).toEqual([
      {
        span: 'month',
        start: at('2026-01-01T00:00:00Z'),
        by: 7,
        name: 'Anna Desk',
        method: 'cash',
        kind: 'payment',
        count: 1,
        amount: 2_000_01,
      },
      {
        span: 'month',
        start: at('2026-01-01T00:00:00Z'),
        by: 7,
        name: 'Anna Desk',
        method: 'cash',
        kind: 'prepayment',
        count: 1,
        amount: 1_000_00,
      },
      {
        span: 'month',
        start: at('2026-02-01T00:00:00Z'),
        by: 0,
        name: 'Left Long Ago',
        method: 'cash',
        kind: 'refund',
        count: 1,
        amount: 300_00,
      },
      {
        span: 'month',
        start: at('2026-02-01T00:00:00Z'),
        by: 7,
        name: 'Anna Desk',
        method: 'card',
        kind: 'payment',
        count: 1,
        amount: 500_00,
      },
      {
        span: 'month',
        start: at('2026-02-01T00:00:00Z'),
        by: 7,
        name: 'Anna Desk',
        method: 'transfer',
        kind: 'payment',
        count: 1,
        amount: 99_99,
      },
    ]);
    expect(rows.filter((r) => r.span === 'hour').map((r) => [new Date(r.start).toISOString(), r.kind, r.count, r.amount])).toEqual([
      ['2026-01-31T23:00:00.000Z', 'payment', 1, 2_000_01],
      ['2026-01-31T23:00:00.000Z', 'prepayment', 1, 1_000_00],
      ['2026-02-01T00:00:00.000Z', 'payment', 1, 500_00],
      ['2026-02-01T09:00:00.000Z', 'refund', 1, 300_00],
      ['2026-02-14T18:00:00.000Z', 'payment', 1, 99_99],
    ]);
    expect(rows.filter((r) => r.span === 'day').map((r) => [new Date(r.start).toISOString().slice(0, 10), r.method, r.kind])).toEqual([
      ['2026-01-31', 'cash', 'payment'],
      ['2026-01-31', 'cash', 'prepayment'],
      ['2026-02-01', 'cash', 'refund'],
      ['2026-02-01', 'card', 'payment'],
      ['2026-02-14', 'transfer', 'payment'],
    ]);

    // After the migration a new payment adds to its rows, in the insert's own statement.
    pay.run('payment', 'cash', 1, null, 7, 'Anna Desk', at('2026-01-31T23:59:59.999Z'));
    const hour = sums().find((r) => r.span === 'hour' && r.start === at('2026-01-31T23:00:00Z') && r.kind === 'payment')!;
    expect(hour).toMatchObject({ count: 2, amount: 2_000_02 });
    const month = sums().find((r) => r.span === 'month' && r.start === at('2026-01-01T00:00:00Z') && r.kind === 'payment')!;
    expect(month).toMatchObject({ count: 2, amount: 2_000_02 });
    sqlite.close();
  });
});
