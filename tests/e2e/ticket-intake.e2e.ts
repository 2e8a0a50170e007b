import { randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, openBrowser, signIn, type BrowserSession } from './browser';
import { employeeId, withDatabase } from './fixtures';

/** The demo staff's UI is Russian (their own setting), so the texts below are the Russian ones. */
const sessions: BrowserSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

async function signedIn(email: string): Promise<Page> {
  const session = await openBrowser('ru-RU');
  sessions.push(session);
  await signIn(session.page, email);
  await session.page.waitForURL((url) => url.pathname === '/');
  return session.page;
}

const idOf = (email: string) => withDatabase((db) => employeeId(db, email));
const someClient = () =>
  withDatabase((db) => db.get<{ id: number; name: string }>('SELECT id, name FROM clients WHERE phone IS NOT NULL ORDER BY id LIMIT 1 OFFSET 3'));

const DEVICE = {
  deviceType: 'Смартфон',
  brand: 'Samsung',
  model: 'Galaxy A52',
  accessories: 'Зарядка, чехол',
  intakeCondition: 'Трещина на экране в правом углу',
};

async function fillDevice(page: Page, serial: string) {
  for (const [name, value] of Object.entries(DEVICE)) await page.locator(`#field-${name}`).fill(value);
  await page.locator('#field-serialNumber').fill(serial);
}

describe('ticket intake in Chromium', () => {
  it('the manager takes in a repair from a walk-in client created inline, assigns the technician and lands on the new ticket', async () => {
    const page = await signedIn(DEMO.manager);
    const techId = await idOf(DEMO.tech);
    const name = `Е2Е Приёмкин ${randomInt(1_000_000)}`;
    const phone = `+7 977 ${randomInt(1_000_000, 9_999_999)}`;
    const serial = `IMEI-E2E-${randomInt(1_000_000_000)}`;

    await page.goto('/tickets/new');
    await page.locator('#field-title').fill('Разбит экран');
    await page.getByTestId('new-client-open').click();
    await page.locator('#new-client-name').fill(name);
    await page.locator('#new-client-phone').fill(phone);
    await page.getByTestId('new-client-submit').click();
    await page.locator('[data-testid=picked-client-name]', { hasText: name }).waitFor();
    // Creating the client did not touch the ticket form.
    expect(await page.locator('#field-title').inputValue()).toBe('Разбит экран');

    await fillDevice(page, serial);
    await page.locator('#field-description').fill('Уронил телефон, экран не реагирует на касания');
    await page.locator('#field-assigneeId').selectOption(String(techId));
    await page.getByTestId('intake-submit').click();

    await page.waitForURL((url) => /^\/tickets\/SC-\d{6}$/.test(url.pathname));
    expect(await page.getByTestId('ticket-title').textContent()).toBe('Разбит экран');
    expect(await page.getByTestId('ticket-client').textContent()).toContain(name);
    expect(await page.getByTestId('device-serialNumber').textContent()).toBe(serial);
    expect(await page.getByTestId('device-accessories').textContent()).toBe(DEVICE.accessories);
    expect(await page.getByTestId('device-intakeCondition').textContent()).toBe(DEVICE.intakeCondition);
    expect(await page.getByTestId('ticket-assignee').textContent()).toContain('Иван Петров');
  });

  it('an empty title is shown next to the title, and the client and device typed so far stay', async () => {
    const page = await signedIn(DEMO.manager);
    const client = await someClient();
    await page.goto(`/tickets/new?client=${client.id}`);
    await fillDevice(page, 'SN-KEEP-1');
    await page.locator('#field-kind').selectOption('repair');
    await page.getByTestId('intake-submit').click();

    await page.locator('#field-title-error').waitFor();
    expect(await page.locator('#field-title-error').textContent()).toBe('Обязательное поле.');
    expect(await page.locator('#field-title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#field-serialNumber').inputValue()).toBe('SN-KEEP-1');
    expect(await page.locator('#field-intakeCondition').inputValue()).toBe(DEVICE.intakeCondition);
    expect(await page.getByTestId('picked-client-name').textContent()).toBe(client.name);
    expect(new URL(page.url()).pathname).toBe('/tickets/new');
  });

  it('a refused submit brings the error summary into view and focus, at 1280×800; its link leads to the field', async () => {
    const page = await signedIn(DEMO.manager);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/tickets/new?client=${(await someClient()).id}`);
    await page.getByTestId('intake-submit').scrollIntoViewIfNeeded();
    await page.getByTestId('intake-submit').click();

    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = (await summary.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await expect(summary.textContent()).resolves.toContain('Пока не сохранено');
    await summary.getByRole('link', { name: /Заголовок|Тема|Кратко/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-title');
  });

  it('/tickets/new?client=ID starts with that client chosen; another is found by typing and picked with the keyboard', async () => {
    const page = await signedIn(DEMO.manager);
    const client = await someClient();
    await page.goto(`/tickets/new?client=${client.id}`);
    expect(await page.getByTestId('picked-client-name').textContent()).toBe(client.name);
    expect(await page.locator('input[name=clientId]').inputValue()).toBe(String(client.id));

    await page.getByTestId('change-client').click();
    const search = page.getByTestId('client-search');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.pressSequentially(client.name.slice(0, 6), { delay: 20 });
    await page.locator('[data-testid=client-options] [role=option]').first().waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await search.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).toBeTruthy();
    await search.press('Enter');
    await page.getByTestId('picked-client-name').waitFor();
    expect(Number(await page.locator('input[name=clientId]').inputValue())).toBeGreaterThan(0);
  });

  it('a technician can leave the ticket unassigned or take it, and assign nobody else', async () => {
    const page = await signedIn(DEMO.tech);
    const techId = await idOf(DEMO.tech);
    await page.goto('/tickets/new');
    const options = await page.locator('#field-assigneeId option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    expect(options).toEqual(['', String(techId)]);
    expect(await page.locator('#field-assigneeId option').nth(1).textContent()).toContain('Я');
  });
});
