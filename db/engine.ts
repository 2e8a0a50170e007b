/**
 * Which engine the app runs on: PostgreSQL when DATABASE_URL names a server (postgres://…), else a
 * SQLite file, the default (docs/decisions/0004-postgresql.md). Read from the environment as the
 * modules load, so the tables and the connection agree from the first query on.
 */
export type Engine = 'sqlite' | 'postgres';

/** True when DATABASE_URL names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

export function engineOf(url: string | undefined): Engine {
  return isPostgresUrl(url) ? 'postgres' : 'sqlite';
}

export function currentEngine(): Engine {
  return engineOf(process.env.DATABASE_URL);
}
