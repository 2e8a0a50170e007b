import type { Role } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n/messages';

export type NavKey = keyof Pick<Messages['nav'], 'dashboard' | 'tickets' | 'clients' | 'employees' | 'departments' | 'catalog' | 'cashReport' | 'notificationSettings' | 'outbox' | 'replies'>;

export type NavItem = { key: NavKey; href: string; roles: readonly Role[] };

const ALL: readonly Role[] = ['admin', 'manager', 'technician'];

/** The shell's sections and who may open them (SPEC §3: the outbox is for managers and admins). */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'dashboard', href: '/', roles: ALL },
  { key: 'tickets', href: '/tickets', roles: ALL },
  { key: 'clients', href: '/clients', roles: ALL },
  { key: 'employees', href: '/employees', roles: ALL },
  { key: 'departments', href: '/departments', roles: ALL },
  { key: 'catalog', href: '/catalog', roles: ALL },
  { key: 'cashReport', href: '/reports/payments', roles: ['admin', 'manager'] },
  { key: 'notificationSettings', href: '/settings/notifications', roles: ['admin', 'manager'] },
  { key: 'outbox', href: '/outbox', roles: ['admin', 'manager'] },
  // Client replies that found no ticket by themselves (issue 18): the managers place them.
  { key: 'replies', href: '/replies', roles: ['admin', 'manager'] },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}
