import { afterEach, describe, expect, it } from 'vitest';
import { renderNotification } from '@/lib/notifications/render';
import { ticketHref } from '@/lib/tickets/number';
import { DEMO, openBrowser, signIn, type BrowserSession } from './browser';
import { createEmployee, insertTicket, withDatabase } from './fixtures';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function signedIn(email: string, password?: string, locale: 'ru-RU' | 'en-US' = 'ru-RU') {
  session = await openBrowser(locale);
  await signIn(session.page, email, password);
  await session.page.waitForURL((url) => url.pathname === '/');
  return session.page;
}

describe('the small things', () => {
  it('answers /favicon.ico with an icon, to anyone, and every page points to it', async () => {
    session = await openBrowser();
    const icon = await fetch(`${session.baseURL}/favicon.ico`, { redirect: 'manual' });
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    const bytes = new Uint8Array(await icon.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]); // the ICO signature
    await session.page.goto('/login');
    expect(await session.page.locator('link[rel~=icon]').first().getAttribute('href')).toMatch(/^\/favicon\.ico/);
  });

  it('the 403 page says what is not allowed, who you are, and offers the dashboard and the help', async () => {
    await createEmployee('small-tech@demo.test', 'Small-things-pass-7');
    const page = await signedIn('small-tech@demo.test', 'Small-things-pass-7');
    const response = await page.goto('/outbox');
    expect(response?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toBe('Нет доступа');
    const text = (await page.getByTestId('forbidden').textContent()) ?? '';
    expect(text).toContain('Вы вошли как E2E small-tech@demo.test (Мастер)');
    expect(text).toContain('изменение прайс-листа и решения в обход правил');
    expect(await page.getByRole('link', { name: 'На главную' }).getAttribute('href')).toBe('/');
    await page.getByRole('link', { name: 'Кто что может (справка)' }).click();
    await page.waitForURL((url) => url.pathname === '/help');
    // The link lands on the guide's section about roles.
    expect(await page.locator(`[id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`).textContent()).toBe('Кто что может');
  });

  it('the device label prints the intake and due dates whole, as short numeric dates', async () => {
    const { id } = await insertTicket({ title: 'Ноутбук не включается после падения со стола' });
    await withDatabase((db) => db.run(`UPDATE tickets SET due_date = '2026-12-24', created_at = ? WHERE id = ?`, Date.UTC(2026, 11, 2, 9), id));
    const page = await signedIn(DEMO.manager);
    await page.goto(`${ticketHref(id, '/print')}?layout=label`);
    const label = page.getByTestId('device-label');
    await label.waitFor();
    for (const [word, date] of [['Принят', '02.12.2026'], ['Срок', '24.12.2026']]) {
      const line = label.locator('p', { hasText: word });
      expect(await line.textContent()).toBe(`${word} ${date}`);
      const fits = await line.evaluate((p) => {
        const box = p.getBoundingClientRect();
        const frame = p.closest('article')!.getBoundingClientRect();
        return p.scrollWidth <= p.clientWidth && box.bottom <= frame.bottom;
      });
      expect(fits, `${word} fits the label`).toBe(true);
    }
  });

  it('the digest e-mail in a 600 px mail client gives the title column the room, with no sideways scroll', async () => {
    const title = 'Принтер HP LaserJet зажёвывает бумагу при двусторонней печати и иногда не берёт лист';
    const { html } = await renderNotification({
      kind: 'digest',
      locale: 'ru',
      payload: {
        recipientName: 'Сергей',
        date: '2025-05-15',
        total: 2,
        overdue: 1,
        tickets: [
          { id: 40, title, clientName: 'ООО «Ромашка»', status: 'awaiting_approval', priority: 'normal', createdAt: Date.UTC(2025, 4, 5, 9), dueDate: '2025-05-12', overdue: true },
          { id: 42, title: 'Router', clientName: 'Maria', status: 'new', priority: 'low', createdAt: Date.UTC(2025, 4, 15, 6), dueDate: null, overdue: false },
        ],
      },
    });
    session = await openBrowser();
    const { page } = session;
    await page.setViewportSize({ width: 600, height: 900 });
    await page.setContent(html);
    const sizes = await page.evaluate(() => {
      const table = document.querySelector('[data-text-format=digestTable]')!;
      const titleCell = table.querySelector('td[data-col=title]')!;
      const words = document.createRange();
      words.selectNodeContents(titleCell.firstChild!);
      return {
        table: table.getBoundingClientRect().width,
        title: titleCell.getBoundingClientRect().width,
        titleLines: new Set(Array.from(words.getClientRects(), (r) => Math.round(r.top))).size,
        scroll: document.documentElement.scrollWidth,
      };
    });
    expect(sizes.scroll).toBeLessThanOrEqual(600);
    expect(sizes.title / sizes.table).toBeGreaterThan(0.35);
    expect(sizes.titleLines).toBeLessThanOrEqual(4); // 84 characters: a few lines, not a word per line
  });

  it('a manager sees no "no mail service" banner while a mail service is set up', async () => {
    const page = await signedIn(DEMO.manager);
    await page.getByTestId('welcome').waitFor();
    expect(await page.getByTestId('no-mail-service').count()).toBe(0);
    await page.goto('/outbox');
    await page.getByTestId('outbox-counts').waitFor();
    expect(await page.getByTestId('no-mail-service').count()).toBe(0);
  });

  it('an English browser signed in to a Russian account sees why: the switch shows Russian, the profile explains', async () => {
    await createEmployee('small-lang@demo.test', 'Small-things-pass-8');
    const page = await signedIn('small-lang@demo.test', 'Small-things-pass-8', 'en-US');
    const language = page.getByRole('form', { name: 'Язык интерфейса: Русский' }).first();
    expect(await language.getByRole('button', { name: 'Русский' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto('/profile');
    const select = page.locator('select#field-locale');
    expect(await select.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!.split(' ')[0])?.textContent)).toContain(
      'язык браузера действует только до входа',
    );
  });
});
