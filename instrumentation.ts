/** Runs once when the server starts: a bad setting or a failed migration stops it with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('@/lib/env');
  const { db } = await import('@/db');
  env();
  db(); // opens the file and applies pending migrations
  // Retries and rows left by a process that died are sent by a sweep every minute (never during a build).
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startSweepTimer } = await import('@/lib/notifications/timer');
    startSweepTimer();
  }
}
