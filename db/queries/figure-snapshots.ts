import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, transaction } from '@/db';
import { figureSnapshots } from '@/db/tables';
import { first } from '@/db/exec';

/** When the figures of `key` were last stored: a page asks this first and reads the bytes only when they changed. */
export async function figureSnapshotTime(key: string): Promise<Date | undefined> {
  return (await first(db().select({ computedAt: figureSnapshots.computedAt }).from(figureSnapshots).where(eq(figureSnapshots.key, key)).limit(1)))?.computedAt;
}

/** Figures worked out in the background (schema: figure_snapshots), by their key. */
export async function readFigureSnapshot(key: string): Promise<{ value: Buffer; computedAt: Date } | undefined> {
  return await first(db().select({ value: figureSnapshots.value, computedAt: figureSnapshots.computedAt }).from(figureSnapshots).where(eq(figureSnapshots.key, key)).limit(1));
}

/** Keeps the newest figures of `key`; the day's other keys (yesterday's) are dropped with it. */
export async function writeFigureSnapshot(key: string, value: Buffer, computedAt: Date, dropOthersOf: string) {
  await transaction(async (tx) => {
    await tx.insert(figureSnapshots).values({ key, value, computedAt }).onConflictDoUpdate({ target: figureSnapshots.key, set: { value, computedAt } });
    await tx.delete(figureSnapshots)
      .where(sql`${figureSnapshots.key} LIKE ${`${dropOthersOf}%`} AND ${figureSnapshots.key} <> ${key}`);
  });
}
