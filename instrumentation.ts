/**
 * Runs once when the server starts: a bad setting or a failed migration stops it with a clear
 * message. `npm start` checks the same before it listens; this catches `next start` run by hand,
 * which would otherwise keep serving 500s behind a healthy-looking /api/health.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env, EnvError } = await import('@/lib/env');
  const { db } = await import('@/db');
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError) || process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build') throw error;
    console.error(`Service Desk CRM stopped.\n${error.message}`);
    process.exit(1);
  }
  db(); // opens the file and applies pending migrations
  // Retries and rows left by a process that died are sent by a sweep every minute (never during a build).
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startSweepTimer } = await import('@/lib/notifications/timer');
    startSweepTimer();
  }
}
