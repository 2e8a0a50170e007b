import type { Locale } from '@/lib/domain/enums';
import { intlLocale } from '@/lib/time/format';

/** "Uploading {done} of {total}" → "Uploading 2 of 5"; works in the browser too. */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** "2.4 MB" / "2,4 МБ": the unit symbols come from the catalog (t.attachments.sizeUnits). */
export function formatFileSize(bytes: number, locale: Locale, units: readonly [string, string, string]): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
