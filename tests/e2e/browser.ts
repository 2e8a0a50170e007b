import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, inject } from 'vitest';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type BrowserSession = { context: BrowserContext; page: Page; baseURL: string; close: () => Promise<void> };

/** A fresh Chromium profile that prefers the given language (sets Accept-Language). */
export async function openBrowser(locale: 'ru-RU' | 'en-US' = 'ru-RU'): Promise<BrowserSession> {
  const baseURL = inject('baseURL');
  const profile = mkdtempSync(path.join(tmpdir(), 'crm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
    locale,
    baseURL,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    baseURL,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const DEMO = {
  admin: 'admin@demo.test',
  manager: 'manager@demo.test',
  tech: 'tech@demo.test',
  password: 'demo-password',
} as const;

export async function signIn(page: Page, email: string, password: string = DEMO.password) {
  await page.goto('/login');
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(password);
  await page.locator('#login-form button[type=submit]').click();
}

/** The sign-in form's own message (Next's route announcer is a role="alert" too). */
/**
 * Opens one of the ticket page's forms shown on request (components/ui/disclosure.tsx: a payment,
 * a refund, a new line, the discount, the assignee picker) unless it is open already. Before the
 * page has hydrated the control is a link to the page with the form open, which works as well.
 */
export async function openTicketForm(page: Page, toggleTestId: string) {
  const toggle = page.getByTestId(toggleTestId);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

export function formAlert(page: Page) {
  return page.locator('#login-form [role=alert]').first();
}

/**
 * Signed-in browsers for a test file, closed after each test:
 *   const signedIn = signedInBrowsers(); const page = await signedIn(DEMO.manager);
 */
export function signedInBrowsers(locale: 'ru-RU' | 'en-US' = 'ru-RU') {
  const sessions: BrowserSession[] = [];
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close()));
  });
  return async (email: string, password: string = DEMO.password): Promise<Page> => {
    const session = await openBrowser(locale);
    sessions.push(session);
    await signIn(session.page, email, password);
    await session.page.waitForURL((url) => url.pathname === '/');
    return session.page;
  };
}
