import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';
import { clients, departments, employees, tickets } from '@/db/tables';
import { CLOSED_STATUSES, OPEN_STATUSES, PRIORITIES, type Status, type TicketKind } from '@/lib/domain/enums';
import { RANK_BASE, RANKS, type TicketListFilters, type TicketListRow, type TicketSort } from '@/lib/tickets/list-vocabulary';
import { encodeCursor, type Cursor, type Page, type PageRequest } from '@/lib/domain/cursor';
import { ticketConditions } from './ticket-conditions';
import { SEARCH_COUNT_CAP, countTicketList, type TicketCounts } from './ticket-counts';
import { searchIds, ticketSearch } from './ticket-search';
import { first, rawAll } from '@/db/exec';
import { currentEngine } from '@/db/engine';

export const PAGE_SIZE = 50;

/** PostgreSQL runs the builders as they are; SQLite's reads below are tuned statements of its own. */
const postgres = currentEngine() === 'postgres';

export const OPEN: readonly Status[] = OPEN_STATUSES;
export const CLOSED: readonly Status[] = CLOSED_STATUSES;

const assignee = alias(employees, 'assignee');

const listFields = {
  id: tickets.id,
  title: tickets.title,
  status: tickets.status,
  priority: tickets.priority,
  createdAt: tickets.createdAt,
  dueDate: tickets.dueDate,
  clientId: tickets.clientId,
  clientName: clients.name,
  assigneeId: tickets.assigneeId,
  assigneeName: assignee.fullName,
  estimateMinor: tickets.estimateMinor,
  currency: tickets.currency,
  paidMinor: tickets.paidMinor,
  clientRepliedAt: tickets.clientRepliedAt,
};

/** What the CSV export writes: the list's columns and a few more. */
const exportFields = {
  ...listFields,
  updatedAt: tickets.updatedAt,
  kind: tickets.kind,
  clientPhone: clients.phone,
  departmentName: departments.name,
  deviceType: tickets.deviceType,
  brand: tickets.brand,
  model: tickets.model,
  serialNumber: tickets.serialNumber,
};

type Clauses = { where?: SQL; orderBy: SQL[]; limit: number };

/**
 * A page is read in two steps: first the ids of its rows from the tickets table (and the FTS
 * index) alone, where SQLite can walk an index in order and stop after the page, even over
 * several statuses at once; then the page's rows with their client and assignee by id. Joined in
 * one statement, a multi-status page would join every matching ticket before sorting them.
 * A search reads the FTS index, which hands out rowids (ticket ids) in order, so a page of a
 * search costs what a page of the whole list does; ids grow with creation time, so there
 * "newest first" is "highest number first".
 */
function keyQuery(f: TicketListFilters, c: Clauses & { index?: TicketIndex; key?: KeyColumn }) {
  const base = db()
    .select(c.key ? { id: tickets.id, k: c.key } : { id: tickets.id })
    .from(tickets)
    .$dynamic();
  const from = f.search ? base.innerJoin(ticketSearch, eq(ticketSearch.rowid, tickets.id)) : base;
  const query = from.where(c.where).orderBy(...c.orderBy).limit(c.limit);
  if (postgres) {
    // The planner picks the (…, created_at, id) index itself; a sort key comes back mapped (a Date), which the cursor reads as a number.
    const all = async () => ((await query) as { id: number; k?: unknown }[]).map((r): [number, unknown] => [r.id, r.k]);
    return { toSQL: () => query.toSQL(), all };
  }
  const built = query.toSQL();
  const text = c.index && !f.search ? withIndex(built.sql, c.index) : built.sql;
  const params = built.params as unknown[];
  return {
    toSQL: () => ({ sql: text, params }),
    /** [id, sort key] pairs, read as arrays: only the columns the index holds, so no row is visited. */
    all: async () => statement(text, true).all(...params) as [number, unknown][],
  };
}

type KeyColumn = typeof tickets.createdAt | typeof tickets.updatedAt | typeof tickets.dueDate | typeof tickets.estimateMinor;

