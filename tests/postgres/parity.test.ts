import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, runMigrations } from '@/db/connection';
import { seedDatabase } from '@/db/seed';
import { copyDatabase } from '../../scripts/db-copy';
import { createDatabase } from './database';
import { PARITY_NOW } from './parity-reads';

const run = promisify(execFile);

/**
 * One engine, one answer: the same demo database on SQLite and, copied by `npm run db:copy`, on
 * PostgreSQL; each engine's process (tests/postgres/read-worker.ts) runs the app's read queries
 * (tests/postgres/parity-reads.ts) and the results must be equal, read for read.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'crm-parity-'));
const source = path.join(dir, 'parity.db');
let onSqlite: Record<string, unknown>;
let onPostgres: Record<string, unknown>;

async function readAll(database: string, fixtures: unknown): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/postgres/read-worker.ts', database, JSON.stringify(fixtures)], {
    env: { ...process.env, NODE_ENV: 'test' },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

beforeAll(async () => {
  const db = openDatabase(source);
  runMigrations(db);
  await seedDatabase(db.$client, { tickets: 300, seed: 11, now: PARITY_NOW });
  const sqlite = db.$client;
  const pick = <T>(query: string) => sqlite.prepare(query).get() as T;
  // Tickets with lines, payments, an estimate and a repeated serial; a busy client and technician.
  const ticketIds = (
    sqlite
      .prepare(
        `SELECT id FROM tickets WHERE id IN (SELECT ticket_id FROM payments) OR id IN (SELECT ticket_id FROM estimates) OR serial_number IN
         (SELECT serial_number FROM tickets GROUP BY serial_number HAVING count(*) > 1) ORDER BY id LIMIT 12`,
      )
      .all() as { id: number }[]
  ).map((r) => r.id);
  const fixtures = {
    ticketIds,
    clientId: pick<{ id: number }>('SELECT client_id AS id FROM tickets GROUP BY client_id ORDER BY count(*) DESC, client_id LIMIT 1').id,
    employeeId: pick<{ id: number }>('SELECT assignee_id AS id FROM tickets WHERE assignee_id IS NOT NULL GROUP BY assignee_id ORDER BY count(*) DESC, assignee_id LIMIT 1').id,
    token: pick<{ token: string }>("SELECT public_token AS token FROM tickets WHERE status = 'awaiting_approval' ORDER BY id LIMIT 1").token,
  };
  sqlite.close();
  const target = await createDatabase();
  await copyDatabase(source, target);
  [onSqlite, onPostgres] = await Promise.all([readAll(source, fixtures), readAll(target, fixtures)]);
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** JSON with every object's keys in order: a jsonb column hands its keys back sorted its own way. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** Where two results part: the path to the first value that differs, with both values. */
function firstDifference(a: unknown, b: unknown, at = ''): string | null {
  if (canonical(a) === canonical(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      if (found) return found;
    }
  }
  return `${at}: SQLite ${JSON.stringify(a)?.slice(0, 120)}, PostgreSQL ${JSON.stringify(b)?.slice(0, 120)}`;
}

describe('the same answers from SQLite and PostgreSQL', () => {
  it('runs every read on SQLite without an error, and finds data for most of them', () => {
    const failed = Object.entries(onSqlite).filter(([, v]) => v && typeof v === 'object' && 'error' in v);
    expect(failed).toEqual([]);
    expect(JSON.stringify(onSqlite['list all created']).length).toBeGreaterThan(1_000);
  });

  it('gives each read the same result on PostgreSQL', () => {
    const differing = Object.keys(onSqlite).flatMap((name) => {
      const difference = firstDifference(onSqlite[name], onPostgres[name]);
      return difference ? [`${name}${difference}`] : [];
    });
    expect(differing).toEqual([]);
  });
});
