import 'server-only';
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

/**
 * The FTS5 index of tickets (migration 0003_ticket_search): contentless, so only its rowid (the
 * ticket id) can be read back. Declared here, not in schema.ts: drizzle-kit cannot describe a
 * virtual table, and only the list queries need it. The MATCH expression is made by
 * `ticketSearchMatch` (lib/tickets/search-match.ts).
 */
export const ticketSearch = sqliteTable('ticket_search', { rowid: integer('rowid').notNull() });
