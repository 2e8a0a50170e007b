import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { getTableName } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, runMigrations } from '@/db/connection';
import { tablesInCopyOrder } from '@/db/pg/copy';
import { seedDatabase } from '@/db/seed';
import { copyDatabase } from '../../scripts/db-copy';
import { createDatabase } from './database';

const dir = mkdtempSync(path.join(tmpdir(), 'crm-copy-'));
const source = path.join(dir, 'source.db');
let target: string;
let client: pg.Client;
let copied: Awaited<ReturnType<typeof copyDatabase>>;
const steps: { step: string; seconds: number }[] = [];
let deletedTicket: number;

const TRICKY_TEXT = 'line one\nline two\r\n\ttabbed, a backslash \\ and the letters \\N, an empty "" and \\\\ two';

/** Rows the demo data leaves out, so every column type crosses over at least once. */
function addRowsTheDemoLacks(sqlite: Database.Database) {
  const ticket = sqlite.prepare('SELECT id, created_at AS at FROM tickets ORDER BY id LIMIT 1').get() as { id: number; at: number };
  sqlite.prepare(
    `INSERT INTO attachments (ticket_id, original_name, mime, size, sha256, storage_name, visible_to_client, created_at)
     VALUES (?, 'фото.jpg', 'image/jpeg', 1234, ?, ?, 1, ?)`,
  ).run(ticket.id, 'a'.repeat(64), `${'a'.repeat(64)}.jpg`, ticket.at);
  sqlite.prepare(
    `INSERT INTO audit_log (actor_name, entity_type, entity_id, action, changes, created_at) VALUES ('Админ', 'ticket', ?, 'update', ?, ?)`,
  ).run(ticket.id, JSON.stringify({ title: { from: 'Старое', to: 'Новое "в кавычках"' } }), ticket.at);
  sqlite.prepare(
    `INSERT INTO notifications (kind, recipient_type, recipient_address, locale, ticket_id, subject, html, text, payload, dedupe_key, next_attempt_at, created_at, updated_at)
     VALUES ('status_changed', 'client', 'client@example.test', 'ru', ?, 'Тема', '', '', ?, 'copy-test', ?, ?, ?)`,
  ).run(ticket.id, JSON.stringify({ status: 'ready', amounts: [1, 2.5, null] }), ticket.at, ticket.at, ticket.at);
  sqlite.prepare(`INSERT INTO throttles (key, failures, window_started_at, locked_until) VALUES ('sign-in:x', 3, ?, NULL)`).run(ticket.at);
  // What COPY's text format must escape: tabs and line breaks separate fields and rows, a backslash escapes, \N is NULL.
  sqlite.prepare(`INSERT INTO ticket_events (ticket_id, kind, actor_name, body, is_public, created_at) VALUES (?, 'comment', ?, ?, 1, ?)`).run(
    ticket.id,
    'Tab\there',
    TRICKY_TEXT,
    ticket.at,
  );
  // Each character alone too: the copy rewrites only text that contains one of them.
  for (const [actor, body] of [['C:\\folder', 'carriage\rreturn'], ['line\nfeed', 'tab\tonly']]) {
    sqlite.prepare(`INSERT INTO ticket_events (ticket_id, kind, actor_name, body, is_public, created_at) VALUES (?, 'comment', ?, ?, 0, ?)`).run(ticket.id, actor, body, ticket.at);
  }
}

/** A row as both engines agree to describe it: flags as 0/1, JSON as parsed values, bytes as hex. */
function normalize(row: Record<string, unknown>, booleans: Set<string>, json: Set<string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => {
      if (value === null) return [key, null];
      if (booleans.has(key)) return [key, value === true || value === 1 ? 1 : 0];
      if (json.has(key)) return [key, typeof value === 'string' ? JSON.parse(value) : value];
      if (Buffer.isBuffer(value)) return [key, value.toString('hex')];
      return [key, value];
    }),
  );
}

async function rowsOf(table: PgTable) {
  const name = getTableName(table);
  const config = getTableConfig(table);
  const booleans = new Set(config.columns.filter((c) => c.getSQLType() === 'boolean').map((c) => c.name));
  const json = new Set(config.columns.filter((c) => c.getSQLType() === 'jsonb').map((c) => c.name));
  const order = config.columns.some((c) => c.name === 'id') ? 'id' : config.columns.map((c) => `"${c.name}"`).join(', ');
  const sqlite = new Database(source, { readonly: true });
  try {
    const before = (sqlite.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).all() as Record<string, unknown>[]).map((r) => normalize(r, booleans, json));
    // The throw-away cluster's collation is C.UTF-8: text sorts by code point on both engines.
    const after = (await client.query(`SELECT * FROM "${name}" ORDER BY ${order}`)).rows.map((r) => normalize(r, booleans, json));
    return { before, after };
  } finally {
    sqlite.close();
  }
}

