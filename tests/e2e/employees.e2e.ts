import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, openBrowser, signIn, type BrowserSession } from './browser';
import { employeeId, withDatabase } from './fixtures';

// The demo accounts speak Russian (their own setting), so selectors use ids, hrefs, test ids or Russian labels.
const NEW_EMAIL = `e2e.employee.${Date.now()}@demo.test`;
const FIRST_PASSWORD = 'First-password-71';
const SECOND_PASSWORD = 'Second-password-72';

let admin: BrowserSession;
let createdPath = '';

beforeAll(async () => {
  admin = await openBrowser('ru-RU');
  await signIn(admin.page, DEMO.admin);
  await admin.page.waitForURL((url) => url.pathname === '/');
});

afterAll(async () => {
  await admin?.close();
});

const onPath = (page: Page, pattern: RegExp) => page.waitForURL((url) => pattern.test(url.pathname));

describe('employees in Chromium', () => {
  it('an admin creates an employee, keeping the typing after a refused password', async () => {
    const { page } = admin;
    await page.goto('/employees');
    await page.getByTestId('new-employee').click();
    await onPath(page, /^\/employees\/new$/);

    await page.locator('#field-fullName').fill('Вера Тестова');
    await page.locator('#field-email').fill(NEW_EMAIL.toUpperCase());
    await page.locator('#field-phone').fill('8 912 000-11-22');
    await page.locator('#field-position').fill('Приёмщица');
    const department = await page.locator('#field-departmentId option:not([value=""])').first().getAttribute('value');
    await page.locator('#field-departmentId').selectOption(department!);
    await page.locator('#field-role').selectOption('technician');
    await page.locator('#field-password').fill('short');
    await page.locator('#employee-form button[type=submit]').click();

    await page.locator('#field-password-error').waitFor();
    expect(await page.locator('#field-fullName').inputValue()).toBe('Вера Тестова');
    expect(await page.locator('#field-departmentId').inputValue()).toBe(department);
    expect(await page.locator('#field-password').inputValue()).toBe('');

    await page.locator('#field-password').fill(FIRST_PASSWORD);
    await page.locator('#employee-form button[type=submit]').click();
    await onPath(page, /^\/employees\/\d+$/);
    createdPath = new URL(page.url()).pathname;
    await expect(page.locator('h1').textContent()).resolves.toContain('Вера Тестова');
    await expect(page.getByText(NEW_EMAIL, { exact: true }).count()).resolves.toBeGreaterThan(0);
  });

  it('the new employee signs in with that password, and changing it on the profile asks for a new sign-in', async () => {
    const second = await openBrowser('ru-RU');
    try {
      const { page } = second;
      await signIn(page, NEW_EMAIL, FIRST_PASSWORD);
      await page.waitForURL((url) => url.pathname === '/');
      await expect(page.getByTestId('current-user').textContent()).resolves.toBe('Вера Тестова');

      await page.goto('/profile');
      await page.locator('#field-currentPassword').fill(FIRST_PASSWORD);
      await page.locator('#field-newPassword').fill(SECOND_PASSWORD);
      await page.locator('#field-confirmPassword').fill(SECOND_PASSWORD);
      await page.locator('#change-password-form button[type=submit]').click();
      await page.waitForURL((url) => url.pathname === '/login');

      await signIn(page, NEW_EMAIL, SECOND_PASSWORD);
      await page.waitForURL((url) => url.pathname === '/');
    } finally {
      await second.close();
    }
  });

  it('the admin edits the employee and the change shows in the History', async () => {
    const { page } = admin;
    await page.goto(createdPath);
    await page.getByTestId('edit-employee').click();
    await onPath(page, /^\/employees\/\d+\/edit$/);
    await page.locator('#field-position').fill('Старший приёмщик');
    await page.locator('#field-role').selectOption('manager');
    await page.locator('#employee-form button[type=submit]').click();
    await onPath(page, /^\/employees\/\d+$/);
    await page.getByText('Старший приёмщик').first().waitFor();
    const history = page.locator('section[aria-labelledby=history-title]');
    await expect(history.textContent()).resolves.toMatch(/Должность.*Приёмщица.*Старший приёмщик/);
    await expect(history.textContent()).resolves.toMatch(/Роль.*Мастер.*Менеджер/);
  });

  it('a technician gets 403 on /employees/new and sees no "new" button', async () => {
    const tech = await openBrowser('ru-RU');
    try {
      const { page } = tech;
      await signIn(page, DEMO.tech);
      await page.waitForURL((url) => url.pathname === '/');
      const response = await page.goto('/employees/new');
      expect(response?.status()).toBe(403);
      await page.goto('/employees');
      await page.locator('[data-testid=employee-row]').first().waitFor();
      expect(await page.getByTestId('new-employee').count()).toBe(0);
    } finally {
      await tech.close();
    }
  });

  it('the admin cannot delete an employee who has tickets, and is told why', async () => {
    const { page } = admin;
    // By id, not by a search: other tests' accounts (small-tech@…) match "tech@demo.test" too.
    await page.goto(`/employees/${await withDatabase((db) => employeeId(db, DEMO.tech))}`);
    await page.getByRole('button', { name: 'Удалить сотрудника' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Удалить', exact: true }).click();
    const blocked = page.getByTestId('delete-blocked');
    await blocked.waitFor();
    await expect(blocked.textContent()).resolves.toMatch(/Удалить нельзя: за сотрудником (числится|числятся) \d+ заяв/);
    expect(new URL(page.url()).pathname).toMatch(/^\/employees\/\d+$/);
  });

  it('the admin deletes the freshly created employee', async () => {
    const { page } = admin;
    await page.goto(createdPath);
    await page.getByRole('button', { name: 'Удалить сотрудника' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Удалить', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/employees');
    const response = await page.goto(createdPath);
    expect(response?.status()).toBe(404);
  });
});
