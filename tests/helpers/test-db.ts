import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, runMigrations, setDbForTests, type Db } from '@/db';

let current: Db | undefined;

/**
 * The test database's writing connection, for fixtures written outside a command: the app's own
 * `db()` only reads (db/index.ts).
 */
export function testWriter(): Db {
  if (!current) throw new Error('testWriter: no test database is set up');
  return current;
}

/** A fresh SQLite file made from the real migrations, installed as the process's connection. */
export function createTestDatabase(): { db: Db; file: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'crm-test-'));
  const file = path.join(dir, 'test.db');
  const db = openDatabase(file);
  runMigrations(db);
  setDbForTests(db);
  current = db;
  return {
    db,
    file,
    dispose: () => {
      setDbForTests(undefined);
      current = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Registers a database for the whole test file and returns a getter for it. */
export function setupTestDatabase(): () => Db {
  let handle: ReturnType<typeof createTestDatabase> | undefined;
  beforeAll(() => {
    handle = createTestDatabase();
  });
  afterAll(() => handle?.dispose());
  return () => {
    if (!handle) throw new Error('setupTestDatabase: used outside a test');
    return handle.db;
  };
}
