import { z } from 'zod';

/**
 * A list's place in the URL: the sort value and id of a boundary row, base64url-encoded (keyset
 * pagination, db/queries/keyset.ts). A forged or stale one is just ignored.
 */
export type Cursor = { v: string | number | null; id: number };
export type PageRequest = { after?: Cursor; before?: Cursor };
export type Page<T> = { rows: T[]; nextCursor: string | null; prevCursor: string | null };

const cursorSchema = z.object({ v: z.union([z.string(), z.number(), z.null()]), id: z.number().int() });

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(raw: string | undefined | null): Cursor | undefined {
  if (!raw || raw.length > 512) return undefined;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

