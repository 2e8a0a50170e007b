import 'server-only';
import { sql, type Placeholder } from 'drizzle-orm';
import { db } from '@/db';
import type { Writer } from '@/db/queries/audit';

/** What drizzle's `.prepare()` gives on either engine: the query's SQL, built once, run with values. */
type PreparedQuery<Row> = { execute(values: Record<string, unknown>): PromiseLike<Row[]> | Row[] };
type Preparable<Row> = { prepare(): PreparedQuery<Row> };

/**
 * A read whose SQL drizzle builds once per connection instead of on every call. Building a select
 * (its columns, joins and conditions) costs 50 to 130 µs, several times what SQLite takes to answer
 * a read by key, and every page runs a dozen such reads; prepared, one costs what SQLite and the
 * rows' mapping cost. `build` writes the query with `p.name` where a value goes.
 *
 * The query is prepared on the connection it runs on: the one given, else db() (the transaction's
 * inside one, so a read sees what the transaction wrote). A placeholder's value reaches the driver
 * as it is, not through the column's mapping, so a read prepared here compares ids, numbers and
 * text only, never a timestamp (SQLite stores milliseconds, PostgreSQL a timestamptz).
 */
export function preparedRead<Name extends string, Row>(
  names: readonly Name[],
  build: (on: Writer, p: { [N in Name]: Placeholder<N> }) => Preparable<Row>,
): (values: Record<Name, string | number>, on?: Writer) => Promise<Row[]> {
  const placeholders = Object.fromEntries(names.map((name) => [name, sql.placeholder(name)])) as { [N in Name]: Placeholder<N> };
  const prepared = new WeakMap<Writer, PreparedQuery<Row>>();
  return async (values, on: Writer = db()) => {
    let query = prepared.get(on);
    if (!query) {
      query = build(on, placeholders).prepare();
      prepared.set(on, query);
    }
    return await query.execute(values);
  };
}
