import { describe, expect, it } from 'vitest';
import { isUnderWarranty, pickWarrantyOriginal, warrantyEnd, warrantyState } from '@/lib/warranty/period';
import { lineWarrantyText } from '@/lib/warranty/text';
import { warrantyEn, warrantyRu } from '@/lib/i18n/messages/features/warranty';
import { startOfLocalDay } from '@/lib/time/local-date';

const MSK = 'Europe/Moscow';
const at = (date: string, hh: number, mm = 0, zone = MSK) => new Date(startOfLocalDay(date, zone).getTime() + (hh * 60 + mm) * 60_000);

describe('warranty period of a line', () => {
  it('runs 90 days from the closing day: closed 1 March, under warranty through 30 May, expired on 31 May', () => {
    const closed = at('2026-03-01', 10);
    expect(warrantyEnd(closed, 90, MSK)).toBe('2026-05-30');
    expect(warrantyState(90, closed, at('2026-05-29', 12), MSK)).toEqual({ state: 'under', until: '2026-05-30' });
    expect(warrantyState(90, closed, at('2026-05-30', 23, 59), MSK)).toEqual({ state: 'under', until: '2026-05-30' });
    expect(warrantyState(90, closed, at('2026-05-31', 0, 0), MSK)).toEqual({ state: 'expired', until: '2026-05-30' });
  });

  it('counts the closing day in the company zone: closed at 23:50 Moscow time (20:50 UTC) is that day, not the next', () => {
    const closed = at('2026-03-01', 23, 50);
    expect(closed.toISOString()).toBe('2026-03-01T20:50:00.000Z');
    expect(warrantyEnd(closed, 1, MSK)).toBe('2026-03-02');
    // 00:30 on 3 March in Moscow is still 2 March in UTC: the company zone decides.
    expect(isUnderWarranty('2026-03-02', at('2026-03-03', 0, 30), MSK)).toBe(false);
    expect(isUnderWarranty('2026-03-02', at('2026-03-03', 0, 30), 'UTC')).toBe(true);
  });

  it('has no warranty for a 0-day line, and has not started on an open ticket', () => {
    expect(warrantyEnd(at('2026-03-01', 10), 0, MSK)).toBeNull();
    expect(warrantyState(0, at('2026-03-01', 10), at('2026-03-02', 10), MSK)).toEqual({ state: 'none' });
    expect(warrantyState(30, null, at('2026-03-02', 10), MSK)).toEqual({ state: 'not_started', days: 30 });
  });

  it('says it in both languages', () => {
    const closed = at('2026-03-01', 10);
    expect(lineWarrantyText(warrantyState(90, closed, at('2026-04-01', 10), MSK), warrantyEn, 'en')).toBe('under warranty until 30 May 2026');
    expect(lineWarrantyText(warrantyState(90, closed, at('2026-04-01', 10), MSK), warrantyRu, 'ru')).toMatch(/^на гарантии до 30 мая 2026/);
    expect(lineWarrantyText(warrantyState(90, closed, at('2026-06-01', 10), MSK), warrantyEn, 'en')).toBe('expired (ended 30 May 2026)');
    expect(lineWarrantyText(warrantyState(90, null, at('2026-06-01', 10), MSK), warrantyEn, 'en')).toBe('from handover, 90 days');
    expect(lineWarrantyText(warrantyState(90, null, at('2026-06-01', 10), MSK), warrantyRu, 'ru')).toBe('с выдачи, 90 дн.');
    expect(lineWarrantyText(warrantyState(0, closed, at('2026-06-01', 10), MSK), warrantyRu, 'ru')).toBe('нет');
  });
});

describe('which repair a device returns to', () => {
  const intake = at('2026-05-20', 12);
  it('is the most recently closed repair still under warranty on the intake day', () => {
    const picked = pickWarrantyOriginal(
      [
        { id: 1, closedAt: at('2026-01-10', 10), days: 365 },
        { id: 2, closedAt: at('2026-03-01', 10), days: 90 },
        { id: 3, closedAt: at('2026-04-25', 10), days: 14 }, // ended 9 May
      ],
      intake,
      MSK,
    );
    expect(picked?.id).toBe(2);
  });

  it('is none when every warranty has ended', () => {
    expect(pickWarrantyOriginal([{ id: 3, closedAt: at('2026-04-25', 10), days: 14 }], intake, MSK)).toBeNull();
    expect(pickWarrantyOriginal([], intake, MSK)).toBeNull();
  });
});
