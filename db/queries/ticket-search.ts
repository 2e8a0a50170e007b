import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { integer as pgInteger, pgTable } from 'drizzle-orm/pg-core';
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';
import { currentEngine } from '@/db/engine';
import { searchTsquery } from '@/db/pg/search-query';

/**
 * The ticket search index. Declared here, not in the schemas: drizzle-kit cannot describe either.
 * - SQLite: the FTS5 table of migration 0003, contentless, so only its rowid (the ticket id) can
 *   be read back.
 * - PostgreSQL: one tsvector per ticket (db/migrations-pg/0001), keyed by ticket_id, which the
 *   queries read as `rowid` on both engines.
 * The MATCH expression is made by `ticketSearchMatch` (lib/tickets/search-match.ts); on PostgreSQL
 * it is read into a tsquery (db/pg/search-query.ts).
 */
const postgres = currentEngine() === 'postgres';

export const ticketSearch = postgres
  ? (pgTable('ticket_search', { rowid: pgInteger('ticket_id').notNull() }) as unknown as ReturnType<typeof sqliteIndex>)
  : sqliteIndex();

function sqliteIndex() {
  return sqliteTable('ticket_search', { rowid: integer('rowid').notNull() });
}

/** The condition that a ticket (joined with ticket_search) matches the search. */
export function searchMatches(match: string): SQL {
  return postgres ? sql`${sql.identifier('ticket_search')}.document @@ to_tsquery('simple', ${searchTsquery(match)})` : sql`${ticketSearch} MATCH ${match}`;
}

/**
 * The ids of the tickets matching a search, as a statement of its own: newest (highest id) first,
 * oldest first, or in the index's own order (enough for counting).
 */
export function searchIds(match: string, order: 'desc' | 'asc' | 'any', limit: number, offset = 0): SQL {
  const orderBy = order === 'any' ? sql`` : sql.raw(` ORDER BY ${postgres ? 'ticket_id' : 'rowid'} ${order === 'desc' ? 'DESC' : 'ASC'}`);
  const skip = offset > 0 ? sql` OFFSET ${offset}` : sql``;
  return postgres
    ? sql`SELECT ticket_id AS id FROM ticket_search WHERE document @@ to_tsquery('simple', ${searchTsquery(match)})${orderBy} LIMIT ${limit}${skip}`
    : sql`SELECT rowid AS id FROM ticket_search WHERE ticket_search MATCH ${match}${orderBy} LIMIT ${limit}${skip}`;
}
