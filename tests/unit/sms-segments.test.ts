import { describe, expect, it } from 'vitest';
import { smsSize } from '@/lib/channels/sms/segments';

describe('SMS parts', () => {
  it('a Latin text of 160 characters is one part, 161 make two of up to 153', () => {
    expect(smsSize('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsSize('a'.repeat(161))).toMatchObject({ encoding: 'gsm7', segments: 2 });
    expect(smsSize('a'.repeat(306)).segments).toBe(2);
    expect(smsSize('a'.repeat(307)).segments).toBe(3);
  });

  it('one Cyrillic letter makes the whole text UCS-2: 70 in one part, 67 per part', () => {
    expect(smsSize('Я'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsSize('Я'.repeat(71)).segments).toBe(2);
    expect(smsSize(`${'a'.repeat(133)}Я`)).toEqual({ encoding: 'ucs2', units: 134, segments: 2 });
    expect(smsSize(`${'a'.repeat(134)}Я`).segments).toBe(3);
  });

  it('an emoji outside the BMP counts as 2, and is never split between parts', () => {
    expect(smsSize('😀'.repeat(35))).toMatchObject({ encoding: 'ucs2', units: 70, segments: 1 });
    // 66 units, then an emoji that would straddle the 67-unit boundary: it moves to the next part.
    expect(smsSize(`${'Я'.repeat(66)}😀${'Я'.repeat(66)}`).segments).toBe(3);
  });

  it('GSM-7 extension characters take two septets; a no-break space forces UCS-2', () => {
    expect(smsSize('€'.repeat(80))).toMatchObject({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsSize('€'.repeat(81)).segments).toBe(2);
    expect(smsSize('12\u00A0345').encoding).toBe('ucs2');
  });
});
