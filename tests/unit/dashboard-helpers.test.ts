import { describe, expect, it, vi } from 'vitest';
import { canSeeCenterFigures } from '@/lib/permissions';
import { axisTicks, labelIndexes, linePoints, niceCeil, scale } from '@/lib/dashboard/chart';
import { daysBetween, lastDays } from '@/lib/dashboard/days';
import { durationParts } from '@/lib/dashboard/duration';
import { memo } from '@/lib/dashboard/memo';
import { dashboardEn, dashboardRu } from '@/lib/i18n/messages/features/dashboard';

describe('the last N local days', () => {
  it('ends today in the company time zone, even while UTC is still on yesterday', () => {
    const w = lastDays(new Date('2026-03-15T21:30:00Z'), 3, 'Europe/Moscow'); // 00:30 on the 16th in Moscow
    expect(w.days).toEqual(['2026-03-14', '2026-03-15', '2026-03-16']);
    expect(w.start.toISOString()).toBe('2026-03-13T21:00:00.000Z');
    expect(w.end.toISOString()).toBe('2026-03-16T21:00:00.000Z');
    expect(w.bounds).toHaveLength(4);
  });

  it('gives a DST day its 23 hours', () => {
    const w = lastDays(new Date('2026-03-30T12:00:00Z'), 3, 'Europe/Berlin'); // clocks went forward on 29 March
    expect(w.days).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    const hours = w.bounds.slice(1).map((b, i) => (b - w.bounds[i]) / 3_600_000);
    expect(hours).toEqual([24, 23, 24]);
  });

  it('crosses a month and a year', () => {
    expect(lastDays(new Date('2026-01-01T10:00:00Z'), 3, 'UTC').days).toEqual(['2025-12-30', '2025-12-31', '2026-01-01']);
  });

  it('counts whole calendar days between dates', () => {
    expect(daysBetween('2026-03-15', '2026-03-16')).toBe(1);
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(daysBetween('2026-03-16', '2026-03-16')).toBe(0);
  });
});

