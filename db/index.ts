import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { env } from '@/lib/env';
import { openDatabase, runMigrations, type Db } from './connection';

export { openDatabase, runMigrations, type Db };

/**
 * The process's two connections to the SQLite file: one that only reads, for every read outside a
 * write, and one that writes, for transactions, one at a time (docs/decisions/0004-postgresql.md).
 * A transaction may await between its statements (PostgreSQL's always do); other requests then
 * run, and on a shared connection they would read its uncommitted rows or write inside it.
 */
type Connections = { reader: Db; writer: Db; queue: Promise<unknown> };

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

function connect(writer: Db): Connections {
  return { writer, reader: openDatabase(writer.$client.name, { readonly: true }), queue: Promise.resolve() };
}

/** Opened (and migrated) on first use so `next build` never touches SQLite. */
function connections(): Connections {
  if (!holder.__crmDb) {
    const writer = openDatabase(env().DATABASE_URL);
    runMigrations(writer);
    holder.__crmDb = connect(writer);
  }
  return holder.__crmDb;
}

/**
 * The connection for reads: inside a transaction, the transaction's own (so a read sees what the
 * transaction wrote so far); anywhere else the read-only one. Every write goes through `transaction`.
 */
export function db(): Db {
  return openTransaction() ?? connections().reader;
}

/** The connection a transaction's statements run on. */
export type Tx = Db;

/**
 * Runs `work` in one transaction on the writer connection (BEGIN IMMEDIATE: it takes the write lock
 * first, see db/connection.ts) and resolves with its result once committed; a throw rolls back
 * everything it wrote. Transactions of this process run one after another, in call order. Called
 * inside another transaction, it runs as part of that one.
 */
export function transaction<T>(work: (tx: Tx) => T | Promise<T>): Promise<T> {
  const outer = openTransaction();
  if (outer) return Promise.resolve().then(() => work(outer));
  const conn = connections();
  const run = conn.queue.then(() => {
    const store: Open = { tx: conn.writer, open: true };
    return current.run(store, () => inTransaction(store, work));
  });
  conn.queue = run.catch(() => undefined);
  return run;
}

async function inTransaction<T>(store: Open, work: (tx: Tx) => T | Promise<T>): Promise<T> {
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

/** Tests point each file at its own database (given its writing connection); nothing else swaps it. */
export function setDbForTests(next: Db | undefined) {
  holder.__crmDb?.reader.$client.close();
  holder.__crmDb?.writer.$client.close();
  holder.__crmDb = next ? connect(next) : undefined;
}
