import { describe, expect, it } from 'vitest';
import { minorToInput, parseMoneyToMinor } from '@/lib/money';
import { normalizePhone } from '@/lib/phone';
import { formatTicketNumber, parseTicketNumber } from '@/lib/tickets/number';
import { decodeCursor, encodeCursor } from '@/lib/domain/cursor';

describe('amounts typed by staff', () => {
  it.each([
    ['1500', 150000],
    ['1 500,50', 150050],
    ['1500.5', 150050],
    ['2 000 ₽', 200000],
    ['', null],
  ])('%s → %s minor units', (input, minor) => {
    expect(parseMoneyToMinor(input)).toBe(minor);
  });

  it('rejects what is not an amount', () => {
    expect(parseMoneyToMinor('12,345,6')).toBeNaN();
    expect(parseMoneyToMinor('-5')).toBeNaN();
    expect(parseMoneyToMinor('abc')).toBeNaN();
  });

  it('round-trips to the edit form', () => {
    expect(minorToInput(150050)).toBe('1500.50');
    expect(minorToInput(150000)).toBe('1500');
    expect(minorToInput(null)).toBe('');
  });
});

describe('ticket numbers', () => {
  it('are shown as SC-000042 and found however they are typed', () => {
    expect(formatTicketNumber(42)).toBe('SC-000042');
    for (const typed of ['SC-000042', 'sc-42', 'sc 42', ' 000042 ', '42']) expect(parseTicketNumber(typed)).toBe(42);
    for (const bad of ['SC-', 'abc', '0', '-1', '4 2']) expect(parseTicketNumber(bad)).toBeNull();
  });
});

describe('phone numbers', () => {
  it('are stored as E.164 however they are written', () => {
    expect(normalizePhone('8 (912) 345-67-89', 'RU')).toBe('+79123456789');
    expect(normalizePhone('+7 912 345 67 89', 'RU')).toBe('+79123456789');
    expect(normalizePhone('12345', 'RU')).toBeNull();
  });
});

describe('list cursors', () => {
  it('round-trip, and a forged or garbled cursor is ignored', () => {
    const c = { v: 1700000000000, id: 42 };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor('not-base64-json')).toBeUndefined();
    expect(decodeCursor(Buffer.from('{"v":{"$gt":1},"id":1}').toString('base64url'))).toBeUndefined();
    expect(decodeCursor('x'.repeat(600))).toBeUndefined();
  });
});
