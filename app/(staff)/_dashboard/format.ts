import type { Locale } from '@/lib/domain/enums';
import { durationParts } from '@/lib/dashboard/duration';
import { dashboardEn, dashboardRu } from '@/lib/i18n/messages/features/dashboard';

const intlLocale: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };

export type DashboardMessages = typeof dashboardEn;

/** The dashboard's strings (until the catalog carries them as `dashboardPage`). */
export function dashboardMessages(locale: Locale): DashboardMessages {
  return locale === 'ru' ? dashboardRu : dashboardEn;
}

export function numberFormatter(locale: Locale): (n: number) => string {
  const f = new Intl.NumberFormat(intlLocale[locale]);
  return (n) => f.format(n);
}

/** A calendar date (YYYY-MM-DD) as "26 нояб." / "26 Nov"; with the year: "26 нояб. 2026 г.". */
export function calendarDateFormatter(locale: Locale, withYear = false): (date: string) => string {
  const f = new Intl.DateTimeFormat(intlLocale[locale], {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
  return (date) => f.format(new Date(`${date}T00:00:00Z`));
}

export function formatDuration(ms: number, d: DashboardMessages): string {
  return d.duration(durationParts(ms));
}
