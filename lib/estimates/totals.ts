/**
 * Money of ticket lines, in integer minor units only: a line's total is quantity × unit price
 * less its discount; the ticket's total is the lines' sum less the ticket's discount. Every
 * result is checked to be a safe integer, so an overflow refuses instead of rounding.
 */
export type PricedLine = { quantity: number; unitPriceMinor: number; discountMinor: number };

function safe(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`amount out of range: ${value}`);
  return value;
}

export function lineGrossMinor(line: Pick<PricedLine, 'quantity' | 'unitPriceMinor'>): number {
  return safe(safe(line.quantity) * safe(line.unitPriceMinor));
}

/** Never below zero: a discount larger than the line is refused by validation before it gets here. */
export function lineTotalMinor(line: PricedLine): number {
  return Math.max(0, safe(lineGrossMinor(line) - safe(line.discountMinor)));
}

export function linesSubtotalMinor(lines: readonly PricedLine[]): number {
  return lines.reduce((sum, line) => safe(sum + lineTotalMinor(line)), 0);
}

export type Totals = { subtotalMinor: number; discountMinor: number; totalMinor: number };

/** The ticket's discount takes off at most the subtotal (lines removed after it was set may leave less). */
export function ticketTotals(lines: readonly PricedLine[], ticketDiscountMinor: number): Totals {
  const subtotalMinor = linesSubtotalMinor(lines);
  const discountMinor = Math.min(safe(ticketDiscountMinor), subtotalMinor);
  return { subtotalMinor, discountMinor, totalMinor: subtotalMinor - discountMinor };
}
