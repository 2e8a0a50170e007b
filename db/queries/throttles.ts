import 'server-only';
import { and, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { db, transaction } from '@/db';
import { throttles } from '@/db/tables';
import type { ThrottlePolicy, ThrottleState } from '@/lib/auth/throttle-policy';
import { affected, first } from '@/db/exec';
import { bigintParam } from '@/db/dialect';

export async function getThrottle(key: string): Promise<ThrottleState | undefined> {
  return await first(db().select().from(throttles).where(eq(throttles.key, key)).limit(1));
}

export type Reservation = { allowed: true; attempts: number } | { allowed: false; lockedUntil: Date };

/**
 * Counts an attempt unless the key is locked, in one statement that reads the lock and writes the
 * count: however many attempts arrive at once (and from however many processes), only
 * `maxFailures` of them get past, and the one that reaches the limit sets the lock. A success
 * clears the key afterwards (clearThrottle); a failure needs no second write.
 */
export async function reserveAttempt(key: string, policy: ThrottlePolicy, now = new Date()): Promise<Reservation> {
  const at = now.getTime();
  const windowOpen = sql`${at} - ${throttles.windowStartedAt} < ${policy.windowMs}`;
  const attempts = sql`CASE WHEN ${windowOpen} THEN ${throttles.failures} + 1 ELSE 1 END`;
  const row = await transaction(async (tx) =>
    await first(
      tx
        .insert(throttles)
        .values({ key, failures: 1, windowStartedAt: now, lockedUntil: policy.maxFailures <= 1 ? new Date(at + policy.lockMs) : null })
        .onConflictDoUpdate({
          target: throttles.key,
          // SQLite evaluates every SET expression against the row as it was before this update.
          set: {
            failures: attempts,
            windowStartedAt: sql`CASE WHEN ${windowOpen} THEN ${throttles.windowStartedAt} ELSE ${bigintParam(at)} END`,
            lockedUntil: sql`CASE WHEN ${attempts} >= ${policy.maxFailures} THEN ${bigintParam(at + policy.lockMs)} ELSE NULL END`,
          },
          setWhere: or(isNull(throttles.lockedUntil), lte(throttles.lockedUntil, now)),
        })
        .returning({ failures: throttles.failures }),
    ),
  );
  if (row) return { allowed: true, attempts: row.failures };
  return { allowed: false, lockedUntil: (await getThrottle(key))?.lockedUntil ?? new Date(at + policy.lockMs) };
}

export async function clearThrottle(key: string) {
  await transaction(async (tx) => await tx.delete(throttles).where(eq(throttles.key, key)));
}

/** Rows whose window and lock are both over say nothing any more; the minute sweep deletes them. */
export async function pruneThrottles(longestWindowMs: number, now = new Date()): Promise<number> {
  const windowOver = lt(throttles.windowStartedAt, new Date(now.getTime() - longestWindowMs));
  const lockOver = or(isNull(throttles.lockedUntil), lte(throttles.lockedUntil, now));
  return transaction(async (tx) => affected(await tx.delete(throttles).where(and(windowOver, lockOver))));
}
