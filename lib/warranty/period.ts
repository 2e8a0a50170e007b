/**
 * How long a line is under warranty. Pure: dates only, no database.
 *
 * A line's warranty of N days runs from the ticket's closing (the handover). Counted as the
 * Civil Code counts a period in days (art. 191–192), it starts the day after the closing day and
 * ends at the end of its N-th day: closed on 1 March with 90 days, it is under warranty through
 * 30 May (closing day + 90), inclusive, and expired from 31 May. Days are the company's local days
 * (APP_TIMEZONE), so a repair closed at 23:50 is closed that day, not the next.
 */
import { addDays, toLocalDate, type LocalDate } from '@/lib/time/local-date';

const LAST_DAY: LocalDate = '9999-12-31';

export type WarrantyState =
  /** The line carries no warranty (0 days). */
  | { state: 'none' }
  /** The ticket is not closed yet: the warranty will run N days from the handover. */
  | { state: 'not_started'; days: number }
  /** Under warranty through `until` (inclusive). */
  | { state: 'under'; until: LocalDate }
  /** Ended after `until`. */
  | { state: 'expired'; until: LocalDate };

/** The last local day of a warranty of `days` days for a ticket closed at `closedAt`; null without a warranty. */
export function warrantyEnd(closedAt: Date, days: number, timeZone: string): LocalDate | null {
  if (!(days > 0)) return null;
  try {
    return addDays(toLocalDate(closedAt, timeZone), days);
  } catch {
    return LAST_DAY; // off the calendar: in practice forever
  }
}

/** Is a warranty that ends on `until` still running at the instant `at`? The end day itself still counts. */
export function isUnderWarranty(until: LocalDate, at: Date, timeZone: string): boolean {
  return toLocalDate(at, timeZone) <= until;
}

/** The warranty of a line of `days` days on a ticket closed at `closedAt` (null: still open), as of `at`. */
export function warrantyState(days: number, closedAt: Date | null, at: Date, timeZone: string): WarrantyState {
  if (!(days > 0)) return { state: 'none' };
  if (closedAt === null) return { state: 'not_started', days };
  const until = warrantyEnd(closedAt, days, timeZone)!;
  return isUnderWarranty(until, at, timeZone) ? { state: 'under', until } : { state: 'expired', until };
}

/** A closed ticket for the same serial with its longest line warranty (days). */
export type WarrantyCandidate = { id: number; closedAt: Date; days: number };

/**
 * The repair a device taken in at `at` returns to under warranty: among closed tickets whose
 * longest line warranty still runs that day, the most recently closed (then the highest number).
 */
export function pickWarrantyOriginal(candidates: readonly WarrantyCandidate[], at: Date, timeZone: string): WarrantyCandidate | null {
  let best: WarrantyCandidate | null = null;
  for (const c of candidates) {
    const until = warrantyEnd(c.closedAt, c.days, timeZone);
    if (until === null || !isUnderWarranty(until, at, timeZone)) continue;
    if (!best || c.closedAt.getTime() > best.closedAt.getTime() || (c.closedAt.getTime() === best.closedAt.getTime() && c.id > best.id)) best = c;
  }
  return best;
}
