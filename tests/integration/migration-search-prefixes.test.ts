/**
 * Migration 0018 on a database that already has tickets: the search index is made again with
 * prefix indexes for word starts of 2 to 6 letters, holds every ticket it held before, and the
 * triggers keep the new index as they kept the old one.
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

describe('migration 0018_ticket_search_prefixes', () => {
  it('rebuilds the search index with prefixes of 2 to 6 letters, every ticket still found, the triggers still at work', () => {
    const db = openDatabase(path.join(dir, 'old.db'));
    migrate(db, { migrationsFolder: migrationsBefore(dir, 18) });
    const sqlite = db.$client;
    const definition = () => sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'ticket_search'`).pluck().get() as string;
    expect(definition()).toContain(`prefix = '2'`);
    sqlite.exec(`INSERT INTO departments (id, name, name_key, created_at, updated_at) VALUES (1, 'Ремонт', 'ремонт', 0, 0)`);
    sqlite.exec(`INSERT INTO clients (id, name, phone, created_at, updated_at) VALUES (1, 'Смирнова Ольга', '+79120000000', 0, 0)`);
    const ticket = sqlite.prepare(
      `INSERT INTO tickets (id, public_token, kind, channel, client_id, department_id, title, created_at, updated_at) VALUES (?, ?, 'repair', 'walk_in', 1, 1, ?, 0, 0)`,
    );
    ticket.run(1, 'token-1', 'Ноутбук не включается');
    ticket.run(2, 'token-2', 'Замена экрана Samsung');
    const found = (match: string) => sqlite.prepare('SELECT rowid FROM ticket_search WHERE ticket_search MATCH ? ORDER BY rowid').pluck().all(match);

    migrate(db, { migrationsFolder: path.join(process.cwd(), 'db', 'migrations') });
    expect(definition()).toContain(`prefix = '2 3 4 5 6'`);
    expect(found('"ноут"*')).toEqual([1]);
    expect(found('"samsu"*')).toEqual([2]);
    expect(found('client : "смирн"*')).toEqual([1, 2]);
    expect(found('number : "sc2"')).toEqual([2]);

    // The triggers of 0003 write to the new table: a new ticket, an edited title, a renamed client.
    ticket.run(3, 'token-3', 'Ноутбук гудит');
    sqlite.exec(`UPDATE tickets SET title = 'Замена экрана iPhone' WHERE id = 2`);
    sqlite.exec(`UPDATE clients SET name = 'Петрова Ольга' WHERE id = 1`);
    expect(found('"ноутб"*')).toEqual([1, 3]);
    expect(found('"samsu"*')).toEqual([]);
    expect(found('"iphon"*')).toEqual([2]);
    expect(found('client : "смирн"*')).toEqual([]);
    expect(found('client : "петро"*')).toEqual([1, 2, 3]);
    sqlite.close();
  });
});
