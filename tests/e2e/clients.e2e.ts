import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, openBrowser, signIn, type BrowserSession } from './browser';
import { withDatabase } from './fixtures';

/** The demo staff's UI is Russian (their own setting), so labels below are the Russian ones. */
let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function signedIn(email: string): Promise<Page> {
  session = await openBrowser('ru-RU');
  await signIn(session.page, email);
  await session.page.waitForURL((url) => url.pathname === '/');
  return session.page;
}

const clientIdOf = (page: Page) => Number(/^\/clients\/(\d+)$/.exec(new URL(page.url()).pathname)?.[1]);
const onClientPage = (url: URL) => /^\/clients\/\d+$/.test(url.pathname);

/** A seeded client with tickets (the seed gives most clients some). */
function clientWithTickets(): Promise<{ id: number; n: number }> {
  return withDatabase((db) =>
    db.get<{ id: number; n: number }>('SELECT client_id AS id, count(*) AS n FROM tickets GROUP BY client_id ORDER BY n DESC LIMIT 1'),
  );
}

async function confirmDelete(page: Page) {
  await page.getByRole('button', { name: 'Удалить клиента' }).click();
  await page.locator('dialog[open] button[type=submit]').click();
}

// The suite walks one client through its life: created, duplicated, edited, deleted.
const NAME = 'Е2Е Кузнецова Мария';
const PHONE_TYPED = '8 (999) 321-54-76';
const PHONE_OTHER_WAY = '+7 999 321 54 76';
let firstId = 0;
let duplicateId = 0;

describe('clients in Chromium', () => {
  it('a manager creates a client: a bad phone is shown next to the field and the typing is kept', async () => {
    const page = await signedIn(DEMO.manager);
    await page.goto('/clients');
    await page.getByRole('link', { name: 'Новый клиент' }).click();
    await page.waitForURL((url) => url.pathname === '/clients/new');

    await page.locator('#field-name').fill(NAME);
    await page.locator('#field-phone').fill('12345');
    await page.locator('#field-email').fill('E2E.Kuznetsova@Mail.test');
    await page.getByRole('button', { name: 'Создать клиента' }).click();
    await page.locator('#field-phone-error').waitFor();
    expect(await page.locator('#field-phone-error').textContent()).toMatch(/корректный номер телефона/);
    expect(await page.locator('#field-phone').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#field-name').inputValue()).toBe(NAME);
    expect(await page.locator('#field-email').inputValue()).toBe('E2E.Kuznetsova@Mail.test');

    await page.locator('#field-phone').fill(PHONE_TYPED);
    // The client asked for SMS although they gave an e-mail.
    await page.locator('#field-preferredChannel').selectOption('sms');
    await page.getByRole('button', { name: 'Создать клиента' }).click();
    await page.waitForURL(onClientPage);
    firstId = clientIdOf(page);
    expect(await page.getByTestId('client-notify').textContent()).toBe('Да, по SMS');
    expect(await page.locator('h1').textContent()).toBe(NAME);
    expect(await page.getByTestId('client-phone').getAttribute('href')).toBe('tel:+79993215476');
    expect(await page.getByTestId('client-email').getAttribute('href')).toBe('mailto:e2e.kuznetsova@mail.test');
    const newTicket = page.getByRole('link', { name: 'Новая заявка для клиента' });
    expect(await newTicket.getAttribute('href')).toBe(`/tickets/new?client=${firstId}`);
    expect(await page.locator('#history-title + ol').textContent()).toContain('Создано');
  });

  it('warns about a possible duplicate with the same phone written differently, and saves it only when confirmed', async () => {
    const page = await signedIn(DEMO.tech);
    await page.goto('/clients/new');
    await page.locator('#field-name').fill('Е2Е Мария К.');
    await page.locator('#field-phone').fill(PHONE_OTHER_WAY);
    await page.getByRole('button', { name: 'Создать клиента' }).click();

    const warning = page.getByTestId('client-duplicates');
    await warning.waitFor();
    expect(new URL(page.url()).pathname).toBe('/clients/new');
    expect(await warning.locator(`a[href="/clients/${firstId}"]`).textContent()).toBe(NAME);
    expect(await warning.textContent()).toContain('тот же телефон');
    expect(await page.locator('#field-name').inputValue()).toBe('Е2Е Мария К.');

    await page.getByRole('button', { name: 'Всё равно создать нового клиента' }).click();
    await page.waitForURL(onClientPage);
    duplicateId = clientIdOf(page);
    expect(duplicateId).not.toBe(firstId);

    // The list finds both by the phone typed yet another way.
    await page.goto(`/clients?q=${encodeURIComponent('8 999 321 54')}`);
    const links = await page.locator('table a[href^="/clients/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining([`/clients/${firstId}`, `/clients/${duplicateId}`]));
  });

  it('a technician edits a client and sees the change in the history, but has no delete button', async () => {
    const page = await signedIn(DEMO.tech);
    await page.goto(`/clients/${firstId}`);
    expect(await page.getByRole('button', { name: 'Удалить клиента' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Изменить', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/clients/${firstId}/edit`);
    expect(await page.locator('#field-phone').inputValue()).toBe('+7 999 321 54 76');

    await page.locator('#field-name').fill(`${NAME} (изм.)`);
    await page.locator('#field-notes').fill('Звонить после 18:00');
    await page.getByRole('button', { name: 'Сохранить изменения' }).click();
    await page.waitForURL((url) => url.pathname === `/clients/${firstId}`);
    expect(await page.locator('h1').textContent()).toBe(`${NAME} (изм.)`);
    const history = await page.locator('#history-title + ol').textContent();
    expect(history).toContain('Изменено');
    expect(history).toContain('Имя или название');
    expect(history).toContain('Звонить после 18:00');
  });

  it('an admin deletes a client without tickets', async () => {
    const page = await signedIn(DEMO.admin);
    await page.goto(`/clients/${duplicateId}`);
    await confirmDelete(page);
    await page.waitForURL((url) => url.pathname === '/clients');
    const gone = await page.goto(`/clients/${duplicateId}`);
    expect(gone?.status()).toBe(404);
  });

  it('an admin is told why a client with tickets cannot be deleted, and it stays', async () => {
    const { id, n } = await clientWithTickets();
    const page = await signedIn(DEMO.admin);
    await page.goto(`/clients/${id}`);
    expect(await page.getByTestId('client-ticket-total').textContent()).toContain(String(n));
    await confirmDelete(page);
    const blocked = page.getByTestId('delete-blocked');
    await blocked.waitFor();
    expect(await blocked.textContent()).toMatch(new RegExp(`Удалить нельзя: у клиента ${n} заяв.*удалите`));
    const again = await page.goto(`/clients/${id}`);
    expect(again?.status()).toBe(200);
  });

  it('answers 404 for an unknown or malformed client id', async () => {
    const page = await signedIn(DEMO.manager);
    expect((await page.goto('/clients/99999999'))?.status()).toBe(404);
    expect((await page.goto('/clients/abc'))?.status()).toBe(404);
  });
});
