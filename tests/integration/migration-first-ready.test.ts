/**
 * Migration 0007 on a database that already has tickets: each ticket gets the time of its first
 * move to ready from its timeline, as the app would have recorded it.
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

describe('migration 0007_first_ready_at', () => {
  it('fills first_ready_at from the timeline of existing tickets', () => {
    const db = openDatabase(path.join(dir, 'old.db'));
    migrate(db, { migrationsFolder: migrationsBefore(dir, 7) });
    const sqlite = db.$client;
    sqlite.exec(`INSERT INTO departments (id, name, name_key, created_at, updated_at) VALUES (1, 'Repairs', 'repairs', 0, 0)`);
    sqlite.exec(`INSERT INTO clients (id, name, phone, created_at, updated_at) VALUES (1, 'Client', '+79120000000', 0, 0)`);
    const ticket = sqlite.prepare(
      `INSERT INTO tickets (id, public_token, kind, channel, client_id, department_id, title, status, created_at, updated_at)
       VALUES (?, ?, 'repair', 'phone', 1, 1, 'Repair', ?, 1000, 1000)`,
    );
    const move = sqlite.prepare(`INSERT INTO ticket_events (ticket_id, kind, from_value, to_value, created_at) VALUES (?, 'status_changed', ?, ?, ?)`);
    ticket.run(1, 'token-1', 'ready'); // ready, back to work, ready again: the first time counts
    move.run(1, 'in_progress', 'ready', 5000);
    move.run(1, 'ready', 'in_progress', 6000);
    move.run(1, 'in_progress', 'ready', 9000);
    ticket.run(2, 'token-2', 'in_progress'); // never ready
    move.run(2, 'new', 'in_progress', 2000);
    ticket.run(3, 'token-3', 'ready');
    move.run(3, 'in_progress', 'ready', 7000);

    migrate(db, { migrationsFolder: path.join(process.cwd(), 'db', 'migrations') });

    expect(sqlite.prepare('SELECT id, first_ready_at AS at FROM tickets ORDER BY id').all()).toEqual([
      { id: 1, at: 5000 },
      { id: 2, at: null },
      { id: 3, at: 7000 },
    ]);
    const indexes = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'index'`).all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toContain('tickets_first_ready_idx');
    expect(indexes).not.toContain('ticket_events_ready_idx');
    sqlite.close();
  });
});
