import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, resolveLocale } from '@/lib/i18n/locale';
import { en } from '@/lib/i18n/messages/en';
import { ru } from '@/lib/i18n/messages/ru';

const CHANNEL_NAMES = new Set(['SMS', 'Telegram']);

describe('choosing the interface language', () => {
  it('takes the first supported language of the browser, by q-value', () => {
    expect(localeFromAcceptLanguage('ru-RU,ru;q=0.9,en-US;q=0.8')).toBe('ru');
    expect(localeFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('de-DE,de;q=0.9,en;q=0.5,ru;q=0.4')).toBe('en');
    expect(localeFromAcceptLanguage('fr;q=0.3,ru;q=0.8')).toBe('ru');
    expect(localeFromAcceptLanguage('de, fr')).toBeUndefined();
    expect(localeFromAcceptLanguage('ru;q=0')).toBeUndefined();
  });

  it("prefers the employee's setting, then the switch on this browser, then the browser, then the default", () => {
    expect(resolveLocale({ userLocale: 'en', cookieLocale: 'ru', acceptLanguage: 'ru', fallback: 'ru' })).toBe('en');
    expect(resolveLocale({ cookieLocale: 'en', acceptLanguage: 'ru', fallback: 'ru' })).toBe('en');
    expect(resolveLocale({ cookieLocale: 'xx', acceptLanguage: 'en-GB', fallback: 'ru' })).toBe('en');
    expect(resolveLocale({ acceptLanguage: 'de', fallback: 'en' })).toBe('en');
  });

  it('has every English message in Russian too, and none left untranslated by accident', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(ru).sort()).toEqual(keys(en).sort());
    const same = keys(en).filter((k) => {
      const get = (o: object) => k.split('.').reduce<unknown>((acc, part) => (acc as Record<string, unknown>)[part], o);
      // Strings without letters (a dash for "none") need no translation.
      // The channels' own names (SMS, Telegram) are written the same in both languages too.
      return typeof get(en) === 'string' && /\p{L}/u.test(get(en) as string) && get(en) === get(ru) && !CHANNEL_NAMES.has(get(en) as string);
    });
    // The brand name and the language names are the same in both, and the printed receipt says "E-mail" in Russian too.
    expect(same.sort()).toEqual(['app.name', 'locales.en', 'locales.ru', 'publicStatus.receipt.email']);
  });
});
