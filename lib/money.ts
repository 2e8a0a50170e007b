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

/** The editable form of an amount: 150050 → "1500.50", 150000 → "1500". */
export function minorToInput(minor: number | null | undefined): string {
  if (minor === null || minor === undefined) return '';
  const whole = Math.trunc(minor / 100);
  const cents = minor % 100;
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0')}`;
}
