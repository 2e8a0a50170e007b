import { setLocaleAction } from '@/app/actions/locale';
import { LOCALES, type Locale } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n/messages';

/** Two submit buttons in a plain form: works without JavaScript. */
export function LocaleSwitch({ current, t }: { current: Locale; t: Messages }) {
  return (
    <form action={setLocaleAction} className="flex items-center gap-1 text-sm" aria-label={t.common.language}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={
            locale === current
              ? 'rounded px-2 py-1 font-semibold text-slate-900 underline underline-offset-4'
              : 'rounded px-2 py-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900'
          }
        >
          {t.locales[locale]}
        </button>
      ))}
    </form>
  );
}
