import type { Locale } from '@/lib/domain/enums';

const intlLocale: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };

export function formatDateTime(value: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(value);
}

export function formatDate(value: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeZone }).format(value);
}

/** Money is kept in integer minor units (kopecks, cents) so sums never drift. */
export function formatMoney(minor: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency }).format(minor / 100);
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(value: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(value);
}