/**
 * The indexes a page is read through. SQLite's planner, left to itself, may pick an index that
 * matches the filter but not the order: for several statuses at once it may prefer a narrower
 * index and then sort every open ticket. Naming the index (INDEXED BY)
 * keeps each view an ordered range read that stops after one page, whatever indexes other
 * features add later.
 */
type TicketIndex =
  | 'tickets_created_idx'
  | 'tickets_client_created_idx'
  | 'tickets_assignee_created_idx'
  | 'tickets_assignee_status_created_idx'
  | 'tickets_status_created_idx'
  | 'tickets_priority_created_idx'
  | 'tickets_department_created_idx'
  | 'tickets_updated_idx'
  | 'tickets_due_idx'
  | 'tickets_status_due_idx'
  | 'tickets_estimate_idx'
  | 'tickets_warranty_return_idx'
  | 'tickets_balance_due_idx'
  | 'tickets_client_replied_idx';

/** The narrowest filter's (created_at, id) index; the date range is a range within any of them. */
function createdIndex(f: TicketListFilters): TicketIndex {
  if (f.clientId !== undefined) return 'tickets_client_created_idx';
  // Warranty returns are few: all of them read from their partial index and sorted.
  if (f.warrantyReturn) return 'tickets_warranty_return_idx';
  // Tickets waiting for an answer are few (the mark goes with the answer): all of them from their partial index.
  if (f.clientReplied) return 'tickets_client_replied_idx';
  // Tickets with a balance due are a small part of all: their partial index beats a status's.
  if (f.balanceDue) return 'tickets_balance_due_idx';
  if (f.assigneeId !== undefined) return f.statuses ? 'tickets_assignee_status_created_idx' : 'tickets_assignee_created_idx';
  if (f.statuses) return 'tickets_status_created_idx';
  if (f.priorities) return 'tickets_priority_created_idx';
  if (f.departmentId !== undefined) return 'tickets_department_created_idx';
  return 'tickets_created_idx';
}

/** For the other orders: a client's or an employee's tickets are few enough to sort; otherwise the order's index. */
function orderIndex(f: TicketListFilters, own: TicketIndex): TicketIndex {
  if (f.clientId !== undefined) return 'tickets_client_created_idx';
  if (f.warrantyReturn) return 'tickets_warranty_return_idx';
  if (f.clientReplied) return 'tickets_client_replied_idx';
  if (f.assigneeId !== undefined) return 'tickets_assignee_created_idx';
  return own;
}

function withIndex(text: string, index: TicketIndex): string {
  const from = 'from "tickets"';
  if (!text.includes(from)) throw new Error('ticket list query: unexpected SQL shape');
  return text.replace(from, `${from} INDEXED BY "${index}"`);
}

/** Read as arrays; the connection keeps the statement for the next request (db/connection.ts). */
function statement(text: string, raw: true) {
  return db().$client.prepare<unknown[]>(text).raw(raw);
}

export type { TicketListRow };

export type TicketExportRow = TicketListRow & {
  updatedAt: Date;
  kind: TicketKind;
  clientPhone: string | null;
  departmentName: string;
  deviceType: string | null;
  brand: string | null;
  model: string | null;
  serialNumber: string | null;
};

const TIMESTAMPS = new Set(['createdAt', 'updatedAt', 'clientRepliedAt']);

/** A full page and the export's batch come back every time; a last page's count now and then. */
const MAX_ROWS_BY_ID_TEXTS = 16;
/** SQL texts of rowsById by field set, then by department join and number of ids. */
const rowsByIdTexts = new WeakMap<Record<string, unknown>, Map<string, string>>();

/**
 * The rows of `ids` with their client, assignee (and department), in the order of `ids`. On SQLite
 * drizzle builds the statement's text once per field set and number of ids (building it cost
 * 0.18 ms, more than reading the page's fifty rows); rows are read as arrays.
 */
