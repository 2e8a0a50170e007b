import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { env } from '@/lib/env';
import { openDatabase, runMigrations, type Db } from './connection';
import { isPostgresUrl } from './engine';
import { openPostgres, type PgDb } from './pg/connection';

export { openDatabase, runMigrations, type Db };

/**
 * The process's connections (docs/decisions/0004-postgresql.md).
 * - SQLite: two connections to the file, one that only reads, for every read outside a write, and
 *   one that writes, for transactions, one at a time. A transaction may await between its
 *   statements (PostgreSQL's always do); other requests then run, and on a shared connection they
 *   would read its uncommitted rows or write inside it.
 * - PostgreSQL: a pool; each transaction holds one of its clients until it ends.
 * Queries are written against SQLite's types (db/tables.ts); on PostgreSQL the same builders run
 * on node-postgres, which is why its database is handed out as a `Db`.
 */
type Connections =
  | { engine: 'sqlite'; reader: Db; writer: Db; queue: Promise<unknown> }
  | { engine: 'postgres'; pool: PgDb };

// Kept on globalThis so dev-mode hot reloads don't open more.
const holder = globalThis as unknown as { __crmDb?: Connections };
/**
 * The transaction the running code is part of. Work started inside one and run after it ended (a
 * timer, a promise nobody awaited) inherits this too, so it also says whether it is still open.
 */
type Open = { tx: Db; open: boolean };
const current = new AsyncLocalStorage<Open>();

function openTransaction(): Db | undefined {
  const store = current.getStore();
  return store?.open ? store.tx : undefined;
}

function connectSqlite(writer: Db): Connections {
  return { engine: 'sqlite', writer, reader: openDatabase(writer.$client.name, { readonly: true }), queue: Promise.resolve() };
}

/**
 * Opened on first use so `next build` never touches the database. A SQLite file is migrated here;
 * a PostgreSQL database is migrated before the server starts (`npm start`, the tests' setup), as
 * its migrator is asynchronous and several instances may start at once.
 */
function connections(): Connections {
  if (!holder.__crmDb) {
    const url = env().DATABASE_URL;
    if (isPostgresUrl(url)) holder.__crmDb = { engine: 'postgres', pool: openPostgres(url) };
    else {
      const writer = openDatabase(url);
      runMigrations(writer);
      holder.__crmDb = connectSqlite(writer);
    }
  }
  return holder.__crmDb;
}

/**
 * The connection for reads: inside a transaction, the transaction's own (so a read sees what the
 * transaction wrote so far); anywhere else the read-only one (SQLite) or the pool (PostgreSQL).
 * Every write goes through `transaction`.
 */
export function db(): Db {
  const open = openTransaction();
  if (open) return open;
  const c = connections();
  return c.engine === 'postgres' ? (c.pool as unknown as Db) : c.reader;
}

/** The connection a transaction's statements run on. */
export type Tx = Db;

/**
 * Runs `work` in one transaction and resolves with its result once committed; a throw rolls back
 * everything it wrote. Called inside another transaction, it runs as part of that one.
 * - SQLite: on the writer connection (BEGIN IMMEDIATE: it takes the write lock first, see
 *   db/connection.ts); transactions of this process run one after another, in call order.
 * - PostgreSQL: SERIALIZABLE, so what a command read and checked still holds when it commits, as
 *   under SQLite's single writer. A transaction that lost a conflict (a serialization failure or a
 *   deadlock) is run again from the start: a command only reads, checks and writes inside its
 *   transaction, and its mail is a row of the same transaction (the outbox), so a second run is
 *   safe.
 */
export function transaction<T>(work: (tx: Tx) => T | Promise<T>): Promise<T> {
  const outer = openTransaction();
  if (outer) return Promise.resolve().then(() => work(outer));
  const c = connections();
  if (c.engine === 'postgres') return postgresTransaction(c.pool, work);
  const run = c.queue.then(() => {
    const store: Open = { tx: c.writer, open: true };
    return current.run(store, () => inSqliteTransaction(store, work));
  });
  c.queue = run.catch(() => undefined);
  return run;
}

async function inSqliteTransaction<T>(store: Open, work: (tx: Tx) => T | Promise<T>): Promise<T> {
  const sqlite = store.tx.$client;
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const result = await work(store.tx);
    sqlite.exec('COMMIT');
    return result;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  } finally {
    store.open = false;
  }
}

const MAX_ATTEMPTS = 5;
/** serialization_failure and deadlock_detected: the transaction lost to another and may run again. */
const RETRYABLE = new Set(['40001', '40P01']);

function sqlState(error: unknown): string | undefined {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

async function postgresTransaction<T>(pool: PgDb, work: (tx: Tx) => T | Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await pool.transaction(
        async (pgTx) => {
          const store: Open = { tx: pgTx as unknown as Db, open: true };
          try {
            return await current.run(store, () => work(store.tx));
          } finally {
            store.open = false;
          }
        },
        { isolationLevel: 'serializable' },
      );
    } catch (error) {
      const state = sqlState(error);
      if (attempt >= MAX_ATTEMPTS || !state || !RETRYABLE.has(state)) throw error;
      // Apart a little, and further each time, so the same two do not collide again.
      await sleep(attempt * 5 + Math.random() * 10 * attempt);
    }
  }
}

const versionReads = new WeakMap<Db, { get(): unknown }>();

/**
 * A number that changes whenever anyone commits a write to the database: SQLite's data_version,
 * read on the read-only connection, where every commit is another connection's (this process's
 * writer, another worker, a script, the sqlite prompt). `undefined` inside a transaction (its reads
 * see its own uncommitted writes) and on PostgreSQL, which keeps no such number: there a memo of
 * a read (db/read-memo.ts) reads afresh every time.
 */
export function committedVersion(): number | undefined {
  if (openTransaction()) return undefined;
  const c = connections();
  if (c.engine !== 'sqlite') return undefined;
  let read = versionReads.get(c.reader);
  if (!read) {
    read = c.reader.$client.prepare('PRAGMA data_version').pluck();
    versionReads.set(c.reader, read);
  }
  return read.get() as number;
}

/** Which engine this process runs on. */
export function databaseEngine(): 'sqlite' | 'postgres' {
  return connections().engine;
}

function close(c: Connections | undefined) {
  if (c?.engine === 'sqlite') {
    c.reader.$client.close();
    c.writer.$client.close();
  } else if (c) void c.pool.$client.end();
}

/** Tests point each file at its own database (given its writing connection); nothing else swaps it. */
export function setDbForTests(next: Db | undefined) {
  close(holder.__crmDb);
  holder.__crmDb = next ? connectSqlite(next) : undefined;
}

/** The PostgreSQL suites' counterpart: the app's queries then run on this (migrated) database. */
export function setPostgresForTests(next: PgDb | undefined) {
  close(holder.__crmDb);
  holder.__crmDb = next ? { engine: 'postgres', pool: next } : undefined;
}
