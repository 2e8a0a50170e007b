import 'server-only';
import { asc, desc, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { encodeCursor, type Cursor, type Page, type PageRequest } from '@/lib/domain/cursor';

/** Keyset pagination over (sort column, id): page 500 costs what page 1 costs (cursors: lib/domain/cursor.ts). */
export type { Cursor, Page, PageRequest };

type Direction = 'asc' | 'desc';

/** WHERE and ORDER BY for one page; `before` pages run in reverse and are flipped back by `toPage`. */
export function keysetClauses(column: AnyColumn, id: AnyColumn, direction: Direction, req: PageRequest) {
  const cursor = req.before ?? req.after;
  const backwards = !!req.before;
  const forwardAsc = direction === 'asc';
  const ascending = backwards ? !forwardAsc : forwardAsc;
  // Raw parameters, not the column's mapper: a timestamp cursor holds milliseconds, not a Date.
  const op = sql.raw(ascending ? '>' : '<');
  const where: SQL | undefined = cursor
    ? sql`(${column} ${op} ${cursor.v} OR (${column} = ${cursor.v} AND ${id} ${op} ${cursor.id}))`
    : undefined;
  const order = ascending ? [asc(column), asc(id)] : [desc(column), desc(id)];
  return { where, orderBy: order };
}

/** Takes `size + 1` rows fetched with `keysetClauses` and makes the page with its cursors. */
export function toPage<T extends { id: number }>(rows: T[], size: number, req: PageRequest, sortValue: (row: T) => Cursor['v']): Page<T> {
  const hasMore = rows.length > size;
  const slice = rows.slice(0, size);
  const ordered = req.before ? slice.reverse() : slice;
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  const cursorOf = (row: T) => encodeCursor({ v: sortValue(row), id: row.id });
  const moreAfter = req.before ? true : hasMore;
  const moreBefore = req.before ? hasMore : !!req.after;
  return {
    rows: ordered,
    nextCursor: moreAfter && last ? cursorOf(last) : null,
    prevCursor: moreBefore && first ? cursorOf(first) : null,
  };
}
