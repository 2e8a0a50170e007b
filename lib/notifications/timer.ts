import { releaseAbandonedClaims } from '@/db/queries/notifications';
import { pruneExpiredStaffSessions } from '@/db/queries/staff-sessions';
import { pruneThrottles } from '@/db/queries/throttles';
import { deliverDue } from './deliver';
import { logSweepError } from './schedule';
import { SERVER_STARTED_AT } from '@/lib/server-process';

const SWEEP_INTERVAL_MS = 60_000;
/** Longer than any throttle's window (sign-in 15 min, status look-up 10 min). */
const THROTTLE_ROWS_KEPT_MS = 60 * 60_000;
const FIRST_SWEEP_MS = 5_000;

// Kept on globalThis so a dev-mode reload does not start a second timer.
const holder = globalThis as unknown as { __crmSweep?: { timer: NodeJS.Timeout; running: boolean } };

/**
 * The server process's retry loop: every minute, delivers due rows (retries after back-off, and
 * rows a crashed process committed but never sent). The first sweep also takes back the rows a
 * crashed process had taken but not finished; each sweep also deletes expired sessions and
 * throttle rows. unref'd, so it never keeps a process alive.
 */
export function startSweepTimer(intervalMs = SWEEP_INTERVAL_MS, firstAfterMs = FIRST_SWEEP_MS) {
  if (holder.__crmSweep) return;
  const startedAt = serverStartedAt();
  const state = { timer: undefined as unknown as NodeJS.Timeout, running: false };
  let first = true;
  const tick = async () => {
    if (state.running) return; // a slow mail service must not pile up overlapping sweeps
    state.running = true;
    try {
      if (first) await releaseAbandonedClaims(startedAt);
      first = false;
      // Housekeeping rides on the same minute: ended sessions and spent throttle rows.
      await pruneExpiredStaffSessions();
      await pruneThrottles(THROTTLE_ROWS_KEPT_MS);
      await deliverDue();
    } catch (error) {
      logSweepError(error);
    } finally {
      state.running = false;
    }
  };
  state.timer = setInterval(tick, intervalMs);
  state.timer.unref();
  setTimeout(tick, firstAfterMs).unref();
  holder.__crmSweep = state;
}

/**
 * When the server started: under `npm start` the time its first process began (scripts/start.ts),
 * shared by all its worker processes, so a worker started later never takes back the rows another
 * live worker is sending; a claim left by a worker that died is free again when its lease ends.
 */
function serverStartedAt(): Date {
  const given = Number(process.env[SERVER_STARTED_AT]);
  return Number.isFinite(given) && given > 0 ? new Date(given) : new Date();
}

export function stopSweepTimer() {
  if (holder.__crmSweep) clearInterval(holder.__crmSweep.timer);
  holder.__crmSweep = undefined;
}
