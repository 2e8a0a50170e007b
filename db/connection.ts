import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import * as schema from './schema';

/**
 * Opening a SQLite file and migrating it: shared by the app (db/index.ts) and the command-line
 * scripts (migrate, seed, start, user creation), which run outside the server and so must not
 * import the server-only modules.
 */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations');

/**
 * Opens a SQLite file with the pragmas every connection of ours needs. `readonly`: a connection
 * that can only read (the app's reads, db/index.ts), so a write sent to it fails at once instead of
 * waiting for the lock that the process's own open transaction holds.
 */
export function openDatabase(file: string, { readonly = false }: { readonly?: boolean } = {}): Db {
  if (readonly) {
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    sqlite.pragma('busy_timeout = 5000');
    return prepared(sqlite);
  }
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return immediateTransactions(prepared(sqlite));
}

function prepared(sqlite: Database.Database): Db {
  // SQLite's LIKE and lower() fold ASCII only; searches call casefold() so "иванов" finds "Иванов".
  sqlite.function('casefold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? value.toLocaleLowerCase() : value,
  );
  reuseStatements(sqlite);
  return drizzle(sqlite, { schema }) as Db;
}

/** More distinct SQL texts than the app has queries: only generated bulk statements (the seed's) pass it. */
const MAX_STATEMENTS = 1000;

/**
 * The app runs a few hundred distinct SQL texts, and drizzle prepares each query anew on every
 * call: SQLite compiles it again each time (tens of microseconds, a millisecond of a ticket page's
 * thirty queries). So the connection keeps its statements by text. A statement comes back in its
 * default mode (rows as objects): drizzle asks for arrays (`raw()`) itself right before it runs
 * one, and every use of a statement runs within the call that prepared it (nothing here iterates).
 */
function reuseStatements(sqlite: Database.Database) {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (!statement) {
      if (statements.size >= MAX_STATEMENTS) statements.clear();
      statement = prepare(source);
      statements.set(source, statement);
    } else if (statement.reader) {
      statement.raw(false);
    }
    return statement;
  }) as Database.Database['prepare'];
}

/**
 * Every transaction of ours writes, and starts with BEGIN IMMEDIATE so it takes the write lock
 * first. A deferred one reads, then upgrades to a write; in WAL mode, if another process committed
 * in between, the upgrade fails at once with SQLITE_BUSY_SNAPSHOT, which busy_timeout cannot wait
 * out (seen with ten processes adding the last part in stock). Set here, no command can forget it.
 */
function immediateTransactions(database: Db): Db {
  const begin = database.transaction.bind(database);
  database.transaction = ((run, config) => begin(run, { behavior: 'immediate', ...config })) as Db['transaction'];
  return database;
}

export function runMigrations(db: Db) {
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
}
