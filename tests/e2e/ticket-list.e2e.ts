import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, openBrowser, signIn, type BrowserSession } from './browser';
import { withDatabase } from './test-database';

/** The demo manager's UI is Russian (their own setting), so labels below are the Russian ones. */
let session: BrowserSession;
let page: Page;

const query = <T>(sql: string, ...args: unknown[]) => withDatabase((db) => db.get<T>(sql, ...args));

/** The day (in the company's zone, Moscow, UTC+3 all year) most tickets were taken in, and how many. */
async function busiestMoscowDay(): Promise<{ day: string; n: number }> {
  const rows = await withDatabase((db) => db.all<{ at: number }>('SELECT created_at AS at FROM tickets'));
  const perDay = new Map<string, number>();
  for (const { at } of rows) {
    const day = new Date(at + 3 * 3_600_000).toISOString().slice(0, 10);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const [day, n] = [...perDay].sort((a, b) => b[1] - a[1])[0];
  return { day, n };
}

const OPEN = ['Новая', 'Диагностика', 'Ждёт согласования', 'В работе', 'Ждёт запчасти', 'Готова'];
const params = () => new URL(page.url()).searchParams;
const rows = () => page.locator('table tbody tr');
const cellTexts = (selector: string) => page.locator(`table tbody tr ${selector}`).allTextContents();

async function openList(path = '/tickets') {
  await page.goto(path);
  await page.getByTestId('ticket-total').waitFor();
}

async function pick(testId: string, typed: string, option: string) {
  const input = page.getByTestId(`${testId}-input`);
  await input.fill(typed);
  const choice = page.getByTestId(`${testId}-options`).getByRole('option', { name: option });
  await choice.first().waitFor();
  await choice.first().click();
  expect(await input.inputValue()).toBe(option);
}

async function apply(until: (p: URLSearchParams) => boolean) {
  await page.getByTestId('filter-apply').click();
  await page.waitForURL((url) => until(url.searchParams));
  await page.getByTestId('ticket-total').waitFor();
}

beforeAll(async () => {
  session = await openBrowser('ru-RU');
  page = session.page;
  await signIn(page, DEMO.manager);
  await page.waitForURL((url) => url.pathname === '/');
});

afterAll(async () => {
  await session?.close();
});

describe('the ticket list in Chromium (a manager)', () => {
  it('filters by client through the picker, then removes the chip', async () => {
    const client = await query<{ id: number; name: string; n: number }>(
      'SELECT c.id, c.name, count(*) AS n FROM tickets t JOIN clients c ON c.id = t.client_id GROUP BY c.id ORDER BY n DESC LIMIT 1',
    );
    await openList();
    await pick('filter-client', client.name.slice(0, 6), client.name);
    await apply((p) => p.get('client') === String(client.id));
    expect(await page.getByTestId('ticket-total').textContent()).toMatch(new RegExp(`^${client.n} заяв`));
    expect(new Set(await cellTexts('a[href^="/clients/"]'))).toEqual(new Set([client.name]));
    const chip = page.getByTestId('chip-client');
    expect(await chip.textContent()).toContain(client.name);

    await chip.click();
    await page.waitForURL((url) => !url.searchParams.has('client'));
    expect(await page.getByTestId('chip-client').count()).toBe(0);
    expect(await rows().count()).toBe(50);
  });

  it('filters by status with the tabs', async () => {
    await openList();
    await page.getByTestId('tab-open').click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'open');
    expect(await page.getByTestId('tab-open').getAttribute('aria-current')).toBe('page');
    const statuses = await cellTexts('a[href^="/tickets?status="]');
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => OPEN.includes(s))).toBe(true);
    const tabCount = await page.getByTestId('tab-open').locator('span').textContent();
    expect(await page.getByTestId('ticket-total').textContent()).toContain(tabCount!.replace(/\s/g, ' ').trim().split(' ')[0]);

    // "Closed" is the status alone; "Closed and cancelled" the group (both were `status=closed`, and the tab led to the group).
    await page.getByTestId('tab-closed').click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'closed_only');
    expect(await page.getByTestId('tab-closed').getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('tab-closed-group').getAttribute('aria-current')).toBeNull();
    expect(new Set(await cellTexts('a[href^="/tickets?status="]'))).toEqual(new Set(['Закрыта']));
    const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');
    expect(digits(await page.getByTestId('ticket-total').textContent())).toBe(digits(await page.getByTestId('tab-closed').locator('span').textContent()));
  });

  it('filters by responsible employee through the picker', async () => {
    const tech = await query<{ id: number; name: string }>("SELECT id, full_name AS name FROM employees WHERE email = 'tech@demo.test'");
    await openList();
    await pick('filter-assignee', tech.name.split(' ')[0], tech.name);
    await apply((p) => p.get('assignee') === String(tech.id));
    const assignees = await cellTexts('a[href^="/employees/"]');
    expect(assignees.length).toBeGreaterThan(0);
    expect(new Set(assignees)).toEqual(new Set([tech.name]));
    expect(await page.getByTestId('chip-assignee').textContent()).toContain(tech.name);
  });

  it('filters by creation date with the date fields, inclusive, in the company time zone', async () => {
    const day = await busiestMoscowDay();
    await openList();
    await page.getByTestId('filter-from').fill(day.day);
    await page.getByTestId('filter-to').fill(day.day);
    await apply((p) => p.get('from') === day.day && p.get('to') === day.day);
    expect(await page.getByTestId('ticket-total').textContent()).toMatch(new RegExp(`^${day.n} заяв`));
    const dateLinks = await page.locator('table tbody tr a[href^="/tickets?from="]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(dateLinks)).toEqual(new Set([`/tickets?from=${day.day}&to=${day.day}`]));
  });

  it('pages forward and back without losing its place', async () => {
    await openList('/tickets?status=closed');
    const first = await cellTexts('td:first-child');
    await page.getByRole('link', { name: 'Дальше' }).click();
    await page.waitForURL((url) => url.searchParams.get('cursor')?.startsWith('n.') === true);
    expect(params().get('status')).toBe('closed');
    const second = await cellTexts('td:first-child');
    expect(second.length).toBeGreaterThan(0);
    expect(second.some((n) => first.includes(n))).toBe(false);
    await page.getByRole('link', { name: 'Назад' }).click();
    await page.waitForURL((url) => url.searchParams.get('cursor')?.startsWith('p.') === true);
    expect(await cellTexts('td:first-child')).toEqual(first);
  });

  it('exports the current filter as CSV: a BOM, Russian headers, every matching row', async () => {
    const total = (await query<{ n: number }>(`SELECT count(*) AS n FROM tickets WHERE status IN ('closed', 'cancelled')`)).n;
    await openList('/tickets?status=closed');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^tickets-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0].split(';').slice(0, 4)).toEqual(['Номер', 'Создана', 'Изменена', 'Статус']);
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((l) => /^SC-\d{6};/.test(l) && /;(Закрыта|Отменена);/.test(l))).toBe(true);
  });

  it('on a phone shows the search and folds the other filters under one button, which counts the set ones', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await openList('/tickets?status=closed_only&department=1&priority=high');
      const fold = page.getByTestId('filter-fold');
      expect(await page.getByTestId('filter-q').isVisible()).toBe(true);
      expect(await page.getByTestId('filter-department').isVisible()).toBe(false);
      expect(await fold.textContent()).toContain('Фильтры · 2');
      // The list starts within the first screen, not under two screens of filters and six rows of tabs.
      expect((await page.getByTestId('ticket-total').boundingBox())!.y).toBeLessThan(844);
      // The tabs are one row that scrolls sideways, brought round to the current one.
      const tabs = await page.getByTestId('status-tabs').locator('a').evaluateAll((links) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size);
      expect(tabs).toBe(1);
      const closed = (await page.getByTestId('tab-closed').boundingBox())!;
      expect(closed.x).toBeGreaterThanOrEqual(0);
      expect(closed.x + closed.width).toBeLessThanOrEqual(390);

      await fold.click();
      expect(await page.getByTestId('filter-department').isVisible()).toBe(true);
      expect(await page.getByTestId('filter-client-input').isVisible()).toBe(true);
      await fold.click();
      expect(await page.getByTestId('filter-department').isVisible()).toBe(false);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
    // On a wide screen every filter shows and there is nothing to unfold.
    await openList();
    expect(await page.getByTestId('filter-fold').isVisible()).toBe(false);
    expect(await page.getByTestId('filter-department').isVisible()).toBe(true);
  });

  it('says which params it ignored instead of failing', async () => {
    await openList('/tickets?status=lost&from=2026-02-30&cursor=broken');
    const note = await page.getByTestId('ignored-params').textContent();
    expect(note).toContain('lost');
    expect(note).toContain('2026-02-30');
    expect(await rows().count()).toBe(50);
  });
});
