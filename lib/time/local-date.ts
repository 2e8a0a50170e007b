/**
 * Calendar dates (YYYY-MM-DD) in the company's time zone and the UTC instants where they start.
 * Only Intl: no time-zone package. Correct across DST changes, including zones whose clocks
 * jump at midnight (the day then starts at 01:00 local time).
 */
const MINUTE = 60_000;
const DAY = 86_400_000;

export type LocalDate = string; // YYYY-MM-DD

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Four-digit years end the calendar here; a range needs the day after its last date, so ranges end a day earlier. */
const LAST_DATE: LocalDate = '9999-12-31';

/** The parts of a real calendar date, or null for "2026-02-30", "2026-3-1", "10000-01-01" or years before 1970. */
export function parseLocalDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1970 || month < 1 || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? { year, month, day } : null;
}

export function isLocalDate(value: string): value is LocalDate {
  return parseLocalDate(value) !== null;
}

/**
 * A date that `localDateRange` can take as either end. The end of a range is the start of the
 * day after it, so that day must be on the calendar too; the start follows the same rule so that
 * a date valid as `from` is valid as `to`.
 */
export function isRangeDate(value: string): value is LocalDate {
  return isLocalDate(value) && value < LAST_DATE;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date of an instant in a time zone. */
export function toLocalDate(instant: Date | number, timeZone: string): LocalDate {
  return dateFormatter(timeZone).format(instant);
}

const todays = new Map<string, { date: LocalDate; from: number; to: number }>();

/**
 * `toLocalDate` for the present moment, which pages ask on every view (is a ticket overdue?): the
 * day is kept per zone with the instants it spans, so the formatter runs once a day, not once a
 * view (a cold Intl call costs tens of microseconds inside a page's rendering).
 */
export function localToday(now: Date | number, timeZone: string): LocalDate {
  const at = typeof now === 'number' ? now : now.getTime();
  const kept = todays.get(timeZone);
  if (kept && at >= kept.from && at < kept.to) return kept.date;
  const date = toLocalDate(at, timeZone);
  todays.set(timeZone, { date, from: startOfLocalDay(date, timeZone).getTime(), to: startOfLocalDay(addDays(date, 1), timeZone).getTime() });
  return date;
}

/**
 * The first instant of a local calendar day: its midnight, or the moment the clocks jumped
 * forward when midnight did not happen that day. Offsets lie within ±15 h of UTC, so the start
 * is in that window around the date's UTC midnight; local dates grow with time, so a binary
 * search over whole minutes finds it (every zone changes its offset on a minute).
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const parts = parseLocalDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  const utcMidnight = Date.UTC(parts.year, parts.month - 1, parts.day);
  let lo = (utcMidnight - 15 * 60 * MINUTE) / MINUTE; // local date here is before `date`
  let hi = (utcMidnight + 15 * 60 * MINUTE) / MINUTE; // and here it is `date` or later
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (toLocalDate(mid * MINUTE, timeZone) >= date) hi = mid;
    else lo = mid;
  }
  return new Date(hi * MINUTE);
}

/** `date` moved by whole calendar days (no time zone involved); a RangeError if that leaves the calendar. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const parts = parseLocalDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  const moved = new Date(Date.UTC(parts.year, parts.month - 1, parts.day) + days * DAY).toISOString().slice(0, 10);
  // Past 9999 toISOString writes "+010000-01-01…": refuse here, not in whichever helper reads it next.
  if (!isLocalDate(moved)) throw new RangeError(`${date} ${days >= 0 ? '+' : ''}${days} days is off the calendar`);
  return moved;
}

/** The half-open instant range [start, end) of the inclusive local date range from..to (both `isRangeDate`). */
export function localDateRange(from: LocalDate | undefined, to: LocalDate | undefined, timeZone: string) {
  return {
    start: from ? startOfLocalDay(from, timeZone) : undefined,
    end: to ? startOfLocalDay(addDays(to, 1), timeZone) : undefined,
  };
}

/** Monday of the week that holds `date` (ISO weeks, as in Russia). */
export function startOfWeek(date: LocalDate): LocalDate {
  const parts = parseLocalDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  const weekday = new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

export function startOfMonth(date: LocalDate): LocalDate {
  return `${date.slice(0, 8)}01`;
}
