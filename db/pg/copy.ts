import Database from 'better-sqlite3';
import { getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { PgDb } from './connection';
import * as schema from './schema';

/**
 * `npm run db:copy`: a SQLite database of this app into an empty PostgreSQL one, in one
 * transaction. Rows go table by table in foreign-key order, in batches of unnest() arrays (one
 * parameter per column, whatever the batch size); the identity counters continue from SQLite's
 * (AUTOINCREMENT never hands out a deleted id again, nor will PostgreSQL). The derived tables are
 * not recomputed row by row: payment_sums is copied as it is (the triggers that keep it are off
 * during the copy), and the search index and the ticket counts are built once at the end. Before committing, every
 * table's count is compared with the source's; any difference rolls everything back.
 */
export type CopiedTable = { table: string; source: number; target: number };

const BATCH = 5_000;
/** Tables whose triggers keep a derived table (search, counts, payment sums) that the copy fills itself. */
const TRIGGERED = ['tickets', 'clients', 'payments'];
/** Filled by the migrations with defaults that the source's own rows replace. */
const DEFAULTED = ['client_notification_rules'];

export class CopyRefused extends Error {}

/** Every table of the schema, each after the tables it refers to. */
export function tablesInCopyOrder(): PgTable[] {
  const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
  const ordered: PgTable[] = [];
  const visit = (table: PgTable, path: Set<PgTable>) => {
    if (ordered.includes(table)) return;
    if (path.has(table)) throw new Error(`foreign keys form a cycle through ${getTableName(table)}`);
    path.add(table);
    for (const key of getTableConfig(table).foreignKeys) {
      const target = key.reference().foreignTable;
      if (target !== table) visit(target, path);
    }
    path.delete(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A SQLite value as PostgreSQL takes it for the column's type. */
function converter(sqlType: string): (value: unknown) => unknown {
  if (sqlType === 'boolean') return (value) => (value === null ? null : value !== 0);
  return (value) => value;
}

async function assertEmpty(client: pg.PoolClient, tables: PgTable[]) {
  for (const table of tables) {
    const name = getTableName(table);
    if (DEFAULTED.includes(name)) continue;
    const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM ${quote(name)}) AS filled`);
    if (rows[0].filled) throw new CopyRefused(`The PostgreSQL database is not empty (${name} has rows): copy into a new, empty database.`);
  }
}

async function copyTable(client: pg.PoolClient, source: Database.Database, table: PgTable, sequences: Map<string, number>): Promise<CopiedTable> {
  const name = getTableName(table);
  const config = getTableConfig(table);
  const columns = config.columns.map((c) => ({ name: c.name, sqlType: c.getSQLType(), convert: converter(c.getSQLType()) }));
  const hasId = columns.some((c) => c.name === 'id');
  const select = source.prepare(`SELECT ${columns.map((c) => quote(c.name)).join(', ')} FROM ${quote(name)}${hasId ? ' ORDER BY id' : ''}`).raw(true);
  const insert = `INSERT INTO ${quote(name)} (${columns.map((c) => quote(c.name)).join(', ')}) OVERRIDING SYSTEM VALUE SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.sqlType}[]`).join(', ')})`;
  let batch: unknown[][] = columns.map(() => []);
  let rows = 0;
  const flush = async () => {
    if (batch[0].length > 0) await client.query(insert, batch);
    batch = columns.map(() => []);
  };
  for (const row of select.iterate() as Iterable<unknown[]>) {
    row.forEach((value, i) => batch[i].push(columns[i].convert(value)));
    rows += 1;
    if (batch[0].length >= BATCH) await flush();
  }
  await flush();
  if (hasId && config.columns.some((c) => c.name === 'id' && c.primary)) {
    const max = (source.prepare(`SELECT coalesce(max(id), 0) AS n FROM ${quote(name)}`).get() as { n: number }).n;
    const next = Math.max(max, sequences.get(name) ?? 0);
    if (next > 0) await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), $2)`, [quote(name), next]);
  }
  const { rows: counted } = await client.query(`SELECT count(*) AS n FROM ${quote(name)}`);
  return { table: name, source: rows, target: counted[0].n };
}

/** Copies `sourceFile` into the migrated, empty PostgreSQL database `target`; returns each table's counts. */
export async function copySqliteToPostgres(sourceFile: string, target: PgDb): Promise<CopiedTable[]> {
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true });
  const client = await target.$client.connect();
  try {
    const tables = tablesInCopyOrder();
    const sequences = new Map((source.prepare('SELECT name, seq FROM sqlite_sequence').all() as { name: string; seq: number }[]).map((r) => [r.name, r.seq]));
    await client.query('BEGIN');
    await assertEmpty(client, tables);
    for (const name of DEFAULTED) await client.query(`DELETE FROM ${quote(name)}`);
    for (const name of TRIGGERED) await client.query(`ALTER TABLE ${quote(name)} DISABLE TRIGGER USER`);
    const copied: CopiedTable[] = [];
    for (const table of tables) copied.push(await copyTable(client, source, table, sequences));
    for (const name of TRIGGERED) await client.query(`ALTER TABLE ${quote(name)} ENABLE TRIGGER USER`);
    await client.query('INSERT INTO ticket_search (ticket_id, document) SELECT id, document FROM ticket_search_source');
    const { rows: searched } = await client.query('SELECT count(*) AS n FROM ticket_search');
    const tickets = copied.find((c) => c.table === 'tickets')!;
    copied.push({ table: 'ticket_search', source: tickets.source, target: searched[0].n });
    await client.query(
      'INSERT INTO ticket_counts (status, department_id, assignee_id, priority, n) SELECT status, department_id, coalesce(assignee_id, 0), priority, count(*) FROM tickets GROUP BY 1, 2, 3, 4',
    );
    const { rows: counted } = await client.query('SELECT coalesce(sum(n), 0) AS n FROM ticket_counts');
    copied.push({ table: 'ticket_counts', source: tickets.source, target: counted[0].n });
    const wrong = copied.filter((c) => c.source !== c.target);
    if (wrong.length > 0) throw new Error(`Counts differ after the copy, nothing was written: ${wrong.map((c) => `${c.table} ${c.source} → ${c.target}`).join(', ')}`);
    await client.query('COMMIT');
    return copied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
    source.close();
  }
}
