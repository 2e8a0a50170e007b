import { z } from 'zod';
import { PAYMENT_METHODS } from '@/lib/domain/enums';
import { parseMoneyToMinor } from '@/lib/money';
import { code, idField, requiredText } from './codes';

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: code('invalid_choice') });

/**
 * Money typed by staff ("1 500,50") to integer minor units; empty is null, anything that is not an
 * amount is "enter a number". Zero passes here: the command refuses it in the form's own words.
 */
export const moneyField = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const minor = parseMoneyToMinor(v ?? '');
    if (Number.isNaN(minor)) {
      ctx.addIssue({ code: 'custom', message: code('invalid_number') });
      return z.NEVER;
    }
    return minor;
  });

/** An amount that must be given. */
const requiredMoney = moneyField.transform((v, ctx) => {
  if (v === null) {
    ctx.addIssue({ code: 'custom', message: code('required') });
    return z.NEVER;
  }
  return v;
});

/** Money taken on a ticket: a prepayment before the work, a payment (usually at handover). */
export const paymentSchema = z.object({
  ticketId: idField,
  kind: choice(['prepayment', 'payment'] as const).default('payment'),
  method: choice(PAYMENT_METHODS),
  amountMinor: requiredMoney,
});

/** Money given back: at most what was paid, always with the reason. */
export const refundSchema = z.object({
  ticketId: idField,
  method: choice(PAYMENT_METHODS),
  amountMinor: requiredMoney,
  reason: requiredText(500),
});

export type PaymentInput = z.infer<typeof paymentSchema>;
export type RefundInput = z.infer<typeof refundSchema>;
