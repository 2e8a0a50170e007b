import { minorToDecimalString } from '@/lib/money';

/**
 * An amount in minor units as Intl.NumberFormat writes it in a locale and currency, without
 * calling Intl for every amount. A ticket page writes about a hundred amounts (each line's price
 * and total, the totals, the payments) and Intl's `format` costs about a microsecond each; the
 * shape of a currency amount in a locale is fixed (sign, symbol, group and decimal separators), so
 * it is read once from Intl's own output and the digits are placed into it.
 *
 * The shape is taken only when Intl's output for probe amounts can be rebuilt from it exactly
 * (two fraction digits, ASCII digits, groups of three); otherwise, and for any currency whose
 * amounts are not written with two decimals, every amount goes through Intl as before.
 */
export type MoneyFormat = (minor: number) => string;

/** What is used of an Intl.NumberFormat. */
type CurrencyIntl = {
  format(value: Intl.StringNumericLiteral): string;
  formatToParts(value: Intl.StringNumericLiteral): Intl.NumberFormatPart[];
  resolvedOptions(): Intl.ResolvedNumberFormatOptions;
};

type Shape = {
  prefix: string;
  suffix: string;
  negativePrefix: string;
  negativeSuffix: string;
  group: string;
  decimal: string;
  /** Whether a four-digit integer part is grouped ("1 234") or not ("1234"). */
  groupsFour: boolean;
};

const PROBES = [0, 5, 99, 100, 123456, 1234567, 98765432101, -1, -123456, -98765432101];

export function moneyFormat(intl: CurrencyIntl): MoneyFormat {
  const viaIntl: MoneyFormat = (minor) => intl.format(minorToDecimalString(minor) as Intl.StringNumericLiteral);
  const { minimumFractionDigits, maximumFractionDigits } = intl.resolvedOptions();
  if (minimumFractionDigits !== 2 || maximumFractionDigits !== 2) return viaIntl;
  const shape = shapeOf(intl);
  if (!shape) return viaIntl;
  const fast: MoneyFormat = (minor) => place(shape, minor);
  return PROBES.every((minor) => fast(minor) === viaIntl(minor)) ? fast : viaIntl;
}

function shapeOf(intl: CurrencyIntl): Shape | undefined {
  const around = (sample: string) => {
    const parts = intl.formatToParts(sample as Intl.StringNumericLiteral);
    const first = parts.findIndex((part) => part.type === 'integer');
    const last = parts.findIndex((part) => part.type === 'fraction');
    if (first < 0 || last < first) return undefined;
    const text = (from: number, to: number) => parts.slice(from, to).map((part) => part.value).join('');
    return { before: text(0, first), after: text(last + 1, parts.length), number: parts.slice(first, last + 1) };
  };
  const positive = around('1234567.89');
  const negative = around('-1234567.89');
  const four = around('1234.00');
  if (!positive || !negative || !four) return undefined;
  const integers = positive.number.filter((part) => part.type === 'integer').map((part) => part.value);
  const group = positive.number.find((part) => part.type === 'group')?.value;
  const decimal = positive.number.find((part) => part.type === 'decimal')?.value;
  if (integers.join(',') !== '1,234,567' || group === undefined || decimal === undefined) return undefined;
  return {
    prefix: positive.before,
    suffix: positive.after,
    negativePrefix: negative.before,
    negativeSuffix: negative.after,
    group,
    decimal,
    groupsFour: four.number.some((part) => part.type === 'group'),
  };
}

function place(shape: Shape, minor: number): string {
  const digits = String(Math.abs(Math.trunc(minor))).padStart(3, '0');
  const integer = digits.slice(0, -2);
  let grouped = integer;
  if (integer.length > 4 || (integer.length === 4 && shape.groupsFour)) {
    grouped = integer.slice(0, ((integer.length - 1) % 3) + 1);
    for (let i = grouped.length; i < integer.length; i += 3) grouped += shape.group + integer.slice(i, i + 3);
  }
  const number = grouped + shape.decimal + digits.slice(-2);
  return minor < 0 ? shape.negativePrefix + number + shape.negativeSuffix : shape.prefix + number + shape.suffix;
}
