import type { Locale } from '@/lib/domain/enums';
import { formatLocalDateTime, formatLocalDay, intlLocale } from '@/lib/time/format';
import { toLocalDate } from '@/lib/time/local-date';
import { moneyFormat, type MoneyFormat } from './money-format';

/**
 * The formatting the pages, e-mails and receipts share. Each goes through a cached Intl
 * formatter: building one costs about a tenth of a millisecond, and a ticket's timeline or the
 * dashboard formats dozens of values per request.
 */
export function formatDateTime(value: Date, locale: Locale, timeZone: string): string {
  return formatLocalDateTime(value, locale, timeZone);
}

export function formatDate(value: Date, locale: Locale, timeZone: string): string {
  return formatLocalDay(value, locale, timeZone);
}

const moneyFormatters = new Map<string, MoneyFormat>();

/**
 * Intl writes a negative amount with a hyphen ("-5 979,00 ₽"); the pages, receipts and messages write
 * the minus sign, as a refund in a ticket's payments always has ("−5 979,00 ₽").
 */
function withMinusSign(format: MoneyFormat): MoneyFormat {
  return (minor) => (minor < 0 ? format(minor).replace('-', '\u2212') : format(minor));
}

/** Money is kept in integer minor units (kopecks, cents) so sums never drift. */
export function formatMoney(minor: number, currency: string, locale: Locale): string {
  const key = `${locale}|${currency}`;
  let f = moneyFormatters.get(key);
  if (!f) {
    f = withMinusSign(moneyFormat(new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency })));
    moneyFormatters.set(key, f);
  }
  return f(minor);
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(value: Date, timeZone: string): string {
  return toLocalDate(value, timeZone);
}
