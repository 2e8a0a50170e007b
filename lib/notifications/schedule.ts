import { after } from 'next/server';
import { deliverDue } from './deliver';

function logSweepError(error: unknown) {
  console.error(JSON.stringify({ event: 'notification_sweep_error', message: error instanceof Error ? error.message : String(error) }));
}

/**
 * Sends what a server action just committed to the outbox, once the response has gone out, so the
 * user never waits for the mail service. If this process dies first, the timer's sweep (or the next
 * digest call) sends it: the row is already committed.
 */
export function deliverAfterResponse() {
  try {
    after(() => deliverDue().then(() => undefined, logSweepError));
  } catch (error) {
    // Outside Next.js (tests, scripts: no NEXT_RUNTIME, no request) there is no "after": the
    // sweep delivers the row instead. Inside Next.js every action has a request, so a failure is real.
    if (process.env.NEXT_RUNTIME) throw error;
  }
}

export { logSweepError };
