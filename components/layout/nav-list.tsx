'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
import { BellRing, Building2, Inbox, LayoutDashboard, MailQuestionMark, Tags, Ticket, UserRound, Users, Wallet, type Icon } from '@/components/ui/icons';
import type { Role } from '@/lib/domain/enums';
import { navItemsFor, type NavKey } from '@/lib/navigation';

const ICONS: Record<NavKey, Icon> = {
  dashboard: LayoutDashboard,
  tickets: Ticket,
  clients: UserRound,
  employees: Users,
  departments: Building2,
  catalog: Tags,
  cashReport: Wallet,
  notificationSettings: BellRing,
  outbox: Inbox,
  replies: MailQuestionMark,
};

/** Items waiting in a section (the quarantined replies), shown beside its name. */
export type NavCounts = Partial<Record<NavKey, number>>;

/** On a phone the navigation is a popover (app-shell.tsx): following one of its links closes it. */
function closeMenu(event: MouseEvent<HTMLAnchorElement>) {
  const menu = event.currentTarget.closest<HTMLElement>('[popover]');
  if (menu?.matches(':popover-open')) menu.hidePopover();
}

const isCurrent = (href: string, pathname: string) => (href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`));

/**
 * The sections the role may open, the current one marked. Built here from the role and the names
 * rather than sent as ten links from the server: every page's payload then carries a dozen words
 * instead of the whole list's elements.
 */
export function NavList({ role, names, counts = {} }: { role: Role; names: Record<NavKey, string>; counts?: NavCounts }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-col gap-1">
      {navItemsFor(role).map(({ key, href }) => {
        const Icon = ICONS[key];
        return (
          <li key={key}>
            <Link href={href} aria-current={isCurrent(href, pathname) ? 'page' : undefined} onClick={closeMenu} className="nav-link">
              <Icon aria-hidden className="size-4" />
              {names[key]}
              {counts[key] ? (
                <span className="ml-auto rounded-full bg-amber-100 px-2 text-xs font-semibold text-amber-900" data-testid={`nav-count-${key}`}>
                  {counts[key]}
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
