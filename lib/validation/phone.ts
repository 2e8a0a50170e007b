import { z } from 'zod';
import { env } from '@/lib/env';
import { normalizePhone } from '@/lib/phone';
import { code } from './codes';

/** An optional phone field: empty is null, anything else must be a real number, stored as E.164. */
export const optionalPhoneField = z
  .string()
  .trim()
  .max(40, { error: code('too_long', 40) })
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const e164 = normalizePhone(value, env().PHONE_REGION);
    if (!e164) {
      ctx.addIssue({ code: 'custom', message: code('invalid_phone') });
      return z.NEVER;
    }
    return e164;
  });
