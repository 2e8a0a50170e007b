/**
 * The dashboard's calendar: the last N days in the company's time zone, with the UTC instant at
 * which each starts. SQL then counts each day as an index range [start, next start), which stays
 * right across DST changes (a day of 23 or 25 hours) without a time-zone table in SQL.
 */
import { addDays, startOfLocalDay, toLocalDate, type LocalDate } from '@/lib/time/local-date';

export type DayWindow = {
  /** Oldest first; the last one is today. */
  days: LocalDate[];
  /** Where each day starts (UTC ms), plus where the day after the last one starts: days.length + 1 values. */
  bounds: number[];
  start: Date;
  end: Date;
};

/** Today and the `count - 1` days before it, in `timeZone`. */
export function lastDays(now: Date, count: number, timeZone: string): DayWindow {
  const today = toLocalDate(now, timeZone);
  const days = Array.from({ length: count }, (_, i) => addDays(today, i - count + 1));
  const bounds = [...days, addDays(today, 1)].map((d) => startOfLocalDay(d, timeZone).getTime());
  return {
    days,
    bounds,
    start: new Date(bounds[0]),
    end: new Date(bounds[count]),
  };
}

/** Whole calendar days from `from` to `to` (YYYY-MM-DD): 1 from yesterday to today. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