describe('durations', () => {
  it('cuts milliseconds into days, hours and minutes, rounded to the minute', () => {
    expect(durationParts(0)).toEqual({ days: 0, hours: 0, minutes: 0 });
    expect(durationParts(89_000)).toEqual({ days: 0, hours: 0, minutes: 1 });
    expect(durationParts((26 * 60 + 5) * 60_000)).toEqual({ days: 1, hours: 2, minutes: 5 });
    expect(durationParts(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('reads in both languages', () => {
    expect(dashboardEn.duration({ days: 3, hours: 4, minutes: 10 })).toBe('3 d 4 h');
    expect(dashboardRu.duration({ days: 0, hours: 5, minutes: 7 })).toBe('5 ч 7 мин');
    expect(dashboardRu.duration({ days: 0, hours: 0, minutes: 45 })).toBe('45 мин');
  });
});

describe('chart scales', () => {
  it('rounds an axis maximum up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 10, 11, 180, 201, 4999].map(niceCeil)).toEqual([1, 1, 5, 10, 10, 20, 200, 500, 5000]);
  });

  it('makes whole-number ticks from 0 that cover the largest value', () => {
    expect(axisTicks(0)).toEqual([0, 1]);
    expect(axisTicks(3)).toEqual([0, 1, 2, 3]);
    expect(axisTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(axisTicks(841)).toEqual([0, 500, 1000]);
    expect(axisTicks(120)).toEqual([0, 50, 100, 150]);
  });

  it('maps values onto a length, never below 0, and survives an empty domain', () => {
    const x = scale(200, 400);
    expect([x(0), x(50), x(200), x(-3)]).toEqual([0, 100, 400, 0]);
    expect(scale(0, 100)(0)).toBe(0);
  });

  it('places line points evenly, zero at the bottom', () => {
    expect(linePoints([0, 5, 10], 100, 50, 10)).toBe('0,50 50,25 100,0');
    expect(linePoints([4], 100, 50, 8)).toBe('0,25');
  });

  it('labels at most N days, evenly, always including the last', () => {
    expect(labelIndexes(5, 8)).toEqual([0, 1, 2, 3, 4]);
    const thirty = labelIndexes(30, 8);
    expect(thirty.length).toBeLessThanOrEqual(8);
    expect(thirty.at(-1)).toBe(29);
    expect(labelIndexes(0, 8)).toEqual([]);
  });
});

describe('keeping a value for a while', () => {
  /** Lets a deferred refresh's computation settle. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  function harness(freshMs: number, maxAgeMs: number) {
    const state = { now: 1_000, calls: 0, queued: [] as (() => void)[] };
    const keep = memo<number>({ freshMs, maxAgeMs, clock: () => state.now, defer: (run) => state.queued.push(run) });
    const get = (key = 'a') => keep(key, () => Promise.resolve(++state.calls));
    const runDeferred = async () => {
      state.queued.splice(0).forEach((run) => run());
      await settle();
    };
    const keepReady = (key = 'a') => keep.ready(key);
    return { state, get, runDeferred, keepReady };
  }

  it('computes again after the TTL, for another key, and when the clock goes back', async () => {
    const { state, get } = harness(30_000, 30_000);
    expect(await get()).toEqual({ value: 1, computedAt: new Date(1_000) });
    state.now += 29_999;
    expect((await get()).value).toBe(1);
    state.now += 1;
    expect(await get()).toEqual({ value: 2, computedAt: new Date(31_000) });
    expect((await get('b')).value).toBe(3);
    state.now -= 5_000;
    expect((await get('b')).value).toBe(4);
    expect(state.queued).toHaveLength(0);
  });

  it('past the fresh age serves what it has and refreshes once after the request; past the max age it computes now', async () => {
    const { state, get, runDeferred, keepReady } = harness(30_000, 60_000);
    expect(keepReady()).toBe(false);
    await get();
    state.now += 45_000;
    expect((await get()).value).toBe(1); // served as it was…
    expect((await get()).value).toBe(1);
    expect(state.queued).toHaveLength(1); // …with one refresh queued, not two
    await runDeferred();
    expect(await get()).toEqual({ value: 2, computedAt: new Date(46_000) });
    state.now += 60_000;
    expect(keepReady()).toBe(false);
    expect((await get()).value).toBe(3); // too old to serve: computed in the request
    expect(keepReady()).toBe(true);
    expect(state.queued).toHaveLength(0);
  });

  it('a failed refresh keeps the old value and lets the next one try', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const state = { now: 0, queued: [] as (() => void)[] };
    const keep = memo<number>({ freshMs: 10, maxAgeMs: 100, clock: () => state.now, defer: (run) => state.queued.push(run) });
    await keep('k', () => Promise.resolve(1));
    state.now = 20;
    expect((await keep('k', () => Promise.reject(new Error('disk I/O error')))).value).toBe(1);
    state.queued.splice(0).forEach((run) => run());
    await settle();
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('dashboard_refresh_failed'));
    expect((await keep('k', () => Promise.resolve(2))).value).toBe(1);
    state.queued.splice(0).forEach((run) => run());
    await settle();
    expect((await keep('k', () => Promise.resolve(3))).value).toBe(2);
  });
});

describe('who sees the center', () => {
  it('managers and admins do, technicians see only their own work', () => {
    expect(canSeeCenterFigures({ role: 'manager' })).toBe(true);
    expect(canSeeCenterFigures({ role: 'admin' })).toBe(true);
    expect(canSeeCenterFigures({ role: 'technician' })).toBe(false);
  });
});

describe('dashboard strings', () => {
  it('use Russian plural forms and group digits', () => {
    expect(dashboardRu.team.daysLate(1)).toBe('просрочена на 1 день');
    expect(dashboardRu.team.daysLate(3)).toBe('просрочена на 3 дня');
    expect(dashboardRu.team.daysLate(11)).toBe('просрочена на 11 дней');
    expect(dashboardRu.team.daysLate(21)).toBe('просрочена на 21 день');
    expect(dashboardRu.mine.all(1234)).toBe('Все мои открытые заявки (1\u00a0234)');
    expect(dashboardEn.mine.all(1234)).toBe('All my open tickets (1,234)');
    expect(dashboardEn.team.daysLate(1)).toBe('1 day late');
  });
});
