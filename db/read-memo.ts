import 'server-only';
import { committedVersion } from '@/db';

type Entry<T> = { version: number; value: T };

/**
 * An expensive read whose answer is kept until the database changes: the next call with the same
 * key gets the same answer for as long as nobody has committed a write since (committedVersion).
 * For aggregates that many people open and few writes touch — the cash report of a month a manager
 * reopens or prints, a million tickets' payments summed, the ticket list's status tabs — not for a
 * list's rows, which every write may change.
 * Each process keeps its own `size` most recently used keys; an answer is never served after a
 * commit, so processes cannot disagree. On PostgreSQL and inside a transaction it reads every time.
 */
export function memoUntilWrite<Args extends unknown[], T>(size: number, keyOf: (...args: Args) => string, read: (...args: Args) => Promise<T>) {
  const kept = new Map<string, Entry<T>>();
  return async (...args: Args): Promise<T> => {
    const version = committedVersion();
    if (version === undefined) return await read(...args);
    const key = keyOf(...args);
    const hit = kept.get(key);
    kept.delete(key); // set again below, as the most recently used
    if (hit?.version === version) {
      kept.set(key, hit);
      return hit.value;
    }
    const value = await read(...args);
    kept.set(key, { version, value });
    if (kept.size > size) kept.delete(kept.keys().next().value!);
    return value;
  };
}
