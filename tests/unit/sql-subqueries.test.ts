import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'migrations' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** An sql`…` template (with or without its result type) whose text has a SELECT: a subquery written out. */
const SQL_WITH_SELECT = /\bsql(?:<[^>`]*>)?`([^`]*\bSELECT\b[^`]*)`/gi;
/** `${table.column}` inside it. */
const INTERPOLATED_COLUMN = /\$\{\s*[A-Za-z_]+\.[A-Za-z_]+\s*\}/;

describe('subqueries written in SQL', () => {
  // In a select without joins drizzle renders an interpolated column as a bare "name"; inside a
  // subquery SQLite and PostgreSQL bind that name to the subquery's own table. The departments'
  // counts (issue 19) and the device history's warranty were wrong that way.
  it('name their columns through written-out tables or aliases, never ${table.column}', () => {
    const offenders = ['db', 'lib'].flatMap((layer) =>
      sourceFiles(path.join(ROOT, layer)).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(SQL_WITH_SELECT)]
          .filter((m) => INTERPOLATED_COLUMN.test(m[1]))
          .map((m) => `${path.relative(ROOT, file)}: ${m[1].replace(/\s+/g, ' ').slice(0, 120)}`),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('recognizes the pattern it forbids', () => {
    const bad = 'sql<number | null>`(SELECT max(${ticketLines.warrantyDays}) FROM ${ticketLines} WHERE ${ticketLines.ticketId} = ${tickets.id})`';
    const good = 'sql<number | null>`(SELECT max(l.warranty_days) FROM ticket_lines l WHERE l.ticket_id = tickets.id)`';
    expect([...bad.matchAll(SQL_WITH_SELECT)].some((m) => INTERPOLATED_COLUMN.test(m[1]))).toBe(true);
    expect([...good.matchAll(SQL_WITH_SELECT)].some((m) => INTERPOLATED_COLUMN.test(m[1]))).toBe(false);
  });
});
