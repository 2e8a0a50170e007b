import { describe, expect, it } from 'vitest';
import { lineTotalMinor, linesSubtotalMinor, ticketTotals } from '@/lib/estimates/totals';
import { formatMoney } from '@/lib/i18n/format';
import { minorToDecimalString, minorToInput, parseMoneyToMinor } from '@/lib/money';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return (max: number) => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s % max;
  };
}

describe('money of lines is exact', () => {
  it('sums of random lines equal the same sums done in BigInt (no 0.1 + 0.2 drift)', () => {
    const next = random(20261202);
    for (let round = 0; round < 500; round++) {
      const lines = Array.from({ length: 1 + next(40) }, () => {
        const quantity = 1 + next(20);
        const unitPriceMinor = next(10_000_000); // up to 100,000.00
        return { quantity, unitPriceMinor, discountMinor: next(quantity * unitPriceMinor + 1) };
      });
      const exact = lines.reduce((sum, l) => sum + BigInt(l.quantity) * BigInt(l.unitPriceMinor) - BigInt(l.discountMinor), 0n);
      expect(BigInt(linesSubtotalMinor(lines))).toBe(exact);
      const discount = next(Number(exact) + 1);
      expect(BigInt(ticketTotals(lines, discount).totalMinor)).toBe(exact - BigInt(discount));
    }
  });

  it('amounts typed as 0.1 and 0.2 add up to exactly 0.3', () => {
    const a = parseMoneyToMinor('0.1')!;
    const b = parseMoneyToMinor('0,2')!;
    expect(linesSubtotalMinor([{ quantity: 1, unitPriceMinor: a, discountMinor: 0 }, { quantity: 1, unitPriceMinor: b, discountMinor: 0 }])).toBe(30);
    expect(minorToInput(30)).toBe('0.30');
  });

  it('a ticket discount never takes the total below zero', () => {
    expect(ticketTotals([{ quantity: 1, unitPriceMinor: 500, discountMinor: 0 }], 900)).toEqual({ subtotalMinor: 500, discountMinor: 500, totalMinor: 0 });
  });

  it('refuses an amount past what a double holds exactly instead of rounding it', () => {
    expect(() => lineTotalMinor({ quantity: 9_999, unitPriceMinor: Number.MAX_SAFE_INTEGER, discountMinor: 0 })).toThrow(RangeError);
  });

  it('prints amounts by their digits, to the kopeck, even past 2^53 / 100', () => {
    expect(minorToDecimalString(5)).toBe('0.05');
    expect(minorToDecimalString(-150_050)).toBe('-1500.50');
    expect(minorToDecimalString(9_007_199_254_740_991)).toBe('90071992547409.91');
    expect(formatMoney(9_007_199_254_740_991, 'RUB', 'en')).toContain('90,071,992,547,409.91');
    expect(formatMoney(150_050, 'RUB', 'ru').replace(/\s/g, ' ')).toBe('1 500,50 ₽');
  });
});
