import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { throttles } from '@/db/schema';
import type { ThrottleState } from '@/lib/auth/throttle-policy';

export function getThrottle(key: string): ThrottleState | undefined {
  return db().select().from(throttles).where(eq(throttles.key, key)).get();
}

export function saveThrottle(key: string, state: ThrottleState) {
  db()
    .insert(throttles)
    .values({ key, ...state })
    .onConflictDoUpdate({ target: throttles.key, set: state })
    .run();
}

export function clearThrottle(key: string) {
  db().delete(throttles).where(eq(throttles.key, key)).run();
}
