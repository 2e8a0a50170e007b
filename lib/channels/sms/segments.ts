/**
 * How many SMS parts a text takes (doc.didww.com, SMS encoding): GSM-7 fits 160 characters in one
 * part and 153 per part when split; any character outside the GSM-7 alphabet (Cyrillic, emoji,
 * a no-break space) makes the whole message UCS-2: 70 in one part, 67 per part, counted in UTF-16
 * units, so a character outside the BMP (most emoji) counts as 2. The operator bills per part.
 */
export type SmsEncoding = 'gsm7' | 'ucs2';
export type SmsSize = { encoding: SmsEncoding; units: number; segments: number };

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Sent as an escape and the character: two septets each. */
const GSM7_EXTENSION = '\f^{}\\[~]|€';

const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

const LIMITS: Record<SmsEncoding, { single: number; part: number }> = {
  gsm7: { single: 160, part: 153 },
  ucs2: { single: 70, part: 67 },
};

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!BASIC.has(ch) && !EXTENSION.has(ch)) return false;
  return true;
}

/** The units each character takes: septets for GSM-7, UTF-16 code units for UCS-2. */
function unitsOf(text: string, encoding: SmsEncoding): number[] {
  return Array.from(text, (ch) => (encoding === 'gsm7' ? (EXTENSION.has(ch) ? 2 : 1) : ch.length));
}

/**
 * Parts are filled without splitting a character (an escape pair or a surrogate pair stays in one
 * part), as phones do, so a split message may hold a unit less than 153 or 67 in some part.
 */
export function smsSize(text: string): SmsSize {
  const encoding: SmsEncoding = isGsm7(text) ? 'gsm7' : 'ucs2';
  const units = unitsOf(text, encoding);
  const total = units.reduce((a, b) => a + b, 0);
  const { single, part } = LIMITS[encoding];
  if (total <= single) return { encoding, units: total, segments: 1 };
  let segments = 1;
  let used = 0;
  for (const u of units) {
    if (used + u > part) {
      segments += 1;
      used = 0;
    }
    used += u;
  }
  return { encoding, units: total, segments };
}

export function smsSegments(text: string): number {
  return smsSize(text).segments;
}
