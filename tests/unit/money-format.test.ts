import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/i18n/format';
import { moneyFormat } from '@/lib/i18n/money-format';
import { minorToDecimalString } from '@/lib/money';

const intlOf = (locale: string, currency: string) => new Intl.NumberFormat(locale, { style: 'currency', currency });
const viaIntl = (intl: Intl.NumberFormat, minor: number) => intl.format(minorToDecimalString(minor) as Intl.StringNumericLiteral);

/** Amounts of every length, both signs, and the edges where grouping starts. */
function amounts(): number[] {
  const edges = [0, 1, 9, 10, 99, 100, 101, 999, 1000, 99_999, 100_000, 123_456, 999_999, 1_000_000, 12_345_678, 1_234_567_890_12];
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const drawn = Array.from({ length: 400 }, (_, i) => Math.floor(random() * 10 ** (1 + (i % 13))));
  return [...edges, ...drawn].flatMap((minor) => [minor, -minor]);
}

describe('amounts written without asking Intl each time', () => {
  it.each([
    ['ru-RU', 'RUB'],
    ['ru-RU', 'USD'],
    ['ru-RU', 'EUR'],
    ['ru-RU', 'KZT'],
    ['en-GB', 'RUB'],
    ['en-GB', 'GBP'],
    ['en-GB', 'EUR'],
    ['en-US', 'USD'],
    ['de-DE', 'EUR'],
    ['es-ES', 'EUR'],
    ['en-IN', 'INR'],
    ['ar-EG', 'EGP'],
    ['ja-JP', 'JPY'],
  ])('%s %s: every amount reads exactly as Intl writes it', (locale, currency) => {
    const intl = intlOf(locale, currency);
    const format = moneyFormat(intl);
    for (const minor of amounts()) expect(format(minor), `${minor}`).toBe(viaIntl(intl, minor));
  });

  it('asks Intl only where the shape cannot be read from it', () => {
    const calls = (locale: string, currency: string) => {
      const intl = intlOf(locale, currency);
      let count = 0;
      const format = moneyFormat({
        format: (value: Intl.StringNumericLiteral) => (count++, intl.format(value)),
        formatToParts: (value: Intl.StringNumericLiteral) => intl.formatToParts(value),
        resolvedOptions: () => intl.resolvedOptions(),
      });
      count = 0; // the probes that checked the shape
      for (const minor of amounts()) format(minor);
      return count;
    };
    expect(calls('ru-RU', 'RUB')).toBe(0);
    expect(calls('en-GB', 'RUB')).toBe(0);
    expect(calls('ja-JP', 'JPY')).toBe(amounts().length); // no minor units
    expect(calls('en-IN', 'INR')).toBe(amounts().length); // groups of two after the first three
  });

  it('the pages see the amounts of both languages as before', () => {
    expect(formatMoney(123_456, 'RUB', 'ru')).toBe('1\u00a0234,56\u00a0₽');
    expect(formatMoney(100_000_000, 'RUB', 'en')).toBe('RUB\u00a01,000,000.00');
    expect(formatMoney(99, 'USD', 'en')).toBe('US$0.99');
  });

  it('writes a negative amount with the minus sign, not a hyphen', () => {
    expect(formatMoney(-5, 'RUB', 'ru')).toBe('\u22120,05\u00a0₽');
    expect(formatMoney(-597_972_000, 'RUB', 'ru')).toBe('\u22125\u00a0979\u00a0720,00\u00a0₽');
    expect(formatMoney(-250, 'USD', 'en')).toBe('\u2212US$2.50');
    expect(formatMoney(0, 'RUB', 'ru')).toBe('0,00\u00a0₽');
  });
});
