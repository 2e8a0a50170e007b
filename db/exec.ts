import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './connection';

/**
 * Running a query in a form both engines have (docs/decisions/0004-postgresql.md). drizzle's
 * SQLite builders offer `.all()`, `.get()` and `.run()`, which its PostgreSQL builders do not; both
 * are promises, though, so a query is awaited as it is, and what differs is taken here:
 * the first row, the number of rows a write changed, and raw SQL.
 */

/** The first row of a query, or undefined; a select asks for one row itself (`.limit(1)`). */
export async function first<T>(query: PromiseLike<T[]>): Promise<T | undefined> {
  return (await query)[0];
}

/** How many rows a write changed: SQLite's `changes`, PostgreSQL's `rowCount`. */
export function affected(result: unknown): number {
  const r = result as { changes?: number; rowCount?: number | null };
  return r.changes ?? r.rowCount ?? 0;
}

type Raw = { all?: unknown; execute?: (query: SQL) => Promise<{ rows: unknown[] }> };

/** SQLite's database object has all/get/run for raw SQL; PostgreSQL's has execute. */
function postgresExecute(conn: Db): Raw['execute'] | undefined {
  const raw = conn as unknown as Raw;
  return typeof raw.all === 'function' ? undefined : raw.execute?.bind(raw);
}

/** The rows of a raw SQL query. */
export async function rawAll<T>(conn: Db, query: SQL): Promise<T[]> {
  const execute = postgresExecute(conn);
  return execute ? ((await execute(query)).rows as T[]) : conn.all<T>(query);
}

/** The first row of a raw SQL query, or undefined. */
export async function rawGet<T>(conn: Db, query: SQL): Promise<T | undefined> {
  const execute = postgresExecute(conn);
  return execute ? ((await execute(query)).rows[0] as T | undefined) : conn.get<T>(query);
}

/** A raw SQL statement that returns no rows. */
export async function rawRun(conn: Db, query: SQL): Promise<void> {
  const execute = postgresExecute(conn);
  if (execute) await execute(query);
  else conn.run(query);
}

/**
 * The row a write's `returning()` gives where there is always one: an insert, or an update of a
 * row the same transaction has just read.
 */
export async function one<T>(query: PromiseLike<T[]>): Promise<T> {
  const [row] = await query;
  if (row === undefined) throw new Error('a write returned no row');
  return row;
}

/** Raw SQL text with `?` placeholders and their values, as a query either engine runs. */
export function withParams(text: string, params: readonly unknown[]): SQL {
  const pieces = text.split('?');
  if (pieces.length !== params.length + 1) throw new Error(`withParams: ${pieces.length - 1} placeholders, ${params.length} values`);
  return sql.join(pieces.flatMap((piece, i) => (i < params.length ? [sql.raw(piece), sql`${params[i]}`] : [sql.raw(piece)])));
}
