import { Languages } from '@/components/ui/icons';
import { setLocaleAction } from '@/lib/i18n/locale-action';
import { LOCALES, type Locale } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n/messages';

/**
 * Two submit buttons in a plain form: works without JavaScript. The language in use is the filled
 * segment and is named in the form's label, so it reads at a glance which one is on.
 */
export function LocaleSwitch({ current, t }: { current: Locale; t: Messages }) {
  const s = t.localeSwitch;
  return (
    <form action={setLocaleAction} className="flex items-center gap-1.5 text-sm" aria-label={s.current(t.locales[current])} data-testid="locale-switch">
      <Languages aria-hidden className="size-4 text-slate-500" />
      <span className="inline-flex overflow-hidden rounded-md border border-slate-300">
        {LOCALES.map((locale) => {
          const on = locale === current;
          return (
            <button
              key={locale}
              type="submit"
              name="locale"
              value={locale}
              lang={locale}
              aria-pressed={on}
              title={on ? s.current(t.locales[locale]) : s.switchTo(t.locales[locale])}
              data-current={on || undefined}
              className={
                on
                  ? 'bg-slate-800 px-2.5 py-1 font-semibold text-white'
                  : 'bg-white px-2.5 py-1 text-slate-700 hover:bg-slate-100 hover:text-slate-900'
              }
            >
              {t.locales[locale]}
            </button>
          );
        })}
      </span>
    </form>
  );
}
