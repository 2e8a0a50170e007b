import 'server-only';
import { env } from '@/lib/env';
import { openDatabase, runMigrations, type Db } from './connection';

export { openDatabase, runMigrations, type Db };

// One connection per process, kept on globalThis so dev-mode hot reloads don't open more.
const holder = globalThis as unknown as { __crmDb?: Db };

/** The process's connection, opened (and migrated) on first use so `next build` never touches SQLite. */
export function db(): Db {
  if (!holder.__crmDb) {
    const opened = openDatabase(env().DATABASE_URL);
    runMigrations(opened);
    holder.__crmDb = opened;
  }
  return holder.__crmDb;
}

/** Tests point each file at its own database; nothing else swaps the connection. */
export function setDbForTests(next: Db | undefined) {
  holder.__crmDb?.$client.close();
  holder.__crmDb = next;
}
