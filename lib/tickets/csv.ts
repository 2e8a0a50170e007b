import { minorToDecimalString } from '@/lib/money';

/**
 * CSV cells and lines (RFC 4180) that are safe to open in a spreadsheet: a cell that starts with
 * = + - @ (or a tab or carriage return) gets a leading apostrophe, so it is shown as text and
 * never run as a formula (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null | undefined)[], separator: ',' | ';'): string {
  return `${cells.map(csvCell).join(separator)}\r\n`;
}

/** Excel reads a UTF-8 file as UTF-8 (Cyrillic intact) only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * An amount in minor units as a spreadsheet reads it as a number: "1500.50" beside "," cells,
 * "1500,50" beside ";" cells (a Russian Excel's decimal comma); empty for none. No float on the way.
 */
export function csvAmount(minor: number | null | undefined, separator: ',' | ';'): string {
  if (minor === null || minor === undefined) return '';
  const decimal = minorToDecimalString(minor);
  return separator === ';' ? decimal.replace('.', ',') : decimal;
}
