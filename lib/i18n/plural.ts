import type { Locale } from '@/lib/domain/enums';
import { intlLocale } from '@/lib/time/format';

/**
 * The word forms of a count, by CLDR plural category. English needs `one` and `other`; Russian
 * `one` (1, 21), `few` (2–4, 22–24) and `other` for the rest (0, 5–20, 25–30…), which CLDR calls
 * `many`: a missing form falls back to `other`.
 */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const rules = new Map<Locale, Intl.PluralRules>();

function rulesFor(locale: Locale): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(intlLocale[locale])));
  return r;
}

/** The form of a word that goes with `n`: plural('ru', 5, { one: 'день', few: 'дня', other: 'дней' }) → 'дней'. */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  return forms[rulesFor(locale).select(n)] ?? forms.other;
}
