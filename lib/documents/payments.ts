import type { PaymentKind } from '@/lib/domain/enums';

/**
 * What the documents say about money received: prepayments and payments add up, refunds take
 * away; integer minor units only, and the balance due is never below zero (an overpayment is
 * shown as such, not as a negative debt).
 */
export type PaymentRow = { kind: PaymentKind; amountMinor: number };

function safe(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`amount out of range: ${value}`);
  return value;
}

export function paidMinor(rows: readonly PaymentRow[]): number {
  return rows.reduce((sum, p) => safe(p.kind === 'refund' ? sum - p.amountMinor : sum + p.amountMinor), 0);
}

export function prepaidMinor(rows: readonly PaymentRow[]): number {
  return rows.reduce((sum, p) => safe(p.kind === 'prepayment' ? sum + p.amountMinor : sum), 0);
}

export function balanceDueMinor(totalMinor: number, paid: number): number {
  return Math.max(0, safe(totalMinor - paid));
}
