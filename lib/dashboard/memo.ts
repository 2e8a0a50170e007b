/**
 * A value kept for a short while in this process. The center-wide figures are the same for every
 * manager, and at a million tickets the 30-day ones take up to a second or two to compute, so:
 * - younger than `freshMs`: served as they are;
 * - between `freshMs` and `maxAgeMs`: served as they are while a fresh copy is computed right
 *   after this request (so a busy dashboard never waits for it);
 * - from `maxAgeMs` on, or for another key (the key holds the local date): computed now.
 * Nothing served is ever older than `maxAgeMs`. The page says when the figures were computed.
 */
export type Memo<T> = ((key: string, compute: () => Promise<T>) => Promise<{ value: T; computedAt: Date }>) & {
  /** Whether a call with this key now would be served without computing in the request. */
  ready: (key: string) => boolean;
};

export type MemoOptions = {
  freshMs: number;
  maxAgeMs: number;
  clock?: () => number;
  /** Runs the background refresh later; a timer by default. */
  defer?: (run: () => void) => void;
};

export function memo<T>({ freshMs, maxAgeMs, clock = Date.now, defer = (run) => setTimeout(run, 0) }: MemoOptions): Memo<T> {
  let kept: { key: string; value: T; at: number } | undefined;
  let refreshing = false;
  const ageOf = (key: string, now: number) => (kept && kept.key === key && now >= kept.at ? now - kept.at : Infinity);
  const get = async (key: string, compute: () => Promise<T>) => {
    const now = clock();
    const age = ageOf(key, now);
    if (!kept || age >= maxAgeMs) {
      const value = await compute();
      kept = { key, value, at: now };
      return { value, computedAt: new Date(now) };
    }
    if (age >= freshMs && !refreshing) {
      refreshing = true;
      defer(() => {
        const at = clock();
        void (async () => {
          try {
            kept = { key, value: await compute(), at };
          } catch (error) {
            // The next request past maxAgeMs computes again in the open and shows the error page.
            console.error(JSON.stringify({ event: 'dashboard_refresh_failed', key, error: String(error) }));
          } finally {
            refreshing = false;
          }
        })();
      });
    }
    return { value: kept.value, computedAt: new Date(kept.at) };
  };
  return Object.assign(get, { ready: (key: string) => ageOf(key, clock()) < maxAgeMs });
}
