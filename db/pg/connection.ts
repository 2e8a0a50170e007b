import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import path from 'node:path';
import pg from 'pg';
import * as schema from './schema';

/**
 * Opening a PostgreSQL database (DATABASE_URL=postgres://…) and migrating it: the counterpart of
 * db/connection.ts, shared by the command-line scripts and the tests.
 */
export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

const MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations-pg');

export { isPostgresUrl } from '../engine';

// bigint (int8) and count(*) come back as strings by default; ours are instants and minor units,
// far below 2^53, so numbers are exact, and both engines hand the app the same types.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/**
 * No parallel workers for the app's statements: they are a page's worth of rows, starting workers
 * costs about ten milliseconds (more than the queries they would split; a month's cash report took
 * 14 ms with them and 2 without), and with a request in flight per connection, a core given to one
 * query's workers is taken from another request. Index builds (db:copy) keep their own setting.
 * Set on each new connection rather than as a startup option, which a pooler such as PgBouncer
 * refuses; the pool's onConnect hook runs it, and the pool hands the connection out only once it is
 * done (a query sent from a 'connect' listener would still be running when ours arrives, which pg
 * warns it will stop queueing). Should it fail, the connection keeps the server's default: slower,
 * not wrong, and its next query reports a broken link.
 */
const SESSION_SETUP = 'SET max_parallel_workers_per_gather = 0';

async function setUpSession(client: pg.ClientBase) {
  await client.query(SESSION_SETUP).catch(() => {});
}

export function openPostgres(url: string, max = 10): PgDb {
  const pool = new pg.Pool({ connectionString: url, max, onConnect: setUpSession });
  return drizzle(pool, { schema }) as PgDb;
}

/** An arbitrary constant: the advisory lock instances starting at once take before migrating. */
const MIGRATION_LOCK = 7_421_053;

/**
 * Brings the database to this version's schema. Several instances may start at once against one
 * server: each waits for an advisory lock, so one migrates and the others then find nothing to do.
 */
export async function runPostgresMigrations(db: PgDb) {
  // The lock is the session's: the migrations run on the same connection, so a pool of one will do.
  const session = await db.$client.connect();
  try {
    await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle(session, { schema }), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    session.release();
  }
}
