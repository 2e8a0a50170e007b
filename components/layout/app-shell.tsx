import { Menu } from '@/components/ui/icons';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Staff } from '@/lib/auth/session';
import type { Locale } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n/messages';
import { navItemsFor, type NavKey } from '@/lib/navigation';
import { HelpLink } from './help-link';
import { LocaleSwitch } from './locale-switch';
import { NavList, type NavCounts } from './nav-list';
import { SignOutButton } from './sign-out-button';

const MENU_ID = 'main-menu';

/**
 * From md up the popover is the sidebar's list, always shown (a closed popover is hidden only by the
 * browser's own style, which these override); below md it opens under the header.
 */
const NAV_CLASSES =
  'w-60 rounded-md border border-slate-200 bg-white p-2 shadow-lg [inset:auto] top-11 left-2 m-0 ' +
  'md:static md:block md:w-auto md:rounded-none md:border-0 md:bg-transparent md:px-2 md:py-0 md:shadow-none';

/** The names of the sections shown, and only those: they travel in every page's payload. */
const namesOf = (items: { key: NavKey }[], t: Messages) => Object.fromEntries(items.map(({ key }) => [key, t.nav[key]])) as Record<NavKey, string>;

/** Who is signed in: their name, a link to their profile, and their role under it. */
function SignedInAs({ staff, t }: { staff: Staff; t: Messages }) {
  return (
    <p className="text-sm text-slate-700">
      <span className="sr-only">{t.nav.signedInAs} </span>
      <Link href="/profile" className="font-medium hover:underline" data-testid="current-user" title={t.employees.profile.title}>
        {staff.fullName}
      </Link>
      <span className="block text-slate-500">{t.roles[staff.role]}</span>
    </p>
  );
}

export function AppShell({ staff, t, locale, counts, children }: { staff: Staff; t: Messages; locale: Locale; counts?: NavCounts; children: ReactNode }) {
  return (
    <div className="min-h-screen bg-slate-50 md:grid md:grid-cols-[15rem_1fr] print:block">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t.common.skipToContent}
      </a>
      {/*
        One navigation for every width: the sidebar from md up; on a phone a popover that the header's
        menu button opens (no JavaScript needed; the browser closes it on Escape or a tap outside).
      */}
      <aside className="no-print md:border-r md:border-slate-200 md:bg-white">
        <div className="hidden px-4 py-4 md:block">
          <Link href="/" className="text-base font-semibold text-slate-900">
            {t.app.name}
          </Link>
        </div>
        <nav id={MENU_ID} popover="auto" aria-label={t.nav.main} className={NAV_CLASSES}>
          {/*
            Who is signed in heads the menu and Sign out ends it, at every width: once in the page
            (every page's payload carries it), and the header on a phone keeps to one line.
          */}
          <div className="mb-2 border-b border-slate-200 px-3 pt-1 pb-2" data-testid="menu-user">
            <SignedInAs staff={staff} t={t} />
          </div>
          <NavList role={staff.role} names={namesOf(navItemsFor(staff.role), t)} counts={counts} />
          <div className="mt-2 border-t border-slate-200 px-1 pt-2">
            <SignOutButton label={t.nav.signOut} />
          </div>
        </nav>
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="no-print flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-white px-4 py-2">
          <button type="button" popoverTarget={MENU_ID} aria-label={t.nav.openMenu} className="flex items-center gap-2 rounded px-2 py-1 text-sm md:hidden" data-testid="menu-button">
            <Menu aria-hidden className="size-5" />
            <span>{t.nav.menu}</span>
          </button>
          <div className="ml-auto flex flex-wrap items-center gap-3">
            <HelpLink labels={{ link: t.help.link, linkTitle: t.help.linkTitle }} />
            <LocaleSwitch current={locale} t={t} />
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 p-4 md:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