async function rowsById<T>(fields: Record<string, unknown>, withDepartment: boolean, ids: number[]): Promise<T[]> {
  if (ids.length === 0) return [];
  const select = (where: SQL) => {
    const query = db()
      .select(fields as typeof listFields)
      .from(tickets)
      .innerJoin(clients, eq(tickets.clientId, clients.id))
      .leftJoin(assignee, eq(tickets.assigneeId, assignee.id))
      .$dynamic();
    return (withDepartment ? query.innerJoin(departments, eq(tickets.departmentId, departments.id)) : query).where(where);
  };
  const byId = new Map<number, T>();
  if (postgres) {
    for (const row of await select(inArray(tickets.id, ids))) byId.set(row.id, row as T);
    return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
  }
  let texts = rowsByIdTexts.get(fields);
  if (!texts) rowsByIdTexts.set(fields, (texts = new Map()));
  const shape = `${withDepartment} ${ids.length}`;
  let text = texts.get(shape);
  if (text === undefined) {
    texts.set(shape, (text = select(inArray(tickets.id, ids)).toSQL().sql));
    if (texts.size > MAX_ROWS_BY_ID_TEXTS) texts.delete(texts.keys().next().value!);
  }
  const names = Object.keys(fields);
  for (const values of statement(text, true).all(...ids) as unknown[][]) {
    const row: Record<string, unknown> = {};
    names.forEach((name, i) => (row[name] = TIMESTAMPS.has(name) && values[i] !== null ? new Date(values[i] as number) : values[i]));
    byId.set(row.id as number, row as T);
  }
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}

/** A row as a page's keys are read: its id, its sort key, and the segment it came from. */
type KeyRow = { id: number; k: unknown; seg: number };
type Keyset = (cursor: Cursor | undefined, backwards: boolean) => { where?: SQL; orderBy: SQL[] };

/**
 * A sort is one or more segments read one after another, each an index range in a fixed order:
 * "priority" reads the urgent tickets, then the high ones and so on, each newest first through
 * (priority, created_at, id); "due" reads the dated tickets through (due_date, id), then the
 * undated ones; "total" reads the priced tickets through (estimate_minor, id), highest first, then
 * those without lines. No page ever sorts more than its own rows.
 */
type Segment = {
  where?: SQL;
  keyset: Keyset;
  index: (f: TicketListFilters) => TicketIndex;
  /** The column read with the id (none when the segment's order is the id's). */
  key?: KeyColumn;
  /** The cursor value of a row of this segment from its key, and whether a cursor value is of it. */
  value: (k: unknown) => Cursor['v'];
  holds: (v: Cursor['v']) => boolean;
};

/** (column, id) compared as a row value: one index range, however deep the page. */
function pairKeyset(column: KeyColumn, direction: 'asc' | 'desc'): Keyset {
  return (cursor, backwards) => {
    const ascending = backwards ? direction === 'desc' : direction === 'asc';
    const op = sql.raw(ascending ? '>' : '<');
    // Raw parameters, not the column's mapper: a timestamp cursor holds milliseconds, not a Date.
    const where = cursor ? sql`(${column}, ${tickets.id}) ${op} (${cursor.v}, ${cursor.id})` : undefined;
    return { where, orderBy: ascending ? [asc(column), asc(tickets.id)] : [desc(column), desc(tickets.id)] };
  };
}

function idKeyset(column: SQL | typeof tickets.id | typeof ticketSearch.rowid, direction: 'asc' | 'desc'): Keyset {
  return (cursor, backwards) => {
    const ascending = backwards ? direction === 'desc' : direction === 'asc';
    const where = cursor ? (ascending ? sql`${column} > ${cursor.id}` : sql`${column} < ${cursor.id}`) : undefined;
    return { where, orderBy: [ascending ? asc(column) : desc(column)] };
  };
}

const always = () => true;

function createdKeyset(direction: 'asc' | 'desc', searching: boolean): Keyset {
  return searching ? idKeyset(ticketSearch.rowid, direction) : pairKeyset(tickets.createdAt, direction);
}

const totalIndex = (f: TicketListFilters) => orderIndex(f, 'tickets_estimate_idx');
const dueIndex = (f: TicketListFilters) => orderIndex(f, f.statuses ? 'tickets_status_due_idx' : 'tickets_due_idx');

