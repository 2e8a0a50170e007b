import { normalizePhone } from '@/lib/phone';

const PHONE_LIKE = /^[+\d\s()\-.]+$/;
const MIN_DIGITS = 3;

/**
 * When a search looks like a phone number written any way ("8 912 345-67-89", "+7 (912) 345",
 * "912-34"), the digit runs to look for inside stored E.164 numbers; empty when it does not.
 */
export function phoneSearchDigits(q: string | undefined, region: string): string[] {
  const trimmed = q?.trim() ?? '';
  if (!PHONE_LIKE.test(trimmed)) return [];
  const e164 = normalizePhone(trimmed, region);
  if (e164) return [e164.slice(1)];
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < MIN_DIGITS) return [];
  // In Russia the trunk prefix 8 stands for the country code: "8 912" is "+7 912".
  if (region === 'RU' && !trimmed.startsWith('+') && digits.startsWith('8')) return [digits, `7${digits.slice(1)}`];
  return [digits];
}
