import { describe, expect, it } from 'vitest';
import { addDays, isLocalDate, isRangeDate, localDateRange, localToday, startOfLocalDay, startOfMonth, startOfWeek, toLocalDate } from '@/lib/time/local-date';
import { formatListDate } from '@/lib/time/format';

const iso = (d: Date) => d.toISOString();

describe('local calendar days in the company time zone', () => {
  it('starts a Moscow day at 21:00 UTC the evening before (UTC+3, no DST)', () => {
    expect(iso(startOfLocalDay('2026-03-01', 'Europe/Moscow'))).toBe('2026-02-28T21:00:00.000Z');
  });

  it('puts 23:30 local on 1 March in 1 March and 00:10 on 2 March in 2 March', () => {
    const lateEvening = new Date('2026-03-01T20:30:00Z'); // 23:30 in Moscow
    const justAfterMidnight = new Date('2026-03-01T21:10:00Z'); // 00:10 on 2 March in Moscow
    expect(toLocalDate(lateEvening, 'Europe/Moscow')).toBe('2026-03-01');
    expect(toLocalDate(justAfterMidnight, 'Europe/Moscow')).toBe('2026-03-02');
    const { start, end } = localDateRange('2026-03-01', '2026-03-01', 'Europe/Moscow');
    expect(lateEvening >= start! && lateEvening < end!).toBe(true);
    expect(justAfterMidnight < end!).toBe(false);
  });

  it('is right on both sides of a DST change (New York, spring forward and fall back)', () => {
    expect(iso(startOfLocalDay('2026-03-08', 'America/New_York'))).toBe('2026-03-08T05:00:00.000Z'); // still EST at midnight
    expect(iso(startOfLocalDay('2026-03-09', 'America/New_York'))).toBe('2026-03-09T04:00:00.000Z'); // EDT
    expect(iso(startOfLocalDay('2026-11-01', 'America/New_York'))).toBe('2026-11-01T04:00:00.000Z'); // EDT at midnight
    expect(iso(startOfLocalDay('2026-11-02', 'America/New_York'))).toBe('2026-11-02T05:00:00.000Z'); // EST
    // The day the clocks spring forward is 23 hours long, the day they fall back 25.
    const spring = localDateRange('2026-03-08', '2026-03-08', 'America/New_York');
    const autumn = localDateRange('2026-11-01', '2026-11-01', 'America/New_York');
    expect(spring.end!.getTime() - spring.start!.getTime()).toBe(23 * 3_600_000);
    expect(autumn.end!.getTime() - autumn.start!.getTime()).toBe(25 * 3_600_000);
  });

  it('starts a day at 01:00 where midnight itself was skipped (Santiago, September 2026)', () => {
    const start = startOfLocalDay('2026-09-06', 'America/Santiago');
    expect(toLocalDate(start, 'America/Santiago')).toBe('2026-09-06');
    expect(toLocalDate(new Date(start.getTime() - 1), 'America/Santiago')).toBe('2026-09-05');
    expect(iso(start)).toBe('2026-09-06T04:00:00.000Z'); // 01:00 -03
  });

  it('handles zones off the hour (Kolkata +5:30, Chatham +12:45)', () => {
    expect(iso(startOfLocalDay('2026-01-15', 'Asia/Kolkata'))).toBe('2026-01-14T18:30:00.000Z');
    expect(iso(startOfLocalDay('2026-01-15', 'Pacific/Chatham'))).toBe('2026-01-14T10:15:00.000Z'); // +13:45 in summer
  });

  it('knows today as the formatter does, minute by minute across midnights and clock changes, in several zones at once', () => {
    const zones = ['Europe/Moscow', 'America/New_York', 'America/Santiago', 'Asia/Kolkata'];
    // Two days around New York's fall back and Santiago's skipped midnight, in steps of 7 minutes, zones interleaved.
    for (const [from, to] of [
      [Date.UTC(2026, 10, 1, 0), Date.UTC(2026, 10, 3, 0)],
      [Date.UTC(2026, 8, 5, 12), Date.UTC(2026, 8, 7, 12)],
    ]) {
      for (let at = from; at < to; at += 7 * 60_000) {
        for (const zone of zones) expect(localToday(at, zone), `${new Date(at).toISOString()} ${zone}`).toBe(toLocalDate(at, zone));
      }
    }
    // Back in time too: a day kept for later instants does not answer for earlier ones.
    expect(localToday(new Date('2026-03-01T20:59:00Z'), 'Europe/Moscow')).toBe('2026-03-01');
    expect(localToday(new Date('2026-03-01T21:00:00Z'), 'Europe/Moscow')).toBe('2026-03-02');
    expect(localToday(new Date('2026-03-01T20:59:59Z'), 'Europe/Moscow')).toBe('2026-03-01');
  });

  it('accepts only real calendar dates', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2024-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-3-1', '26-03-01', '2026-03-01T00:00', '', '1969-12-31']) {
      expect(isLocalDate(bad), bad).toBe(false);
    }
    expect(() => startOfLocalDay('2026-02-30', 'Europe/Moscow')).toThrow(RangeError);
  });

  it('refuses to move a date off the calendar rather than make a date no helper can read', () => {
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('1970-01-01', -1)).toThrow(RangeError);
  });

  it('lets a range start or end on any date but the last, whose end would be past the calendar', () => {
    expect(isRangeDate('1970-01-01')).toBe(true);
    expect(isRangeDate('9999-12-30')).toBe(true);
    for (const bad of ['9999-12-31', '10000-01-01', '2026-02-30', '1969-12-31']) expect(isRangeDate(bad), bad).toBe(false);
    const { start, end } = localDateRange('9999-12-30', '9999-12-30', 'Pacific/Kiritimati');
    expect(end!.getTime() - start!.getTime()).toBe(24 * 3_600_000);
  });

  it('finds the presets: Monday of the week, the first of the month, days back', () => {
    expect(startOfWeek('2026-03-01')).toBe('2026-02-23'); // a Sunday belongs to the week from Monday 23 Feb
    expect(startOfWeek('2026-03-02')).toBe('2026-03-02');
    expect(startOfMonth('2026-03-17')).toBe('2026-03-01');
    expect(addDays('2026-03-01', -29)).toBe('2026-01-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('dates in a list', () => {
  it('leave out the year of this year’s dates and keep it for other years’ and when today is unknown', () => {
    expect(formatListDate('2026-12-04', 'ru', '2026-12-05')).toBe('4 дек.');
    expect(formatListDate('2026-12-04', 'en', '2026-12-05')).toBe('4 Dec');
    expect(formatListDate('2025-12-31', 'ru', '2026-01-01')).toBe('31 дек. 2025 г.');
    expect(formatListDate('2027-01-10', 'en', '2026-12-05')).toBe('10 Jan 2027');
    expect(formatListDate('2026-12-04', 'en', undefined)).toBe('4 Dec 2026');
  });
});
