import { afterEach, describe, expect, it } from 'vitest';
import { DEMO, openBrowser, signIn, type BrowserSession } from './browser';
import { withDatabase } from './fixtures';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function signedIn(email: string) {
  session = await openBrowser('ru-RU');
  await signIn(session.page, email);
  await session.page.waitForURL((url) => url.pathname === '/');
  return session;
}

describe('the dashboard in Chromium', () => {
  it('a manager clicks a status count and a workload bar and lands on the matching filtered lists', async () => {
    const { page } = await signedIn(DEMO.manager);
    await expect(page.locator('h1').textContent()).resolves.toBe('Сводка');
    await page.getByTestId('count-new').waitFor();
    // Charts are server-rendered SVG with a title, and a table behind a disclosure.
    expect(await page.locator('[data-testid=trend-chart] > title').textContent()).toBe('Создано и закрыто по дням за 30 дней');
    expect(await page.locator('[data-testid=trend-table] tbody tr').count()).toBe(30);

    await page.getByTestId('count-new').click();
    await page.waitForURL((url) => url.pathname === '/tickets');
    expect(new URL(page.url()).searchParams.get('status')).toBe('new');
    expect((await page.request.get(page.url())).status()).toBe(200);

    await page.goto('/');
    const bar = page.locator('[data-testid=workload-chart] a').first();
    const href = (await bar.getAttribute('href'))!;
    expect(href).toMatch(/^\/tickets\?assignee=\d+&status=open$/);
    await bar.click();
    await page.waitForURL((url) => url.pathname === '/tickets' && url.searchParams.has('assignee'));
    const url = new URL(page.url());
    expect(`${url.pathname}${url.search}`).toBe(href);
    expect((await page.request.get(page.url())).status()).toBe(200);
  });

  it('a technician sees their own work and not the center’s figures', async () => {
    const { page } = await signedIn(DEMO.tech);
    await page.getByTestId('my-tickets').waitFor();
    await page.getByTestId('waiting-tickets').waitFor();
    expect(await page.getByTestId('team-section').count()).toBe(0);
  });

  it('has its 30-day figures kept fresh by npm start’s background process', async () => {
    // The server of this suite is `npm start`'s (scripts/start.ts): its background process stores the figures on start.
    const stored = () => withDatabase((db) => db.get<{ at: number } | undefined>(`SELECT computed_at AS at FROM figure_snapshots WHERE key LIKE 'dashboard-history|%'`));
    for (let i = 0; i < 100 && !(await stored()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    const row = await stored();
    expect(row).toBeDefined();
    const { page } = await signedIn(DEMO.manager);
    await page.getByTestId('history-as-of').waitFor();
    expect(Date.now() - row!.at).toBeLessThan(60_000);
  });
});
