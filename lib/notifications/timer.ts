import { releaseAbandonedClaims } from '@/db/queries/notifications';
import { deliverDue } from './deliver';
import { logSweepError } from './schedule';

const SWEEP_INTERVAL_MS = 60_000;
const FIRST_SWEEP_MS = 5_000;

// Kept on globalThis so a dev-mode reload does not start a second timer.
const holder = globalThis as unknown as { __crmSweep?: { timer: NodeJS.Timeout; running: boolean } };

/**
 * The server process's retry loop: every minute, delivers due rows (retries after back-off, and
 * rows a crashed process committed but never sent). The first sweep also takes back the rows a
 * crashed process had taken but not finished. unref'd, so it never keeps a process alive.
 */
export function startSweepTimer(intervalMs = SWEEP_INTERVAL_MS) {
  if (holder.__crmSweep) return;
  const startedAt = new Date();
  const state = { timer: undefined as unknown as NodeJS.Timeout, running: false };
  let first = true;
  const tick = async () => {
    if (state.running) return; // a slow mail service must not pile up overlapping sweeps
    state.running = true;
    try {
      if (first) releaseAbandonedClaims(startedAt);
      first = false;
      await deliverDue();
    } catch (error) {
      logSweepError(error);
    } finally {
      state.running = false;
    }
  };
  state.timer = setInterval(tick, intervalMs);
  state.timer.unref();
  setTimeout(tick, FIRST_SWEEP_MS).unref();
  holder.__crmSweep = state;
}

export function stopSweepTimer() {
  if (holder.__crmSweep) clearInterval(holder.__crmSweep.timer);
  holder.__crmSweep = undefined;
}
