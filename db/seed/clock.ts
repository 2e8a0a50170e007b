/**
 * Where seeded tickets fall in time: spread over the last `days` days, inside opening hours
 * (09:00–21:00 in the company's zone), ticket numbers growing with creation time as they
 * would in a real service center.
 */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const OPEN_HOUR = 9;
const CLOSE_HOUR = 21;

/** The zone's offset from UTC at `now`, in ms (taken once: Europe/Moscow has no DST). */
export function zoneOffsetMs(timeZone: string, now: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(now));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return asUtc - Math.floor(now / MINUTE) * MINUTE;
}

export class TicketClock {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly total: number;
  private window = 0;
  private passed = 0; // opening time of the windows before `window`
  private readonly dates = new Map<number, string>();

  constructor(
    readonly now: number,
    days: number,
    /** The zone's offset from UTC, ms (see zoneOffsetMs). */
    readonly offset: number,
    latest = now - 5 * MINUTE,
  ) {
    const earliest = now - days * DAY;
    const todayMidnight = Math.floor((now + offset) / DAY) * DAY - offset;
    let total = 0;
    for (let d = days; d >= 0; d--) {
      const start = Math.max(earliest, todayMidnight - d * DAY + OPEN_HOUR * HOUR);
      const end = Math.min(latest, todayMidnight - d * DAY + CLOSE_HOUR * HOUR);
      if (end <= start) continue;
      this.starts.push(start);
      this.ends.push(end);
      total += end - start;
    }
    this.total = total;
  }

  /**
   * The instant at `fraction` (0 = oldest, 1 = newest) of all opening time. Calls must come in
   * non-decreasing order of fraction: the cursor only moves forward, so a million calls stay cheap.
   */
  at(fraction: number): number {
    const target = fraction * this.total;
    while (this.window < this.starts.length - 1 && target >= this.passed + this.ends[this.window] - this.starts[this.window]) {
      this.passed += this.ends[this.window] - this.starts[this.window];
      this.window++;
    }
    return Math.min(this.ends[this.window], this.starts[this.window] + Math.floor(target - this.passed));
  }

  /** The local calendar date (YYYY-MM-DD) of an instant plus `plusDays`; cached, only ~150 distinct. */
  localDate(instant: number, plusDays = 0): string {
    const day = Math.floor((instant + this.offset) / DAY) + plusDays;
    let text = this.dates.get(day);
    if (text === undefined) {
      text = new Date(day * DAY).toISOString().slice(0, 10);
      this.dates.set(day, text);
    }
    return text;
  }
}
