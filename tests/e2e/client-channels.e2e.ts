import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { stopCode } from '@/lib/channels/stop-codes';
import { resetEnvForTests } from '@/lib/env';
import { DEMO, openBrowser, signIn } from './browser';
import { createEmployee, insertTicket, withDatabase } from './fixtures';

/**
 * Issue 18 in Chromium: /settings/notifications for managers (and not for technicians), and the
 * client's side of the channels — the stop page /u/<code>, the short status link /s/<code> and
 * the status page's "Messages about this request" — in Russian and English, with and without
 * JavaScript.
 */

// The e2e server's secret (tests/e2e/global-setup.ts): stop codes are an HMAC under it.
const E2E_AUTH_SECRET = 'e2e-auth-secret-0123456789-abcdefghijklmnop';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

beforeAll(() => {
  process.env.AUTH_SECRET = E2E_AUTH_SECRET;
  resetEnvForTests();
});

/** A browser without a session (the client's phone), optionally with scripts off. */
async function clientBrowser(locale: 'ru-RU' | 'en-US', javaScriptEnabled = true): Promise<Page> {
  const profile = mkdtempSync(path.join(tmpdir(), 'crm-client-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    locale,
    baseURL: inject('baseURL'),
    viewport: { width: 390, height: 844 },
    javaScriptEnabled,
  });
  closers.push(async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
  return context.pages()[0] ?? (await context.newPage());
}

async function staffBrowser(email: string, locale: 'ru-RU' | 'en-US' = 'ru-RU'): Promise<Page> {
  const session = await openBrowser(locale);
  closers.push(session.close);
  await signIn(session.page, email);
  await session.page.waitForURL((url) => url.pathname === '/');
  return session.page;
}

let phones = 0;
/** A client with a phone only, who agreed to messages. */
async function phoneClient(locale: 'ru' | 'en'): Promise<number> {
  phones += 1;
  const now = Date.now();
  const phone = `+7918${String(Date.now() % 1_000_000).padStart(6, '0')}${phones}`;
  const sql = `INSERT INTO clients (kind, name, phone, locale, notify, notes, created_at, updated_at) VALUES ('person', ?, ?, ?, TRUE, '', ?, ?) RETURNING id`;
  return (await withDatabase((db) => db.get<{ id: number }>(sql, `E2E SMS ${phones}`, phone, locale, now, now))).id;
}

const smsStoppedAt = (clientId: number) =>
  withDatabase(async (db) => (await db.get<{ at: number | null }>('SELECT sms_stopped_at AS at FROM clients WHERE id = ?', clientId)).at);
const ruleOn = (status: string, channel: string) =>
  withDatabase(async (db) => (await db.get<{ enabled: number }>('SELECT enabled FROM client_notification_rules WHERE status = ? AND channel = ?', status, channel)).enabled === 1);

describe('/settings/notifications', () => {
  it('a manager turns a status on for SMS in Russian, from the menu, and it stays saved', async () => {
    const page = await staffBrowser(DEMO.manager);
    await page.locator('nav a[href="/settings/notifications"]').first().click();
    await page.waitForURL('**/settings/notifications');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Уведомления клиентам');
    expect(await page.getByRole('rowheader', { name: 'Заявка принята' }).count()).toBe(1);
    expect(await page.getByTestId('merge-note').textContent()).toContain('NOTIFY_MERGE_SECONDS');

    const box = page.getByRole('checkbox', { name: 'Ждёт запчасти: SMS' });
    const before = await box.isChecked();
    await box.setChecked(!before);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Сохранено' }).count()).toBe(1);
    expect(await ruleOn('awaiting_parts', 'sms')).toBe(!before);
    await page.reload();
    expect(await page.getByRole('checkbox', { name: 'Ждёт запчасти: SMS' }).isChecked()).toBe(!before);

    await box.setChecked(before); // leave the defaults for the other files
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => ruleOn('awaiting_parts', 'sms')).toBe(before);
  });

  it('works in English without JavaScript, and a technician gets the forbidden page', async () => {
    const email = `e2e-settings-${Date.now()}@demo.test`;
    await createEmployee(email, DEMO.password, 'manager');
    await withDatabase((db) => db.run(`UPDATE employees SET locale = 'en' WHERE email = ?`, email));
    const page = await staffBrowser(email, 'en-US');
    // Scripts off from here on: the form is a plain POST.
    await page.context().route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto('/settings/notifications');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Client notifications');
    expect(await page.getByRole('rowheader', { name: 'Registered' }).count()).toBe(1);
    const box = page.getByRole('checkbox', { name: 'Diagnostics: Telegram' });
    const before = await box.isChecked();
    await box.setChecked(!before);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => ruleOn('diagnostics', 'telegram')).toBe(!before);
    await page.goto('/settings/notifications');
    await page.getByRole('checkbox', { name: 'Diagnostics: Telegram' }).setChecked(before);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => ruleOn('diagnostics', 'telegram')).toBe(before);

    const tech = await staffBrowser(DEMO.tech);
    expect(await tech.locator('nav a[href="/settings/notifications"]').count()).toBe(0);
    const response = await tech.goto('/settings/notifications');
    expect(response?.status()).toBe(403);
    expect(await tech.locator('input[type=checkbox]').count()).toBe(0);
  });
});

