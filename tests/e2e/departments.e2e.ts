import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, openBrowser, signIn, type BrowserSession } from './browser';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const DELETE = /^(Удалить|Delete)$/;

async function signedIn(email: string) {
  session = await openBrowser('ru-RU');
  await signIn(session.page, email);
  await session.page.waitForURL((url) => url.pathname === '/');
  return session.page;
}

describe('departments in Chromium', () => {
  it('an admin creates, edits and deletes a department, and meets the blocker of one in use', async () => {
    const page = await signedIn(DEMO.admin);
    const name = `Выездной сервис ${Date.now()}`;

    await page.goto('/departments');
    await page.locator('a[href="/departments/new"]').click();
    await page.waitForURL('**/departments/new');
    await page.locator('#field-phone').fill('12345');
    await page.locator('main form button[type=submit]').click();
    await page.locator('#field-name-error').waitFor();
    await page.locator('#field-phone-error').waitFor();
    // What the user typed survives the error.
    expect(await page.locator('#field-phone').inputValue()).toBe('12345');

    await page.locator('#field-name').fill(name);
    await page.locator('#field-phone').fill('8 (495) 111-22-33');
    await page.locator('#field-email').fill('Field@Service.example');
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL(/\/departments\/\d+$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(name);
    await page.getByText('field@service.example').first().waitFor();

    await page.locator('a[href$="/edit"]').click();
    await page.locator('#field-description').fill('Ремонт на территории клиента');
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL(/\/departments\/\d+$/);
    await page.getByText('Ремонт на территории клиента').first().waitFor();
    // The History section shows the field-level change.
    await page.locator('#history-title').waitFor();
    expect(await page.locator('section[aria-labelledby=history-title] li').count()).toBe(2);

    await page.getByRole('button', { name: DELETE }).first().click();
    await page.locator('dialog[open] button[type=submit]').click();
    await page.waitForURL((url) => url.pathname === '/departments');
    await page.goto(`/departments?q=${encodeURIComponent(name)}`);
    expect(await page.getByRole('link', { name }).count()).toBe(0);

    // A seeded department has employees and tickets: deleting it is refused with what to do.
    await page.goto('/departments');
    const staffed = page.locator('main table tbody tr').filter({ hasNot: page.locator('td:nth-child(2)', { hasText: /^0$/ }) });
    await staffed.first().locator('a[href^="/departments/"]').click();
    await page.waitForURL(/\/departments\/\d+$/);
    const title = await page.locator('h1').textContent();
    await page.getByRole('button', { name: DELETE }).first().click();
    await page.locator('dialog[open] button[type=submit]').click();
    const blocked = page.getByTestId('delete-blocked');
    await blocked.waitFor();
    expect(await blocked.textContent()).toMatch(/сотрудников|employee/);
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
  });

  it('a technician sees departments but cannot create or delete them', async () => {
    const page = await signedIn(DEMO.tech);
    await page.goto('/departments');
    await page.locator('main table').waitFor();
    expect(await page.locator('a[href="/departments/new"]').count()).toBe(0);
    const response = await page.goto('/departments/new');
    expect(response?.status()).toBe(403);
    await page.goto('/departments');
    await page.locator('main table a[href^="/departments/"]').first().click();
    await page.waitForURL(/\/departments\/\d+$/);
    expect(await page.getByRole('button', { name: DELETE }).count()).toBe(0);
    expect(await page.getByTestId('department-tickets-link').getAttribute('href')).toMatch(/^\/tickets\?department=\d+$/);
  });
});
