import type { Locale } from '@/lib/domain/enums';
import { intlLocale } from './format';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "02.12.2026" / "02/12/2026": the short all-digit date for narrow places (a 58 mm device label,
 * the digest's date column), where "2 дек. 2026 г." would be cut or wrap.
 */
export function formatNumericDate(value: Date, locale: Locale, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale[locale], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone });
    formatters.set(key, f);
  }
  return f.format(value);
}

/** The same for a calendar date (YYYY-MM-DD, no zone), such as a due date. */
export function formatNumericDay(day: string, locale: Locale): string {
  return formatNumericDate(new Date(`${day}T12:00:00Z`), locale, 'UTC');
}