function segments(sort: TicketSort, searching: boolean): Segment[] {
  const created = (k: unknown) => Number(k);
  switch (sort) {
    case 'created':
    case '-created':
      return [{ keyset: createdKeyset(sort === 'created' ? 'desc' : 'asc', searching), index: createdIndex, key: tickets.createdAt, value: created, holds: always }];
    case 'updated':
      return [{ keyset: pairKeyset(tickets.updatedAt, 'desc'), index: (f) => orderIndex(f, 'tickets_updated_idx'), key: tickets.updatedAt, value: created, holds: always }];
    case 'due':
      return [
        {
          where: isNotNull(tickets.dueDate),
          keyset: pairKeyset(tickets.dueDate, 'asc'),
          index: dueIndex,
          key: tickets.dueDate,
          value: (k) => k as string,
          holds: (v) => typeof v === 'string',
        },
        {
          where: isNull(tickets.dueDate),
          keyset: idKeyset(tickets.id, 'desc'),
          index: dueIndex,
          value: () => null,
          holds: (v) => v === null,
        },
      ];
    case 'total':
      return [
        {
          where: isNotNull(tickets.estimateMinor),
          keyset: pairKeyset(tickets.estimateMinor, 'desc'),
          index: totalIndex,
          key: tickets.estimateMinor,
          value: (k) => Number(k),
          holds: (v) => typeof v === 'number',
        },
        {
          where: isNull(tickets.estimateMinor),
          keyset: idKeyset(tickets.id, 'desc'),
          index: totalIndex,
          value: () => null,
          holds: (v) => v === null,
        },
      ];
    case 'priority':
      return [...PRIORITIES].reverse().map((priority): Segment => {
        const rank = RANKS[priority];
        const inner = createdKeyset('desc', searching);
        return {
          where: eq(tickets.priority, priority),
          keyset: (cursor, backwards) => inner(cursor && { v: Number(cursor.v) - rank * RANK_BASE, id: cursor.id }, backwards),
          // Within some statuses, their own ranges (a rare status is sparse among all urgent tickets).
          index: (f) => orderIndex(f, f.statuses ? 'tickets_status_created_idx' : 'tickets_priority_created_idx'),
          key: tickets.createdAt,
          value: (k) => rank * RANK_BASE + Number(k),
          holds: (v) => typeof v === 'number' && Math.floor(v / RANK_BASE) === rank,
        };
      });
  }
}

export type TicketPage<T> = Page<T> & { next: Cursor | null; prev: Cursor | null };

/** Reads one page's keys: segment by segment from the cursor's, forwards or (for `before`) backwards. */
async function readPage(f: TicketListFilters, sort: TicketSort, req: PageRequest, size: number): Promise<TicketPage<KeyRow>> {
  const segs = segments(sort, !!f.search);
  const backwards = !!req.before;
  let cursor = req.before ?? req.after;
  let i = cursor ? segs.findIndex((s) => s.holds(cursor!.v)) : backwards ? segs.length - 1 : 0;
  if (i < 0) [i, cursor] = [0, undefined];
  const rows: KeyRow[] = [];
  for (; i >= 0 && i < segs.length && rows.length <= size; i += backwards ? -1 : 1, cursor = undefined) {
    const seg = segs[i];
    const { where, orderBy } = seg.keyset(cursor, backwards);
    const clauses = { where: and(...ticketConditions(f), seg.where, where), orderBy, limit: size + 1 - rows.length, index: seg.index(f), key: seg.key };
    for (const [id, k] of await keyQuery(f, clauses).all()) rows.push({ id, k, seg: i });
  }
  const hasMore = rows.length > size;
  const page = rows.slice(0, size);
  if (backwards) page.reverse();
  const cursorOf = (row: KeyRow | undefined): Cursor | null => (row ? { v: segs[row.seg].value(row.k), id: row.id } : null);
  const next = (backwards ? page.length > 0 : hasMore) ? cursorOf(page[page.length - 1]) : null;
  const prev = (backwards ? hasMore : !!req.after) ? cursorOf(page[0]) : null;
  return { rows: page, next, prev, nextCursor: next && encodeCursor(next), prevCursor: prev && encodeCursor(prev) };
}

