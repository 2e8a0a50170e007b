import { reserveAttempt, type Reservation } from '@/db/queries/throttles';
import type { ThrottlePolicy } from '@/lib/auth/throttle-policy';

/**
 * The public links in messages (/s/<code> and /u/<code>), per address, like the status look-up:
 * every visit counts, hits included, so nobody probes codes for free. Looser than the look-up
 * (10 in 10 minutes): a client may open a link a few times, and a phone carrier puts many
 * clients behind one address. The codes themselves are unguessable (72 random bits, an HMAC);
 * the limit keeps a scan from costing the database anything.
 */
export const LINK_POLICY: ThrottlePolicy = { maxFailures: 30, windowMs: 10 * 60_000, lockMs: 10 * 60_000 };

export async function reserveLinkVisit(kind: 'short' | 'stop', address: string, now = new Date()): Promise<Reservation> {
  return reserveAttempt(`${kind}-link:${address}`, LINK_POLICY, now);
}
