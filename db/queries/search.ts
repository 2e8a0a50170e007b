import 'server-only';
import { or, sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** `%q%` for LIKE, with the user's own % and _ taken literally. */
export function containsPattern(q: string): string {
  return `%${q.toLocaleLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Case-insensitive (Cyrillic too) substring match of any of the columns. */
export function textMatches(q: string | undefined, columns: AnyColumn[]): SQL | undefined {
  const trimmed = q?.trim();
  if (!trimmed) return undefined;
  const pattern = containsPattern(trimmed);
  return or(...columns.map((c) => sql`casefold(${c}) LIKE ${pattern} ESCAPE '\\'`));
}
