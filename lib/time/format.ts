import type { Locale } from '@/lib/domain/enums';

/**
 * Cached Intl formatters: building an Intl.DateTimeFormat costs tens of microseconds, and a
 * ticket list formats a hundred dates per page, so each (locale, zone, style) is built once.
 */
/** The Intl locale each interface language formats with. */
export const intlLocale: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat>();

const OPTIONS = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  dayMonth: { day: 'numeric', month: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

function formatter(locale: Locale, timeZone: string, style: keyof typeof OPTIONS): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { ...OPTIONS[style], timeZone };
    f = new Intl.DateTimeFormat(intlLocale[locale], options);
    cache.set(key, f);
  }
  return f;
}

export function formatLocalDay(value: Date, locale: Locale, timeZone: string): string {
  return formatter(locale, timeZone, 'date').format(value);
}

export function formatLocalDateTime(value: Date, locale: Locale, timeZone: string): string {
  return formatter(locale, timeZone, 'dateTime').format(value);
}

/** A calendar date (YYYY-MM-DD, no zone) for display: "26 нояб. 2026 г." / "26 Nov 2026". */
export function formatCalendarDate(date: string, locale: Locale): string {
  return formatter(locale, 'UTC', 'date').format(new Date(`${date}T00:00:00Z`));
}

/**
 * A calendar date in a list: "26 нояб." / "26 Nov" when it falls in the year of `today` (both
 * YYYY-MM-DD), as mail and helpdesk lists write this year's dates; with its year otherwise.
 */
export function formatListDate(date: string, locale: Locale, today: string | undefined): string {
  if (today === undefined || date.slice(0, 4) !== today.slice(0, 4)) return formatCalendarDate(date, locale);
  return formatter(locale, 'UTC', 'dayMonth').format(new Date(`${date}T00:00:00Z`));
}

const isoFormatters = new Map<string, Intl.DateTimeFormat>();

/** "2026-03-01 23:30" in the zone: sortable, and what spreadsheets read as a date and time. */
export function formatIsoLocal(value: Date, timeZone: string): string {
  let f = isoFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    isoFormatters.set(timeZone, f);
  }
  return f.format(value);
}
