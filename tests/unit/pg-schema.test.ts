import { getTableName, is } from 'drizzle-orm';
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as pgSchema from '@/db/pg/schema';
import * as sqliteSchema from '@/db/schema';

/**
 * db/pg/schema.ts repeats db/schema.ts in PostgreSQL's column types (drizzle's builders are per
 * engine). This keeps the two the same database: tables, columns, nullability, defaults, keys,
 * indexes, checks and foreign keys, and each column's type the counterpart of the other's.
 */
const sqliteTables = (Object.values(sqliteSchema) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable));
const pgTables = (Object.values(pgSchema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));

/** What a SQLite column's type becomes on PostgreSQL. */
function counterpart(column: Column): string[] {
  if (column.columnType === 'SQLiteTimestamp') return ['bigint'];
  if (column.columnType === 'SQLiteBoolean') return ['boolean'];
  if (column.columnType === 'SQLiteTextJson') return ['jsonb'];
  if (column.columnType === 'SQLiteBlobBuffer') return ['bytea'];
  if (column.getSQLType() === 'integer') return column.name.endsWith('_minor') || column.name === 'start' ? ['bigint'] : ['integer'];
  return [column.getSQLType()];
}

/** What both engines' table configs share, as far as this comparison reads them. */
type Column = { name: string; notNull: boolean; hasDefault: boolean; primary: boolean; enumValues?: string[]; columnType: string; getSQLType(): string };
type Config = {
  columns: Column[];
  primaryKeys: { columns: { name: string }[] }[];
  indexes: { config: { name?: string; unique: boolean; columns: unknown[]; where?: unknown } }[];
  checks: { name: string }[];
  foreignKeys: { onDelete?: string; reference(): { columns: { name: string }[]; foreignTable: SQLiteTable | PgTable } }[];
};

function described(c: Config, type: (column: Column) => string[]) {
  return {
    columns: c.columns.map((col) => ({ name: col.name, type: type(col), notNull: col.notNull, default: col.hasDefault, primary: col.primary, enum: col.enumValues ?? null })),
    primaryKeys: c.primaryKeys.map((k) => k.columns.map((col) => col.name)),
    indexes: c.indexes.map((i) => ({
      name: i.config.name,
      unique: i.config.unique,
      on: i.config.columns.map((col) => (col && typeof col === 'object' && 'name' in col ? col.name : '?')),
      partial: !!i.config.where,
    })),
    checks: c.checks.map((k) => k.name).sort(),
    foreignKeys: c.foreignKeys.map((k) => ({ columns: k.reference().columns.map((col) => col.name), to: getTableName(k.reference().foreignTable), onDelete: k.onDelete ?? 'no action' })),
  };
}

describe('the PostgreSQL schema is the SQLite schema in the other engine', () => {
  it('has the same tables', () => {
    expect(pgTables.map(getTableName).sort()).toEqual(sqliteTables.map(getTableName).sort());
  });

  it.each(sqliteTables.map((t) => [getTableName(t), t] as const))('%s: same columns, keys, indexes, checks and foreign keys', (name, table) => {
    const other = pgTables.find((t) => getTableName(t) === name)!;
    expect(described(pgConfig(other) as unknown as Config, (col) => [col.getSQLType()])).toEqual(described(sqliteConfig(table) as unknown as Config, counterpart));
  });
});
