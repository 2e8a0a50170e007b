import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** E.164 (+79123456789) from any way people write a number, or null when it is not a valid number. */
export function normalizePhone(input: string, defaultRegion: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultRegion as CountryCode);
  return parsed?.isValid() ? parsed.number : null;
}

/** +7 912 345-67-89 for display. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
