import { z } from 'zod';
import { ESTIMATE_DECISIONS, LINE_KINDS } from '@/lib/domain/enums';
import { parseMoneyToMinor } from '@/lib/money';
import { code, idField, optionalText, requiredText } from './codes';

/** Money of a line: "1 500,50" → 150050 minor units; empty is null (the list price, or "required"). */
const amount = z
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

/** A discount: empty is zero. */
const discount = amount.transform((v) => v ?? 0);

/** How many: a whole number from 1 to 9,999 (parts are counted in pieces). */
const quantity = z
  .string({ error: code('required') })
  .trim()
  .transform((v, ctx) => {
    if (!/^\d+$/.test(v)) {
      ctx.addIssue({ code: 'custom', message: code(v === '' ? 'required' : 'whole_number') });
      return z.NEVER;
    }
    const n = Number(v);
    if (n < 1) ctx.addIssue({ code: 'custom', message: code('at_least_one') });
    if (n > 9_999) ctx.addIssue({ code: 'custom', message: code('too_large', 9_999) });
    return n;
  });

const warrantyDays = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return 0;
    if (!/^\d{1,4}$/.test(v)) {
      ctx.addIssue({ code: 'custom', message: code('whole_number') });
      return z.NEVER;
    }
    return Number(v);
  });

const optionalId = z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), idField.nullable());

/** A reason a manager gives to override a rule; empty is none. */
const reason = optionalText(500);

/**
 * A new line: from the price list (catalogItemId; price empty = the list price) or typed in
 * (name and price required, checked by the command since they depend on the choice).
 */
export const lineAddSchema = z.object({
  ticketId: idField,
  catalogItemId: optionalId,
  kind: z.enum(LINE_KINDS, { error: code('invalid_choice') }).default('work'),
  name: optionalText(200),
  quantity,
  unitPriceMinor: amount,
  discountMinor: discount,
  warrantyDays,
  stockOverrideReason: reason,
});

export const lineEditSchema = z.object({
  lineId: idField,
  quantity,
  unitPriceMinor: amount.refine((v) => v !== null, { error: code('required') }).transform((v) => v as number),
  discountMinor: discount,
  stockOverrideReason: reason,
});

export const lineRemoveSchema = z.object({ lineId: idField });

export const ticketDiscountSchema = z.object({ ticketId: idField, discountMinor: discount });

export type LineInput = z.infer<typeof lineAddSchema>;
export type LineEdit = z.infer<typeof lineEditSchema>;
export type TicketDiscountInput = z.infer<typeof ticketDiscountSchema>;

const decision = z.enum(ESTIMATE_DECISIONS, { error: code('invalid_choice') });
const estimateVersion = z.coerce.number({ error: code('invalid_number') }).int().positive();

/** A decision the desk took by phone, bound to the version the client was told about. */
export const phoneDecisionSchema = z.object({ ticketId: idField, version: estimateVersion, decision, reason: optionalText(1000) });

/** A manager's change of a recorded decision: the reason is required. */
export const overrideDecisionSchema = z.object({ ticketId: idField, decision, reason: requiredText(500) });

export type PhoneDecision = z.infer<typeof phoneDecisionSchema>;
export type OverrideDecision = z.infer<typeof overrideDecisionSchema>;
