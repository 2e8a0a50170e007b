/**
 * Migration 0010 on a database that already has a timeline: each event keeps the name of the
 * employee who made it, so deleting that employee later no longer turns it into "system".
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

describe('migration 0010_event_actor_names', () => {
  it("writes each existing event's actor name from the employees table; events nobody made stay without one", () => {
    const db = openDatabase(path.join(dir, 'old.db'));
    migrate(db, { migrationsFolder: migrationsBefore(dir, 10) });
    const sqlite = db.$client;
    sqlite.exec(`INSERT INTO departments (id, name, name_key, created_at, updated_at) VALUES (1, 'Repairs', 'repairs', 0, 0)`);
    const employee = sqlite.prepare(
      `INSERT INTO employees (id, full_name, email, department_id, role, password_hash, created_at, updated_at)
       VALUES (?, ?, ?, 1, 'technician', 'x', 0, 0)`,
    );
    employee.run(7, 'Ivan Petrov', 'ivan@test.local');
    employee.run(9, 'Olga Sidorova', 'olga@test.local');
    sqlite.exec(`INSERT INTO clients (id, name, phone, created_at, updated_at) VALUES (1, 'Client', '+79120000000', 0, 0)`);
    sqlite.exec(
      `INSERT INTO tickets (id, public_token, kind, channel, client_id, department_id, title, created_at, updated_at)
       VALUES (1, 'token-1', 'repair', 'phone', 1, 1, 'Repair', 1000, 1000)`,
    );
    const event = sqlite.prepare(`INSERT INTO ticket_events (ticket_id, kind, actor_id, created_at) VALUES (1, ?, ?, ?)`);
    event.run('created', null, 1000); // the system
    event.run('status_changed', 7, 2000);
    event.run('comment', 9, 3000);
    event.run('comment', 7, 4000);

    migrate(db, { migrationsFolder: path.join(process.cwd(), 'db', 'migrations') });

    expect(sqlite.prepare('SELECT actor_id AS actorId, actor_name AS actorName FROM ticket_events ORDER BY created_at').all()).toEqual([
      { actorId: null, actorName: null },
      { actorId: 7, actorName: 'Ivan Petrov' },
      { actorId: 9, actorName: 'Olga Sidorova' },
      { actorId: 7, actorName: 'Ivan Petrov' },
    ]);
    // The name outlives the employee: deleting Olga nulls her id, her name stays on the event.
    sqlite.exec('DELETE FROM employees WHERE id = 9');
    expect(sqlite.prepare(`SELECT actor_id AS actorId, actor_name AS actorName FROM ticket_events WHERE created_at = 3000`).get()).toEqual({
      actorId: null,
      actorName: 'Olga Sidorova',
    });
    const indexes = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'index'`).all() as { name: string }[]).map((r) => r.name);
    expect(indexes).not.toContain('tickets_status_assignee_idx');
    sqlite.close();
  });
});
