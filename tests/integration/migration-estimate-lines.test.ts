/**
 * Migration 0011 on a database that already has tickets: each estimate typed by hand becomes one
 * work line of that amount, named in the client's language, the total stays, and the tables it
 * rebuilds (events, notifications, audit) keep every row, with the search index still in step.
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

describe('migration 0011_estimates', () => {
  it('turns each estimate into one line and keeps events, mail, audit and search', () => {
    const db = openDatabase(path.join(dir, 'old.db'));
    migrate(db, { migrationsFolder: migrationsBefore(dir, 11) });
    const sqlite = db.$client;
    sqlite.exec(`INSERT INTO departments (id, name, name_key, created_at, updated_at) VALUES (1, 'Repairs', 'repairs', 0, 0)`);
    sqlite.exec(`INSERT INTO clients (id, name, phone, locale, created_at, updated_at) VALUES (1, 'Иван', '+79120000000', 'ru', 0, 0), (2, 'John', '+79120000001', 'en', 0, 0)`);
    const ticket = sqlite.prepare(
      `INSERT INTO tickets (id, public_token, kind, channel, client_id, department_id, title, estimate_minor, created_at, updated_at)
       VALUES (?, ?, 'repair', 'phone', ?, 1, ?, ?, 1000, 2000)`,
    );
    ticket.run(1, 'token-1', 1, 'Ноутбук', 450_000);
    ticket.run(2, 'token-2', 2, 'Laptop', 99_900);
    ticket.run(3, 'token-3', 1, 'Телефон', null);
    sqlite.exec(`INSERT INTO ticket_events (ticket_id, kind, to_value, created_at) VALUES (1, 'created', 'new', 1000), (2, 'created', 'new', 1000)`);
    sqlite.exec(`INSERT INTO audit_log (entity_type, entity_id, action, created_at) VALUES ('ticket', 1, 'create', 1000)`);

    migrate(db, { migrationsFolder: path.join(process.cwd(), 'db', 'migrations') });

    expect(sqlite.prepare('SELECT ticket_id, kind, name, quantity, unit_price_minor AS price FROM ticket_lines ORDER BY ticket_id').all()).toEqual([
      { ticket_id: 1, kind: 'work', name: 'Ремонт (оценка до построчной сметы)', quantity: 1, price: 450_000 },
      { ticket_id: 2, kind: 'work', name: 'Repair (estimate before itemized lines)', quantity: 1, price: 99_900 },
    ]);
    expect(sqlite.prepare('SELECT id, estimate_minor AS total, discount_minor AS discount, outcome FROM tickets ORDER BY id').all()).toEqual([
      { id: 1, total: 450_000, discount: 0, outcome: null },
      { id: 2, total: 99_900, discount: 0, outcome: null },
      { id: 3, total: null, discount: 0, outcome: null },
    ]);
    expect(sqlite.prepare('SELECT count(*) AS n FROM ticket_events').get()).toEqual({ n: 2 });
    expect(sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    // The tickets table was altered in place, so its search triggers still index new tickets.
    ticket.run(4, 'token-4', 1, 'Планшет Самсунг', null);
    expect(sqlite.prepare(`SELECT rowid FROM ticket_search WHERE ticket_search MATCH 'самсунг'`).all()).toEqual([{ rowid: 4 }]);
    expect(() => sqlite.exec(`UPDATE tickets SET discount_minor = -1 WHERE id = 1`)).toThrow(/CHECK/);
    expect(() => sqlite.exec(`UPDATE tickets SET outcome = 'lost' WHERE id = 1`)).toThrow(/CHECK/);
    sqlite.close();
  });
});
