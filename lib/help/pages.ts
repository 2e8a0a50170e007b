/**
 * The user guide's pages (docs/<locale>/<page>.md) in reading order, which page explains which
 * screen, and the screenshots the in-app guide may serve. The in-app help opens only these names,
 * so a URL can never point it at another file.
 */
export const HELP_PAGES = [
  'index',
  'sign-in',
  'dashboard',
  'clients',
  'intake',
  'ticket',
  'assign',
  'statuses',
  'comments',
  'attachments',
  'estimates',
  'payments',
  'documents',
  'warranty',
  'tickets',
  'export',
  'public-link',
  'notifications',
  'sms',
  'email-replies',
  'telegram',
  'outbox',
  'departments',
  'catalog',
  'employees',
  'profile',
  'operations',
  'data-model',
] as const;

export type HelpPage = (typeof HELP_PAGES)[number];

export function isHelpPage(value: string): value is HelpPage {
  return (HELP_PAGES as readonly string[]).includes(value);
}

/** The in-app address of a guide page. */
export function helpHref(page: HelpPage): string {
  return page === 'index' ? '/help' : `/help/${page}`;
}

/** First match wins: the more specific ticket addresses come before the list. */
const SCREEN_TO_PAGE: readonly [RegExp, HelpPage][] = [
  [/^\/$/, 'dashboard'],
  [/^\/tickets\/new\/?$/, 'intake'],
  [/^\/tickets\/?$/, 'tickets'],
  [/^\/tickets\/[^/]+\/print\/?$/, 'public-link'],
  [/^\/tickets\/[^/]+\/certificate\/?$/, 'documents'],
  [/^\/tickets\/[^/]+(?:\/edit)?\/?$/, 'ticket'],
  [/^\/clients(?:\/|$)/, 'clients'],
  [/^\/employees(?:\/|$)/, 'employees'],
  [/^\/departments(?:\/|$)/, 'departments'],
  [/^\/catalog(?:\/|$)/, 'catalog'],
  [/^\/reports\/payments(?:\/|$)/, 'payments'],
  [/^\/outbox(?:\/|$)/, 'outbox'],
  [/^\/settings\/notifications(?:\/|$)/, 'notifications'],
  [/^\/replies(?:\/|$)/, 'email-replies'],
  [/^\/profile(?:\/|$)/, 'profile'],
];

/** Which page of the guide explains the screen at `pathname`; the overview for anything else. */
export function helpPageFor(pathname: string): HelpPage {
  return SCREEN_TO_PAGE.find(([pattern]) => pattern.test(pathname))?.[1] ?? 'index';
}

/**
 * Screenshots in docs/screenshots/<locale>/<name>.png that the guide shows. Each is regenerated
 * by tests/e2e/screenshots.e2e.ts (a unit test checks that every one the guide uses is listed
 * here and taken there).
 */
export const HELP_SCREENSHOTS = [
  'login',
  'dashboard',
  'tickets',
  'tickets-filtered',
  'tickets-phone',
  'menu-phone',
  'ticket',
  'ticket-phone',
  'ticket-new',
  'ticket-edit',
  'ticket-print',
  'ticket-label',
  'clients',
  'client',
  'client-new',
  'employees',
  'employee',
  'employee-new',
  'departments',
  'department',
  'department-new',
  'profile',
  'outbox',
  'status-lookup',
  'ticket-estimate',
  'status-estimate',
  'catalog',
  'catalog-import',
  'certificate',
  'refusal-note',
  'cash-report',
  'notification-settings',
  'replies',
  'tickets-replied',
  'help',
] as const;

export function isHelpScreenshot(name: string): boolean {
  return (HELP_SCREENSHOTS as readonly string[]).includes(name);
}
