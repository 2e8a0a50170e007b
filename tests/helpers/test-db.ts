import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, runMigrations, setDbForTests, setPostgresForTests, type Db } from '@/db';
import { currentEngine } from '@/db/engine';
import { openPostgres, runPostgresMigrations, type PgDb } from '@/db/pg/connection';
import { createDatabase } from '../postgres/database';

let current: Db | undefined;
let currentUrl: string | undefined;

/**
 * True when this run's integration tests use PostgreSQL (vitest.integration-pg.config.ts sets
 * DATABASE_URL to a server before anything loads, so db/tables.ts hands out PostgreSQL's tables).
 */
export const onPostgres = () => currentEngine() === 'postgres';

/**
 * The test database's writing connection, for fixtures written outside a command: the app's own
 * `db()` only reads (db/index.ts). On PostgreSQL the file's pool, handed out as a `Db` as the app's
 * `db()` does: a test then writes only what both engines' builders have (awaited, `one`, `first`).
 */
export function testWriter(): Db {
  if (!current) throw new Error('testWriter: no test database is set up');
  return current;
}

/** The test database as DATABASE_URL names it: a SQLite file or a postgres:// URL (for a process of its own). */
export function testDatabaseUrl(): string {
  if (!currentUrl) throw new Error('testDatabaseUrl: no test database is set up');
  return currentUrl;
}

/** A fresh SQLite file made from the real migrations, installed as the process's connection. */
export function createTestDatabase(): { db: Db; file: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'crm-test-'));
  const file = path.join(dir, 'test.db');
  const db = openDatabase(file);
  runMigrations(db);
  setDbForTests(db);
  current = db;
  currentUrl = file;
  return {
    db,
    file,
    dispose: () => {
      setDbForTests(undefined);
      current = undefined;
      currentUrl = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database of its own on the run's PostgreSQL cluster, migrated, installed as the process's connection. */
async function createPostgresTestDatabase(): Promise<{ db: Db; dispose: () => void }> {
  const url = await createDatabase();
  const pool: PgDb = openPostgres(url, 4);
  await runPostgresMigrations(pool);
  setPostgresForTests(pool);
  current = pool as unknown as Db;
  currentUrl = url;
  return {
    db: current,
    dispose: () => {
      setPostgresForTests(undefined);
      current = undefined;
      currentUrl = undefined;
    },
  };
}

/** Registers a database for the whole test file (on this run's engine) and returns a getter for it. */
export function setupTestDatabase(): () => Db {
  let handle: { db: Db; dispose: () => void } | undefined;
  beforeAll(async () => {
    handle = onPostgres() ? await createPostgresTestDatabase() : createTestDatabase();
  });
  afterAll(() => handle?.dispose());
  return () => {
    if (!handle) throw new Error('setupTestDatabase: used outside a test');
    return handle.db;
  };
}
