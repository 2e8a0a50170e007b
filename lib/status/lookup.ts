import { findPublicToken } from '@/db/queries/public-status';
import { reserveAttempt } from '@/db/queries/throttles';
import type { ThrottlePolicy } from '@/lib/auth/throttle-policy';
import { env } from '@/lib/env';
import { normalizePhone } from '@/lib/phone';
import { parseTicketNumber } from '@/lib/tickets/number';

/**
 * At most 10 look-ups per address in 10 minutes. EVERY try counts, hits included: the limit is
 * on guessing, a client who found their request has the link and needs no second try, and a hit
 * that did not count would let anyone who knows one pair probe for free. A refused try does not
 * count (it would only stretch the pause).
 */
export const LOOKUP_POLICY: ThrottlePolicy = { maxFailures: 10, windowMs: 10 * 60_000, lockMs: 10 * 60_000 };

export type LookupInput = { number: string; contact: string };
export type LookupResult = { kind: 'found'; token: string } | { kind: 'miss' } | { kind: 'locked'; until: Date };

/** "+7 912…", "8 (912)…", "name@Example.com" → what the clients table stores. */
export function parseContact(raw: string): { phone: string | null; email: string | null } {
  const value = raw.trim();
  if (value.includes('@')) return { phone: null, email: value.toLowerCase() };
  return { phone: normalizePhone(value, env().PHONE_REGION), email: null };
}

/**
 * Counts the try, then looks for a ticket with this number whose client has this phone or e-mail.
 * The count and the lock check are one statement, so concurrent requests cannot both slip in.
 */
export async function lookupTicket(input: LookupInput, address: string, now = new Date()): Promise<LookupResult> {
  const reservation = await reserveAttempt(`status-lookup:${address}`, LOOKUP_POLICY, now);
  if (!reservation.allowed) return { kind: 'locked', until: reservation.lockedUntil };

  const id = parseTicketNumber(input.number);
  const contact = parseContact(input.contact);
  const token = id === null ? undefined : await findPublicToken(id, contact);
  return token ? { kind: 'found', token } : { kind: 'miss' };
}

/** Whole minutes until the pause ends, at least one. */
export function minutesUntil(until: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
