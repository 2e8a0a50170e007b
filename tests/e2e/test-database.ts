import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, setDbForTests, setPostgresForTests } from '@/db';
import { isPostgresUrl } from '@/db/engine';
import { openPostgres } from '@/db/pg/connection';

/**
 * The browser tests' database, on whichever engine the suite's server runs (tests/e2e/global-setup.ts:
 * a SQLite file, or with E2E_ENGINE=postgres a PostgreSQL copy of the same seed), for arranging a
 * case the UI cannot yet make and for checking what a page wrote.
 *
 * The SQL is written once, in what both engines read: `?` placeholders (numbered here for
 * PostgreSQL), TRUE and FALSE for flags, RETURNING for a new row's id, no engine's own functions.
 * Rows come back as SQLite gives them: flags as 1 and 0, bigints as numbers.
 */
export interface TestSql {
  /** The first row, or undefined when there is none. */
  get<T>(sql: string, ...params: unknown[]): Promise<T>;
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** Runs a write and says how many rows it changed. */
  run(sql: string, ...params: unknown[]): Promise<number>;
}

export const testDatabaseUrl = () => inject('databaseUrl');
export const onPostgres = () => isPostgresUrl(testDatabaseUrl());

/** SQLite's `?` as PostgreSQL's `$1, $2…`, leaving quoted text alone. */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|\?/g, (match) => (match === '?' ? `$${++n}` : match));
}

const asSqliteRow = (row: Record<string, unknown>) => {
  for (const [key, value] of Object.entries(row)) if (typeof value === 'boolean') row[key] = value ? 1 : 0;
  return row;
};

let pool: pg.Pool | undefined;
function postgresSql(url: string): TestSql {
  // allowExitOnIdle: a test file's process ends once its last query is done, with no pool to close.
  pool ??= new pg.Pool({ connectionString: url, max: 2, allowExitOnIdle: true });
  const query = async (sql: string, params: unknown[]) => pool!.query(numberedPlaceholders(sql), params);
  return {
    get: async <T>(sql: string, ...params: unknown[]) => (await query(sql, params)).rows.map(asSqliteRow)[0] as T,
    all: async <T>(sql: string, ...params: unknown[]) => (await query(sql, params)).rows.map(asSqliteRow) as T[],
    run: async (sql: string, ...params: unknown[]) => (await query(sql, params)).rowCount ?? 0,
  };
}

// better-sqlite3 binds no booleans; SQLite's flags are 1 and 0.
const sqliteParams = (params: unknown[]) => params.map((p) => (typeof p === 'boolean' ? Number(p) : p));

function sqliteSql(db: Database.Database): TestSql {
  return {
    get: async <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...sqliteParams(params)) as T,
    all: async <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...sqliteParams(params)) as T[],
    run: async (sql: string, ...params: unknown[]) => db.prepare(sql).run(...sqliteParams(params)).changes,
  };
}

/** Runs `fn` with the suite's database; on SQLite a connection of its own, closed afterwards. */
export async function withDatabase<T>(fn: (db: TestSql) => Promise<T>): Promise<T> {
  const url = testDatabaseUrl();
  // bigint columns (instants, money) come back as numbers: db/pg/connection.ts, imported above, says so.
  if (isPostgresUrl(url)) return fn(postgresSql(url));
  const db = new Database(url);
  db.pragma('busy_timeout = 5000');
  try {
    return await fn(sqliteSql(db));
  } finally {
    db.close();
  }
}

/**
 * Points this test file's own `@/db` at the suite's database, so a test can run the app's commands
 * (the desk's side of a client's test) as the server would. On PostgreSQL, vitest.e2e.config.ts
 * has already set DATABASE_URL to a server, so the app's modules loaded PostgreSQL's tables.
 */
export function connectAppToTestDatabase() {
  const url = testDatabaseUrl();
  if (isPostgresUrl(url)) setPostgresForTests(openPostgres(url, 2));
  else setDbForTests(openDatabase(url));
}

export function disconnectApp() {
  if (onPostgres()) setPostgresForTests(undefined);
  else setDbForTests(undefined);
}
