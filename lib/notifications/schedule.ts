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
    // Outside a request (tests, scripts) there is no "after": the sweep delivers the row instead.
    if (!(error instanceof Error && error.message.includes('outside a request scope'))) throw error;
  }
}

export { logSweepError };
