import { afterAll, beforeAll } from 'vitest';
import { ticketHref } from '@/lib/tickets/number';
import type { Page } from 'playwright-core';
import { DEMO, openBrowser, signIn, type BrowserSession } from './browser';
import { withDatabase } from './fixtures';

/** The rows whose pages are visited: the busiest of the seed, so their lists are full. */
export type PageIds = { ticket: number; token: string; client: number; employee: number; department: number; notification: number; catalogItem: number; paymentDay: string };
/**
 * A page and who visits it: the demo admin unless `as` names another demo account. `figuresOnly`:
 * the page shows that visitor no list table (the admin has no tickets of their own).
 */
export type ContractPage = { name: string; path: (ids: PageIds) => string; as?: string; figuresOnly?: boolean };

/**
 * Finds the busiest seeded ticket, client and department, and writes a delivered and a failed
 * notification (the seed writes none), so /outbox has rows and a notification page shows the
 * resend form. Call it once per file, in beforeAll: it writes to the database.
 */
export function arrangePages(): Promise<PageIds> {
  return withDatabase(async (db) => {
    const one = <T>(sql: string, ...args: unknown[]) => db.get<T>(sql, ...args);
    const ticket = await one<{ id: number; token: string }>(
      `SELECT t.id, t.public_token AS token FROM tickets t
       ORDER BY (SELECT count(*) FROM ticket_events e WHERE e.ticket_id = t.id) DESC, t.id LIMIT 1`,
    );
    const now = Date.now();
    const insert = (...args: unknown[]) =>
      one<{ id: number }>(
        `INSERT INTO notifications (kind, recipient_type, recipient_address, locale, ticket_id, subject, html, text, state, transport,
           attempts, last_error, next_attempt_at, sent_at, dedupe_key, created_at, updated_at)
         VALUES ('status_changed', 'client', ?, 'ru', ?, ?, '<p>Статус заявки изменён.</p>', 'Статус заявки изменён.', ?, ?, ?, ?, ?, ?, ?, ?, ?)
         RETURNING id`,
        ...args,
      );
    const key = `e2e-pages:${now}:${Math.random().toString(36).slice(2)}`;
    const address = 'a.client.with.a.rather.long.address@example-mail.test';
    await insert(address, ticket.id, 'Статус заявки изменён', 'sent', 'outbox', 1, null, now, now, `${key}:sent`, now, now);
    const error = 'Mail service answered 422: the recipient address was rejected by the receiving server';
    const failed = await insert(address, ticket.id, 'Статус заявки изменён', 'failed', null, 5, error, now, null, `${key}:failed`, now, now);
    return {
      ticket: ticket.id,
      token: ticket.token,
      client: (await one<{ id: number }>('SELECT client_id AS id FROM tickets GROUP BY client_id ORDER BY count(*) DESC LIMIT 1')).id,
      employee: (await one<{ id: number }>('SELECT id FROM employees WHERE email = ?', DEMO.tech)).id,
      // The department with the most open urgent work, so its filtered list below has rows to lay out.
      department: (
        await one<{ id: number }>(
          `SELECT department_id AS id FROM tickets WHERE status NOT IN ('closed', 'cancelled') AND priority IN ('high', 'urgent')
           GROUP BY department_id ORDER BY count(*) DESC LIMIT 1`,
        )
      ).id,
      notification: failed.id,
      catalogItem: (await one<{ id: number }>('SELECT id FROM catalog_items ORDER BY id LIMIT 1')).id,
      // The local day (Europe/Moscow, the demo's zone) of the latest payment: a cash report with rows.
      paymentDay: new Date((await one<{ at: number }>('SELECT max(created_at) AS at FROM payments')).at + 3 * 3_600_000).toISOString().slice(0, 10),
    };
  });
}

/** The staff lists of SPEC §4, with the ticket tables of the dashboard and the detail pages. */
export const LIST_PAGES: ContractPage[] = [
  { name: 'dashboard, the center’s figures', path: () => '/', figuresOnly: true },
  { name: 'dashboard, a technician’s own lists', path: () => '/', as: DEMO.tech },
  { name: 'tickets', path: () => '/tickets' },
  { name: 'tickets, filtered', path: (ids) => `/tickets?status=open&priority=high,urgent&department=${ids.department}&from=2020-01-01&to=2099-12-31&sort=due` },
  { name: 'tickets, overdue', path: () => '/tickets?overdue=1&sort=due' },
  { name: 'tickets, balance due', path: () => '/tickets?due=1' },
  { name: 'clients', path: () => '/clients' },
  { name: 'client', path: (ids) => `/clients/${ids.client}` },
  { name: 'employees', path: () => '/employees' },
  { name: 'employee', path: (ids) => `/employees/${ids.employee}` },
  { name: 'departments', path: () => '/departments' },
  { name: 'department', path: (ids) => `/departments/${ids.department}` },
  { name: 'outbox', path: () => '/outbox' },
  { name: 'price list', path: () => '/catalog' },
  { name: 'cash report', path: (ids) => `/reports/payments?from=${ids.paymentDay}&to=${ids.paymentDay}` },
];

