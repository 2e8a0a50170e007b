import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import { getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { PgDb } from './connection';
import * as schema from './schema';

/**
 * `npm run db:copy`: a SQLite database of this app into an empty PostgreSQL one, in one
 * transaction, the way pg_restore loads a dump: the secondary indexes and foreign keys are dropped,
 * the rows stream in table by table through COPY, and the indexes and keys are made again over the
 * loaded tables (a million tickets in minutes instead of a quarter of an hour). The identity
 * counters continue from SQLite's (AUTOINCREMENT never hands out a deleted id again, nor will
 * PostgreSQL). The derived tables are not recomputed row by row: payment_sums is copied as it is
 * (the triggers that keep it are off during the copy), and the search index and the ticket counts
 * are built once at the end. Before committing, every table's count is compared with the
 * source's; any difference, or a key the rows break, rolls everything back.
 */
export type CopiedTable = { table: string; source: number; target: number };

/** Rows per chunk written to the COPY stream. */
const CHUNK_ROWS = 2_000;
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

/** SQLite text in COPY's text format: the backslash, line feed, carriage return and tab escaped. */
const escapedText = (c: string) => `replace(replace(replace(replace(${c}, '\\', '\\\\'), char(10), '\\n'), char(13), '\\r'), char(9), '\\t')`;

/**
 * A column of a SQLite row as a field of COPY's text format, worked out by SQLite itself: \N for
 * NULL, a boolean as t/f, bytes as bytea's hex, a number as its digits, and text with the backslash
 * and the characters that separate fields and rows escaped (only text that has one is rewritten).
 * SQLite builds each row's whole line in C and hands Node one string: reading the values of eleven
 * million events into JavaScript and escaping them there took 40 s, this 25 s.
 */
function copyTextField(column: string, sqlType: string): string {
  const c = quote(column);
  if (sqlType === 'boolean') return `CASE WHEN ${c} IS NULL THEN '\\N' WHEN ${c} THEN 't' ELSE 'f' END`;
  if (sqlType === 'bytea') return `CASE WHEN ${c} IS NULL THEN '\\N' ELSE '\\\\x' || lower(hex(${c})) END`;
  if (sqlType === 'integer' || sqlType === 'bigint') return `coalesce(CAST(${c} AS TEXT), '\\N')`;
  return `coalesce(iif(${c} GLOB '*[\\' || char(9, 10, 13) || ']*', ${escapedText(c)}, ${c}), '\\N')`;
}

async function assertEmpty(client: pg.PoolClient, tables: PgTable[]) {
  for (const table of tables) {
    const name = getTableName(table);
    if (DEFAULTED.includes(name)) continue;
    const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM ${quote(name)}) AS filled`);
    if (rows[0].filled) throw new CopyRefused(`The PostgreSQL database is not empty (${name} has rows): copy into a new, empty database.`);
  }
}

/**
 * The secondary indexes and the foreign keys, dropped before the rows go in; returns the statements
 * that make them again. An index built once over the loaded rows and a key checked by one join
 * cost a fraction of keeping them row by row. Their definitions come from the catalog, so the copy
 * makes exactly what the migrations made; inside the transaction, a failure leaves them as they were.
 */
async function dropIndexesAndKeys(client: pg.PoolClient): Promise<string[]> {
  const { rows: keys } = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
     FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY conrelid, conname`,
  );
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
     WHERE c.relnamespace = 'public'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
     ORDER BY i.indexrelid`,
  );
  for (const key of keys) await client.query(`ALTER TABLE ${key.tbl} DROP CONSTRAINT ${quote(key.name)}`);
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  return [...indexes.map((i) => i.def), ...keys.map((k) => `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${quote(k.name)} ${k.def}`)];
}

async function copyTable(client: pg.PoolClient, source: Database.Database, table: PgTable, sequences: Map<string, number>): Promise<CopiedTable> {
  const name = getTableName(table);
  const config = getTableConfig(table);
  const columns = config.columns.map((c) => ({ name: c.name, field: copyTextField(c.name, c.getSQLType()) }));
  const hasId = columns.some((c) => c.name === 'id');
  const line = columns.map((c) => c.field).join(` || char(9) || `);
  const select = source.prepare(`SELECT ${line} FROM ${quote(name)}${hasId ? ' ORDER BY id' : ''}`).pluck(true);
  let rows = 0;
  async function* lines() {
    let chunk = '';
    for (const text of select.iterate() as Iterable<string>) {
      chunk += text + '\n';
      rows += 1;
      if (rows % CHUNK_ROWS === 0) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY ${quote(name)} (${columns.map((c) => quote(c.name)).join(', ')}) FROM STDIN (FREEZE)`)));
  if (hasId && config.columns.some((c) => c.name === 'id' && c.primary)) {
    const max = (source.prepare(`SELECT coalesce(max(id), 0) AS n FROM ${quote(name)}`).get() as { n: number }).n;
    const next = Math.max(max, sequences.get(name) ?? 0);
    if (next > 0) await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), $2)`, [quote(name), next]);
  }
  const { rows: counted } = await client.query(`SELECT count(*) AS n FROM ${quote(name)}`);
  return { table: name, source: rows, target: counted[0].n };
}

/** Called as each step of the copy ends, with what it did and how long it took. */
export type CopyProgress = (step: string, seconds: number) => void;

/** Copies `sourceFile` into the migrated, empty PostgreSQL database `target`; returns each table's counts. */
export async function copySqliteToPostgres(sourceFile: string, target: PgDb, progress: CopyProgress = () => {}): Promise<CopiedTable[]> {
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true });
  const client = await target.$client.connect();
  let stepStarted = performance.now();
  const stepDone = (step: string) => {
    const now = performance.now();
    progress(step, (now - stepStarted) / 1000);
    stepStarted = now;
  };
  try {
    const tables = tablesInCopyOrder();
    const sequences = new Map((source.prepare('SELECT name, seq FROM sqlite_sequence').all() as { name: string; seq: number }[]).map((r) => [r.name, r.seq]));
    await client.query('BEGIN');
    await assertEmpty(client, tables);
    for (const name of TRIGGERED) await client.query(`ALTER TABLE ${quote(name)} DISABLE TRIGGER USER`);
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    const remake = await dropIndexesAndKeys(client);
    // Emptied in this transaction (the defaults the migrations wrote go too), the tables take COPY's
    // FREEZE: rows written already frozen, so the first reads do not rewrite every page to mark them.
    await client.query(`TRUNCATE ${tables.map((t) => quote(getTableName(t))).join(', ')}`);
    const copied: CopiedTable[] = [];
    stepDone('checks and preparation');
    for (const table of tables) {
      const done = await copyTable(client, source, table, sequences);
      copied.push(done);
      stepDone(`${done.table}: ${done.source.toLocaleString('en')} rows`);
    }
    for (const name of TRIGGERED) await client.query(`ALTER TABLE ${quote(name)} ENABLE TRIGGER USER`);
    // A million documents (four to_tsvector each) take a core half a minute. INSERT … SELECT runs
    // on one core, CREATE TABLE … AS may run in parallel: the documents are worked out into a
    // scratch table by every core, then moved. (The app's sessions keep parallel workers off; SET
    // LOCAL lasts until this transaction ends.)
    await client.query('SET LOCAL max_parallel_workers_per_gather = 4');
    await client.query('CREATE TABLE copy_search_documents AS SELECT id, document FROM ticket_search_source');
    await client.query('INSERT INTO ticket_search (ticket_id, document) SELECT id, document FROM copy_search_documents');
    await client.query('DROP TABLE copy_search_documents');
    stepDone('the search index’s documents');
    const { rows: searched } = await client.query('SELECT count(*) AS n FROM ticket_search');
    const tickets = copied.find((c) => c.table === 'tickets')!;
    copied.push({ table: 'ticket_search', source: tickets.source, target: searched[0].n });
    await client.query(
      'INSERT INTO ticket_counts (status, department_id, assignee_id, priority, n) SELECT status, department_id, coalesce(assignee_id, 0), priority, count(*) FROM tickets GROUP BY 1, 2, 3, 4',
    );
    stepDone('ticket counts');
    for (const statement of remake) {
      await client.query(statement);
      stepDone(statement.replace(/\s+USING\s.*$|\s+FOREIGN KEY.*$/s, ''));
    }
    // The planner's statistics, as after pg_restore: without them, until autovacuum gets round to
    // a table of millions, it guesses, and a month's cash report walked every payment sum.
    await client.query('ANALYZE');
    stepDone('statistics (ANALYZE)');
    const { rows: counted } = await client.query('SELECT coalesce(sum(n), 0) AS n FROM ticket_counts');
    copied.push({ table: 'ticket_counts', source: tickets.source, target: counted[0].n });
    const wrong = copied.filter((c) => c.source !== c.target);
    if (wrong.length > 0) throw new Error(`Counts differ after the copy, nothing was written: ${wrong.map((c) => `${c.table} ${c.source} → ${c.target}`).join(', ')}`);
    await client.query('COMMIT');
    stepDone('commit');
    return copied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
    source.close();
  }
}
