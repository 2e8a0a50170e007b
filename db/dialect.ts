import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { currentEngine } from './engine';

/**
 * The few pieces of raw SQL that the two engines spell differently, one helper per concept
 * (docs/decisions/0004-postgresql.md), so a query is still written once.
 */
const postgres = currentEngine() === 'postgres';

/**
 * SQLite's INDEXED BY: the queries that name their index do so because SQLite's planner, left to
 * itself, may read another (db/queries/dashboard.ts). PostgreSQL's planner has statistics and
 * chooses for itself.
 */
export function indexedBy(index: string): SQL {
  return postgres ? sql`` : sql.raw(`INDEXED BY ${index}`);
}

/** The larger of two values: SQLite's two-argument max(), PostgreSQL's greatest(). */
export function greatest(a: SQLWrapper | number, b: SQLWrapper | number): SQL {
  return postgres ? sql`greatest(${a}, ${b})` : sql`max(${a}, ${b})`;
}

/** The last `n` characters of a text: SQLite's substr() counts from the end when negative, PostgreSQL's does not. */
export function lastCharacters(text: SQLWrapper, n: number): SQL {
  return postgres ? sql`right(${text}, ${n})` : sql`substr(${text}, ${-n})`;
}

/** A number kept in a JSON column's object, or null. */
export function jsonNumber(column: SQLWrapper, key: string): SQL {
  return postgres ? sql`(${column} ->> ${key})::bigint` : sql`json_extract(${column}, ${`$.${key}`})`;
}

/** A string kept in a JSON column's object, or null. */
export function jsonText(column: SQLWrapper, key: string): SQL {
  return postgres ? sql`(${column} ->> ${key})` : sql`json_extract(${column}, ${`$.${key}`})`;
}

/**
 * A number given to a VALUES list or compared with a bigint column in raw SQL: PostgreSQL cannot
 * tell a parameter's type there, so it is said (instants and money are bigint).
 */
export function bigintParam(value: number): SQL {
  return postgres ? sql`${value}::bigint` : sql`${value}`;
}
