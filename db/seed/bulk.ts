import type Database from 'better-sqlite3';

/**
 * Runs `fill` with the tables' secondary indexes dropped, then rebuilds them from their own
 * CREATE INDEX text in sqlite_master (so they come back exactly as the migrations made them).
 * Building an index once over sorted data is several times faster than updating ten of them
 * per inserted row. Call inside a transaction: a failure then restores the indexes too.
 */
export function withoutIndexes<T>(sqlite: Database.Database, tables: readonly string[], fill: () => T): T {
  const placeholders = tables.map(() => '?').join(', ');
  const indexes = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${placeholders})`)
    .all(...tables) as { name: string; sql: string }[];
  for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
  const result = fill();
  for (const index of indexes) sqlite.exec(index.sql);
  return result;
}

/**
 * Runs `fill` without foreign-key and CHECK enforcement: together they cost more than half of a
 * million-ticket seed (a CHECK with an IN list alone doubles the cost of an event row). Only for
 * scale runs: the default seed and the tests run the very same generator with every constraint
 * on, so a generator bug still fails loudly there. Also lets the sorter that rebuilds indexes use
 * a helper thread. Must be called outside a transaction: SQLite ignores `foreign_keys` inside one.
 */
export function withBulkSettings<T>(sqlite: Database.Database, fill: () => T): T {
  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) === 1;
  const threads = Number(sqlite.pragma('threads', { simple: true }));
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma('ignore_check_constraints = ON');
  sqlite.pragma('threads = 2');
  try {
    return fill();
  } finally {
    sqlite.pragma(`threads = ${threads}`);
    sqlite.pragma('ignore_check_constraints = OFF');
    sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}
