/**
 * Money typed by staff ("1 500,50", "1500.5", "1500") to integer minor units (150050).
 * Returns null for an empty value and NaN for something that is not an amount.
 */
export function parseMoneyToMinor(input: string): number | null {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '').replace(/₽|руб\.?|rub/gi, '');
  if (compact === '') return null;
  const match = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return Number.NaN;
  const [, whole, fraction = ''] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/**
 * 150050 → "1500.50", by digits rather than by dividing into a float: Intl formats such a string
 * exactly, so even amounts past 2^53 / 100 print to the kopeck.
 */
export function minorToDecimalString(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(minor))).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** The editable form of an amount: 150050 → "1500.50", 150000 → "1500". */
export function minorToInput(minor: number | null | undefined): string {
  if (minor === null || minor === undefined) return '';
  const decimal = minorToDecimalString(minor);
  return decimal.endsWith('.00') ? decimal.slice(0, -3) : decimal;
}
