import type { Locale } from '@/lib/domain/enums';
import { formatCalendarDate } from '@/lib/time/format';
import type { LocalDate } from '@/lib/time/local-date';
import { warrantyEnd } from '@/lib/warranty/period';

/**
 * A line's warranty runs from the handover: the ticket's closing, or today while it is not yet
 * closed (the document then says "from handover"). The end date is lib/warranty/period.ts's, the
 * same the ticket page and the warranty-return check use.
 */
export function warrantyStart(closedAt: Date | null, now: Date): { from: Date; provisional: boolean } {
  return closedAt ? { from: closedAt, provisional: false } : { from: now, provisional: true };
}

export function warrantyEndDate(from: Date, warrantyDays: number, timeZone: string): LocalDate | null {
  return Number.isSafeInteger(warrantyDays) ? warrantyEnd(from, warrantyDays, timeZone) : null;
}

/** The end date for people, in the document's language ("16 мар. 2027 г." / "16 Mar 2027"). */
export function formatWarrantyEnd(end: LocalDate, locale: Locale): string {
  return formatCalendarDate(end, locale);
}