/** Every page of SPEC §4 that renders HTML for people. */
export const PUBLIC_PAGES: ContractPage[] = [
  { name: 'sign-in', path: () => '/login' },
  { name: 'status lookup', path: () => '/status' },
  { name: 'status page', path: (ids) => `/status/${ids.token}` },
];

export const STAFF_PAGES: ContractPage[] = [
  { name: 'dashboard', path: () => '/' },
  { name: 'dashboard, a technician’s own lists', path: () => '/', as: DEMO.tech },
  { name: 'tickets', path: () => '/tickets' },
  { name: 'tickets, filtered', path: (ids) => `/tickets?status=open&priority=high,urgent&department=${ids.department}&sort=due` },
  { name: 'new ticket', path: () => '/tickets/new' },
  { name: 'ticket', path: (ids) => ticketHref(ids.ticket) },
  { name: 'ticket edit', path: (ids) => ticketHref(ids.ticket, '/edit') },
  { name: 'ticket receipt', path: (ids) => ticketHref(ids.ticket, '/print') },
  { name: 'ticket label', path: (ids) => `${ticketHref(ids.ticket, '/print')}?layout=label` },
  { name: 'clients', path: () => '/clients' },
  { name: 'new client', path: () => '/clients/new' },
  { name: 'client', path: (ids) => `/clients/${ids.client}` },
  { name: 'client edit', path: (ids) => `/clients/${ids.client}/edit` },
  { name: 'employees', path: () => '/employees' },
  { name: 'new employee', path: () => '/employees/new' },
  { name: 'employee', path: (ids) => `/employees/${ids.employee}` },
  { name: 'employee edit', path: (ids) => `/employees/${ids.employee}/edit` },
  { name: 'departments', path: () => '/departments' },
  { name: 'new department', path: () => '/departments/new' },
  { name: 'department', path: (ids) => `/departments/${ids.department}` },
  { name: 'department edit', path: (ids) => `/departments/${ids.department}/edit` },
  { name: 'outbox', path: () => '/outbox' },
  { name: 'notification', path: (ids) => `/outbox/${ids.notification}` },
  { name: 'price list', path: () => '/catalog' },
  { name: 'new price list item', path: () => '/catalog/new' },
  { name: 'price list item', path: (ids) => `/catalog/${ids.catalogItem}` },
  { name: 'price list import', path: () => '/catalog/import' },
  { name: 'cash report', path: (ids) => `/reports/payments?from=${ids.paymentDay}&to=${ids.paymentDay}` },
  { name: 'completion certificate', path: (ids) => ticketHref(ids.ticket, '/certificate') },
  { name: 'profile', path: () => '/profile' },
  { name: 'help', path: () => '/help' },
  { name: 'help page', path: () => '/help/tickets' },
];

/**
 * The demo accounts' own language setting wins over the browser's, so a suite in one language sets
 * it for its duration and puts the seeded one back afterwards, for the files that follow.
 */
export function demoStaffSpeak(lang: 'ru' | 'en') {
  const emails = [DEMO.admin, DEMO.tech];
  const before: { email: string; locale: string }[] = [];
  beforeAll(async () => {
    await withDatabase(async (db) => {
      for (const email of emails) before.push(await db.get<{ email: string; locale: string }>('SELECT email, locale FROM employees WHERE email = ?', email));
      for (const email of emails) await db.run('UPDATE employees SET locale = ? WHERE email = ?', lang, email);
    });
  });
  afterAll(async () => {
    await withDatabase(async (db) => {
      for (const { email, locale } of before) await db.run('UPDATE employees SET locale = ? WHERE email = ?', locale, email);
    });
  });
}

/**
 * Browsers for a suite, one per visitor (a demo account, or `null` for someone signed out), each
 * opened and signed in on first use and closed after the suite.
 */
export function visitors(locale: 'ru-RU' | 'en-US') {
  const sessions = new Map<string, BrowserSession>();
  afterAll(async () => {
    await Promise.all([...sessions.values()].map((s) => s.close()));
  });
  return async (email: string | null): Promise<Page> => {
    const key = email ?? 'signed out';
    if (!sessions.has(key)) {
      const session = await openBrowser(locale);
      sessions.set(key, session);
      if (email) {
        await signIn(session.page, email);
        await session.page.waitForURL((url) => url.pathname === '/');
      }
    }
    return sessions.get(key)!.page;
  };
}