/** The first page's key query in a given order: what the EXPLAIN QUERY PLAN tests look at. */
export function ticketListQuery(f: TicketListFilters, page: PageRequest = {}, size = PAGE_SIZE, sort: TicketSort = 'created') {
  const seg = segments(sort, !!f.search)[0];
  const { where, orderBy } = seg.keyset(page.before ?? page.after, !!page.before);
  return keyQuery(f, { where: and(...ticketConditions(f), seg.where, where), orderBy, limit: size + 1, index: seg.index(f), key: seg.key });
}

export async function listTickets(f: TicketListFilters, page: PageRequest = {}, size = PAGE_SIZE, sort: TicketSort = 'created'): Promise<TicketPage<TicketListRow>> {
  const keys = await readPage(f, sort, page, size);
  return { ...keys, rows: await rowsById<TicketListRow>(listFields, false, keys.rows.map((r) => r.id)) };
}

/** The export reads the whole filter in pages of `size` rows, each its own short read. */
export async function listTicketsForExport(f: TicketListFilters, sort: TicketSort, page: PageRequest, size: number): Promise<TicketPage<TicketExportRow>> {
  const keys = await readPage(f, sort, page, size);
  return { ...keys, rows: await rowsById<TicketExportRow>(exportFields, true, keys.rows.map((r) => r.id)) };
}

export async function ticketExists(id: number): Promise<boolean> {
  return await first(db().select({ id: tickets.id }).from(tickets).where(eq(tickets.id, id)).limit(1)) !== undefined;
}

/**
 * The page and the counts the list shows. The first page of a plain search (newest or oldest
 * first, no other filter) takes both from one read of the FTS index: its first ids in order, up
 * to the search count's cap. Reading them apart would merge the word lists of a prefix such as
 * "смирн" twice, and that merge is what a search over a million tickets costs.
 */
export async function listAndCountTickets(f: TicketListFilters, page: PageRequest, size: number, sort: TicketSort): Promise<{ page: TicketPage<TicketListRow>; counts: TicketCounts }> {
  const plainSearch = f.search && ticketConditions(f).length === 1 && !page.after && !page.before && (sort === 'created' || sort === '-created');
  if (!plainSearch || !f.search) return { page: await listTickets(f, page, size, sort), counts: await countTicketList(f) };
  const ids = await matchingIds(f.search, sort === 'created' ? 'desc' : 'asc', Math.max(SEARCH_COUNT_CAP, size) + 1);
  const rows = await rowsById<TicketListRow>(listFields, false, ids.slice(0, size));
  const last = rows[rows.length - 1];
  const next = ids.length > size && last ? { v: last.createdAt.getTime(), id: last.id } : null;
  const counts: TicketCounts =
    ids.length > SEARCH_COUNT_CAP ? { total: SEARCH_COUNT_CAP, capped: true, byStatus: null } : await countTicketList(f);
  return { page: { rows, next, prev: null, nextCursor: next && encodeCursor(next), prevCursor: null }, counts };
}

/** A search's first ids in order; on SQLite through the connection's kept statement, read as arrays (a thousand ids, no objects). */
async function matchingIds(match: string, order: 'desc' | 'asc', limit: number): Promise<number[]> {
  if (postgres) return (await rawAll<{ id: number }>(db(), searchIds(match, order, limit))).map((m) => m.id);
  const text = `SELECT rowid FROM ticket_search WHERE ticket_search MATCH ? ORDER BY rowid ${order === 'desc' ? 'DESC' : 'ASC'} LIMIT ?`;
  return (statement(text, true).all(match, limit) as [number][]).map(([id]) => id);
}

export { COUNT_CAP, SEARCH_COUNT_CAP, TAB_SAMPLE_CAP, countTicketList, countTickets, type TicketCounts } from './ticket-counts';