beforeAll(async () => {
  const db = openDatabase(source);
  runMigrations(db);
  await seedDatabase(db.$client, { tickets: 300, seed: 7, now: Date.UTC(2026, 10, 20, 9) });
  addRowsTheDemoLacks(db.$client);
  // The newest ticket without payments goes: SQLite's AUTOINCREMENT never gives its number out again.
  deletedTicket = (db.$client.prepare('SELECT max(id) AS id FROM tickets WHERE id NOT IN (SELECT ticket_id FROM payments)').get() as { id: number }).id;
  db.$client.prepare('DELETE FROM tickets WHERE id = ?').run(deletedTicket);
  db.$client.close();
  target = await createDatabase();
  copied = await copyDatabase(source, target, (step, seconds) => steps.push({ step, seconds }));
  client = new pg.Client(target);
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run db:copy: a SQLite database into an empty PostgreSQL one', () => {
  it('copies every table of the schema and reports counts equal to the source', () => {
    const names = tablesInCopyOrder().map(getTableName);
    expect(copied.map((c) => c.table)).toEqual([...names, 'ticket_search', 'ticket_counts']);
    const sqlite = new Database(source, { readonly: true });
    for (const { table, source: counted, target: written } of copied) {
      const real = table === 'ticket_search' || table === 'ticket_counts' ? 'tickets' : table;
      expect({ table, counted, written }).toEqual({ table, counted: (sqlite.prepare(`SELECT count(*) AS n FROM "${real}"`).get() as { n: number }).n, written: counted });
    }
    sqlite.close();
    expect(copied.find((c) => c.table === 'tickets')!.target).toBe(299);
    expect(copied.find((c) => c.table === 'attachments')!.target).toBe(1);
  });

  it('reports each step as it ends: every table with its rows, the indexes and keys made again, the commit last', () => {
    for (const { table, source: rows } of copied.filter((c) => c.table !== 'ticket_search' && c.table !== 'ticket_counts')) {
      expect(steps.map((s) => s.step)).toContain(`${table}: ${rows.toLocaleString('en')} rows`);
    }
    expect(steps.some((s) => /^CREATE INDEX tickets_\w+ ON public\.tickets$/.test(s.step))).toBe(true);
    expect(steps.some((s) => /^ALTER TABLE ticket_events ADD CONSTRAINT "[^"]+"$/.test(s.step))).toBe(true);
    expect(steps.at(-1)?.step).toBe('commit');
    expect(steps.every((s) => s.seconds >= 0)).toBe(true);
  });

  it('builds the ticket counts the list adds up, equal to SQLite\'s', async () => {
    const sqlite = new Database(source, { readonly: true });
    const expected = sqlite.prepare('SELECT status, department_id, assignee_id, priority, n FROM ticket_counts ORDER BY 1, 2, 3, 4').all();
    sqlite.close();
    const { rows } = await client.query('SELECT status, department_id, assignee_id, priority, n FROM ticket_counts ORDER BY 1, 2, 3, 4');
    expect(expected.length).toBeGreaterThan(3);
    expect(rows).toEqual(expected);
  });

  it('carries every row value for value: flags, JSON, bytes, instants and money', async () => {
    for (const table of tablesInCopyOrder()) {
      const { before, after } = await rowsOf(table);
      expect(after, getTableName(table)).toEqual(before);
    }
  });

  it('carries text with tabs, line breaks and backslashes unchanged', async () => {
    const { rows } = await client.query(`SELECT actor_name, body FROM ticket_events WHERE body = $1`, [TRICKY_TEXT]);
    expect(rows).toEqual([{ actor_name: 'Tab\there', body: TRICKY_TEXT }]);
  });

  it('leaves the planner statistics of the tables it filled (as ANALYZE does after pg_restore)', async () => {
    const tables = ['tickets', 'ticket_events', 'payments', 'payment_sums', 'ticket_search'];
    const { rows } = await client.query(`SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = 'public' AND tablename = ANY($1) ORDER BY tablename`, [tables]);
    expect(rows.map((r) => r.tablename)).toEqual([...tables].sort());
  });

  it('makes again every index and key the migrations made', async () => {
    const fresh = await createDatabase();
    const { openPostgres, runPostgresMigrations } = await import('@/db/pg/connection');
    const migrated = openPostgres(fresh, 1);
    await runPostgresMigrations(migrated);
    await migrated.$client.end();
    const shape = async (url: string) => {
      const c = new pg.Client(url);
      await c.connect();
      try {
        const indexes = await c.query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`);
        const keys = await c.query(`SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY conname`);
        return { indexes: indexes.rows, keys: keys.rows };
      } finally {
        await c.end();
      }
    };
    const [copiedShape, migratedShape] = await Promise.all([shape(target), shape(fresh)]);
    expect(copiedShape.indexes.length).toBeGreaterThan(40);
    expect(copiedShape.keys.filter((k) => k.def.startsWith('FOREIGN KEY')).length).toBeGreaterThan(10);
    expect(copiedShape).toEqual(migratedShape);
  });

  it('refuses a source whose rows break a key, and leaves the target empty', async () => {
    const broken = path.join(dir, 'broken.db');
    const db = openDatabase(broken);
    runMigrations(db);
    await seedDatabase(db.$client, { tickets: 20, seed: 3, now: Date.UTC(2026, 10, 20, 9) });
    db.$client.pragma('foreign_keys = OFF');
    db.$client.prepare(`INSERT INTO ticket_events (ticket_id, kind, body, is_public, created_at) VALUES (999999, 'comment', 'orphan', 0, 1)`).run();
    db.$client.close();
    const empty = await createDatabase();
    await expect(copyDatabase(broken, empty)).rejects.toThrow(/ticket_events/);
    const c = new pg.Client(empty);
    await c.connect();
    try {
      expect((await c.query('SELECT count(*)::int AS n FROM tickets')).rows[0].n).toBe(0);
    } finally {
      await c.end();
    }
  });

  it('continues the ticket numbers after the highest ever given, the deleted one included', async () => {
    const { rows } = await client.query(
      `INSERT INTO tickets (public_token, kind, channel, client_id, department_id, title, created_at, updated_at)
       SELECT 'copy-test-token', 'repair', 'phone', client_id, department_id, 'После копии', 1, 1 FROM tickets LIMIT 1 RETURNING id`,
    );
    expect(rows[0].id).toBe(deletedTicket + 1);
    const { rows: found } = await client.query(`SELECT ticket_id FROM ticket_search WHERE document @@ to_tsquery('simple', 'копии')`);
    expect(found.map((r) => r.ticket_id)).toEqual([deletedTicket + 1]);
  });

  it('builds the search index for every ticket: its number, its words by prefix, its client and phone', async () => {
    const { rows } = await client.query(
      `SELECT t.id, c.name, c.phone FROM tickets t JOIN clients c ON c.id = t.client_id WHERE c.phone IS NOT NULL ORDER BY t.id LIMIT 1`,
    );
    const { id, name, phone } = rows[0] as { id: number; name: string; phone: string };
    const match = async (query: string) =>
      (await client.query(`SELECT ticket_id FROM ticket_search WHERE document @@ to_tsquery('simple', $1)`, [query])).rows.map((r) => r.ticket_id);
    expect(await match(`sc${id}:A`)).toEqual([id]);
    const surname = name.split(' ')[0].toLocaleLowerCase().replaceAll('ё', 'е');
    expect(await match(`${surname.slice(0, 4)}:*C`)).toContain(id);
    expect(await match(`${phone.slice(2, 8)}:*D`)).toContain(id);
  });

  it('keeps the payment sums equal to the payments, for the copied ones and a new one', async () => {
    await client.query(
      `INSERT INTO payments (ticket_id, kind, method, amount_minor, currency, taken_by_name, created_at)
       SELECT id, 'payment', 'card', 12345, 'RUB', 'Копия', 1764600000000 FROM tickets ORDER BY id LIMIT 1`,
    );
    const grouped = `SELECT 'day' AS span, created_at - created_at % 86400000 AS start, coalesce(taken_by_id, 0) AS taken_by_id, taken_by_name, method, kind, currency, count(*)::int AS count, sum(amount_minor) AS amount_minor
      FROM payments GROUP BY 2, 3, 4, 5, 6, 7 ORDER BY 2, 3, 4, 5, 6, 7`;
    const sums = `SELECT span, start, taken_by_id, taken_by_name, method, kind, currency, count, amount_minor FROM payment_sums WHERE span = 'day' ORDER BY 2, 3, 4, 5, 6, 7`;
    const [expected, actual] = await Promise.all([client.query(grouped), client.query(sums)]);
    expect(actual.rows.length).toBeGreaterThan(10);
    expect(actual.rows).toEqual(expected.rows);
  });

  it('refuses a database that is not empty, and writes nothing to it', async () => {
    const before = (await client.query('SELECT count(*) AS n FROM tickets')).rows[0].n;
    await expect(copyDatabase(source, target)).rejects.toThrow(/not empty \(\w+ has rows\)/);
    expect((await client.query('SELECT count(*) AS n FROM tickets')).rows[0].n).toBe(before);
  });

  it('refuses a target that is not a PostgreSQL URL', async () => {
    await expect(copyDatabase(source, path.join(dir, 'other.db'))).rejects.toThrow(/--to must be a postgres:\/\/ URL/);
  });
});
