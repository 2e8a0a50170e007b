import type { Locale, Status } from '@/lib/domain/enums';
import { formatDate } from '@/lib/i18n/format';
import { localToday } from '@/lib/time/local-date';
import { isOpenStatus } from '@/lib/tickets/lifecycle';

/** A due date (a calendar day, YYYY-MM-DD) in the user's language. */
export function formatDueDate(day: string, locale: Locale): string {
  const [y, m, d] = day.split('-').map(Number);
  return formatDate(new Date(Date.UTC(y, m - 1, d, 12)), locale, 'UTC');
}

/** Past its due day in the company's time zone and still open; due today is not overdue yet. */
export function isOverdue(ticket: { dueDate: string | null; status: Status }, now: Date, timeZone: string): boolean {
  return ticket.dueDate !== null && isOpenStatus(ticket.status) && ticket.dueDate < localToday(now, timeZone);
}