describe('the stop page /u/<code>', () => {
  it('in Russian without JavaScript: opening it changes nothing, the button stops SMS at once, and they can be resumed', async () => {
    const clientId = await phoneClient('ru');
    const page = await clientBrowser('ru-RU', false);
    await page.goto(`/u/${stopCode(clientId, 'sms')}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Отключить SMS от «.+»\?$/);
    expect(await smsStoppedAt(clientId)).toBeNull();

    await page.getByRole('button', { name: 'Отключить' }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'stopped');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Отключено');
    expect(await smsStoppedAt(clientId)).not.toBeNull();

    await page.getByRole('button', { name: 'Включить снова' }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'resumed');
    expect(await page.getByTestId('stop-resumed').textContent()).toContain('Сообщения снова включены.');
    expect(await smsStoppedAt(clientId)).toBeNull();
  });

  it('in English: stops with one button; a forged or garbled code says the link is not valid', async () => {
    const clientId = await phoneClient('en');
    const page = await clientBrowser('en-US');
    await page.goto(`/u/${stopCode(clientId, 'sms')}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Stop SMS messages from .+\?$/);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Stopped');
    expect(await smsStoppedAt(clientId)).not.toBeNull();

    const forged = stopCode(clientId, 'sms').replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    for (const code of [forged, 'garbage']) {
      const response = await page.goto(`/u/${code}`);
      expect(response?.status()).toBe(404);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This link is not valid');
    }
  });
});

describe('the short status link and the status page', () => {
  it('/s/<12 characters> opens the status page, whose "Messages about this request" stops and resumes SMS', async () => {
    const clientId = await phoneClient('ru');
    const { token } = await insertTicket({ title: 'E2E короткая ссылка' });
    await withDatabase((db) => db.run('UPDATE tickets SET client_id = ? WHERE public_token = ?', clientId, token));
    const page = await clientBrowser('ru-RU');
    await page.goto(`/s/${token.slice(0, 12)}`);
    expect(new URL(page.url()).pathname).toBe(`/status/${token}`);

    const sms = page.getByTestId('channel-sms');
    expect(await page.getByRole('heading', { name: 'Сообщения об этой заявке' }).count()).toBe(1);
    expect(await sms.getAttribute('data-stopped')).toBe('false');
    await sms.getByRole('button', { name: 'Отключить: SMS' }).click();
    await expect.poll(() => page.getByTestId('channel-sms').getAttribute('data-stopped')).toBe('true');
    expect(await smsStoppedAt(clientId)).not.toBeNull();
    await page.getByTestId('channel-sms').getByRole('button', { name: 'Включить: SMS' }).click();
    await expect.poll(() => page.getByTestId('channel-sms').getAttribute('data-stopped')).toBe('false');
    expect(await smsStoppedAt(clientId)).toBeNull();

    const missing = await page.goto('/s/nothing12345');
    expect(missing?.status()).toBe(404);
  });
});
