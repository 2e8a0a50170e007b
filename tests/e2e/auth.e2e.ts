import { afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { DEMO, formAlert, openBrowser, signIn, type BrowserSession } from './browser';
import { createEmployee, setEmployeeActive, setEmployeeRole } from './fixtures';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('staff sign-in in Chromium', () => {
  it('sends an anonymous visitor of /tickets to the sign-in page and back after signing in', async () => {
    const res = await fetch(`${inject('baseURL')}/tickets?status=open`, { redirect: 'manual' });
    expect(res.status).toBeGreaterThanOrEqual(300);
    expect(res.status).toBeLessThan(400);
    expect(new URL(res.headers.get('location')!, inject('baseURL')).pathname).toBe('/login');

    session = await openBrowser('en-US');
    const { page } = session;
    await page.goto('/tickets?status=open');
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.locator('#field-email').fill(DEMO.admin);
    await page.locator('#field-password').fill(DEMO.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/tickets');
    expect(new URL(page.url()).search).toBe('?status=open');
    await expect(page.getByTestId('current-user').textContent()).resolves.toBeTruthy();
  });

  it('answers a wrong password and an unknown e-mail with the same message', async () => {
    session = await openBrowser('en-US');
    const { page } = session;
    await signIn(page, DEMO.manager, 'wrong-password');
    await expect(formAlert(page).textContent()).resolves.toBe('Wrong e-mail or password.');
    await signIn(page, 'nobody@demo.test', 'whatever-password');
    await expect(formAlert(page).textContent()).resolves.toBe('Wrong e-mail or password.');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('shows field errors for an empty form', async () => {
    session = await openBrowser('en-US');
    const { page } = session;
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('#field-email-error').textContent()).resolves.toBe('Enter your e-mail.');
    await expect(page.locator('#field-email').getAttribute('aria-invalid')).resolves.toBe('true');
  });

  it('locks an e-mail after 5 failed tries, even for the right password', async () => {
    await createEmployee('lockout@demo.test', 'Right-password-42');
    session = await openBrowser('en-US');
    const { page } = session;
    for (let i = 0; i < 5; i++) {
      await signIn(page, 'lockout@demo.test', `wrong-${i}`);
      await formAlert(page).waitFor();
    }
    await signIn(page, 'lockout@demo.test', 'Right-password-42');
    await expect(formAlert(page).textContent()).resolves.toMatch(/paused for 15 minutes/);
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('signs out, after which staff pages need a sign-in again', async () => {
    session = await openBrowser('ru-RU');
    const { page } = session;
    await signIn(page, DEMO.tech);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('puts a deactivated employee out at once and applies a role change at once', async () => {
    await createEmployee('leaver@demo.test', 'Leaver-password-7');
    session = await openBrowser('en-US');
    const { page } = session;
    await signIn(page, 'leaver@demo.test', 'Leaver-password-7');
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.locator('nav a[href="/outbox"]').count()).toBe(0);

    await setEmployeeRole('leaver@demo.test', 'manager');
    await page.reload();
    expect(await page.locator('nav a[href="/outbox"]').count()).toBeGreaterThan(0);

    await setEmployeeActive('leaver@demo.test', false);
    await page.goto('/tickets');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('refuses the outbox to a technician on the server', async () => {
    session = await openBrowser('en-US');
    const { page } = session;
    await signIn(page, DEMO.tech);
    await page.waitForURL((url) => url.pathname === '/');
    const response = await page.goto('/outbox');
    expect(response?.status()).toBe(403);
  });
});

describe('languages', () => {
  it('shows the sign-in page in Russian to a browser that prefers Russian', async () => {
    session = await openBrowser('ru-RU');
    await session.page.goto('/login');
    await expect(session.page.locator('h1').textContent()).resolves.toBe('Вход для сотрудников');
    await expect(session.page.locator('html').getAttribute('lang')).resolves.toBe('ru');
  });

  it('shows it in English to a browser that prefers English, and the switch changes it', async () => {
    session = await openBrowser('en-US');
    const { page } = session;
    await page.goto('/login');
    await expect(page.locator('h1').textContent()).resolves.toBe('Staff sign-in');
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.locator('h1', { hasText: 'Вход для сотрудников' }).waitFor();
  });

  it("keeps a signed-in employee's language choice as their setting", async () => {
    await createEmployee('polyglot@demo.test', 'Polyglot-pass-9');
    session = await openBrowser('ru-RU');
    const { page } = session;
    await signIn(page, 'polyglot@demo.test', 'Polyglot-pass-9');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Tickets' }).first().waitFor();
    await session.close();

    // A new browser that prefers Russian still gets English for this employee.
    session = await openBrowser('ru-RU');
    await signIn(session.page, 'polyglot@demo.test', 'Polyglot-pass-9');
    await session.page.waitForURL((url) => url.pathname === '/');
    await session.page.getByRole('link', { name: 'Tickets' }).first().waitFor();
  });
});

describe('health', () => {
  it('answers 200 and reports the database', async () => {
    const res = await fetch(`${inject('baseURL')}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });
});

describe('security headers', () => {
  it('sends a nonce-based CSP without unsafe-inline scripts, and the other headers, on every page', async () => {
    const nonces = new Set<string>();
    for (const path of ['/login', '/status', '/login']) {
      const res = await fetch(`${inject('baseURL')}${path}`, { redirect: 'manual' });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      // 128 random bits, fresh for every page.
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)![1];
      expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
      nonces.add(nonce);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('permissions-policy')).toContain('geolocation=()');
    }
    expect(nonces.size).toBe(3);
  });

  it('runs the pages under that CSP with no violations', async () => {
    session = await openBrowser('en-US');
    const { page } = session;
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await signIn(page, DEMO.admin);
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/departments');
    await page.locator('main table').waitFor();
    expect(violations).toEqual([]);
  });
});
