/**
 * How many attempts a key may make: `maxFailures` within `windowMs`; the attempt that reaches the
 * limit locks the key for `lockMs`. Counted by `reserveAttempt` (db/queries/throttles.ts) before the
 * slow check it guards, so parallel attempts cannot outrun the count.
 */
export type ThrottlePolicy = { maxFailures: number; windowMs: number; lockMs: number };

/** Sign-in: 5 attempts within 15 minutes, then a 15-minute pause. */
export const LOGIN_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export type ThrottleState = { failures: number; windowStartedAt: Date; lockedUntil: Date | null };
