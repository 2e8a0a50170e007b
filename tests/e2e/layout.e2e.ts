import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '@/lib/i18n/messages';
import { ticketHref } from '@/lib/tickets/number';
import { DEMO } from './browser';
import { arrangePages, demoStaffSpeak, LIST_PAGES, visitors, type PageIds } from './contract-pages';
import { withDatabase } from './test-database';

/**
 * Every list fits the screen (issue 19, point 2): at 1280 px beside the sidebar the columns that
 * matter are all in view and nothing scrolls sideways; on a 390 px phone each row is a card.
 */
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/**
 * What overflows sideways: the page itself, or any box in <main> that would scroll or is too narrow
 * for its table. A row meant to be swiped (`data-swipe-row`: the ticket list's status tabs and quick
 * views on a phone) may scroll, and its links run on past the screen's edge; it may not widen the page.
 */
function overflows(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''}${el.getAttribute('aria-label') ? `[aria-label="${el.getAttribute('aria-label')}"]` : ''}`;
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page: ${root.scrollWidth} > ${root.clientWidth}`);
    const swiped = (el: Element) => el.closest('[data-swipe-row]') !== null;
    for (const el of document.querySelectorAll('main *')) {
      if (swiped(el)) continue;
      const style = getComputedStyle(el);
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
        found.push(`${describe(el)} scrolls: ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    for (const table of document.querySelectorAll('main table')) {
      const box = table.parentElement!;
      const width = table.getBoundingClientRect().width;
      if (width > 0 && width > box.clientWidth + 1) found.push(`${describe(box)} cuts its table: ${width} > ${box.clientWidth}`);
    }
    for (const el of document.querySelectorAll('main a, main button, main input, main select, main th, main td')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > root.clientWidth + 1 && !swiped(el)) found.push(`${describe(el)} "${el.textContent?.trim().slice(0, 30)}" ends off-screen at ${Math.round(r.right)}`);
    }
    return found;
  });
}

/** How the first body row of every visible table in <main> is displayed, and whether its head shows. */
function tableLayouts(page: Page) {
  return page.locator('main table').evaluateAll((tables) =>
    tables
      .filter((t) => t.checkVisibility())
      .map((t) => ({
        label: t.closest('[aria-label]')?.getAttribute('aria-label') ?? '',
        row: getComputedStyle(t.querySelector('tbody tr')!).display,
        head: t.querySelector('thead') ? getComputedStyle(t.querySelector('thead')!).display : 'none',
      })),
  );
}

async function visit(page: Page, target: string) {
  const response = await page.goto(target);
  expect(response?.status(), target).toBe(200);
  await page.getByTestId('team-skeleton').waitFor({ state: 'detached' });
}

describe.each([
  ['ru', 'ru-RU'],
  ['en', 'en-US'],
] as const)('lists fit the screen (%s)', (lang, browserLocale) => {
  const t = messagesFor(lang);
  let ids: PageIds;
  const pageOf = visitors(browserLocale);
  demoStaffSpeak(lang);

  beforeAll(async () => {
    ids = await arrangePages();
  });

  it.each(LIST_PAGES)('at 1280 px, $name: nothing scrolls sideways and rows are table rows', async (p) => {
    const page = await pageOf(p.as ?? DEMO.admin);
    await page.setViewportSize(DESKTOP);
    await visit(page, p.path(ids));
    expect(await overflows(page), p.path(ids)).toEqual([]);
    for (const table of await tableLayouts(page)) expect(table, p.path(ids)).toMatchObject({ row: 'table-row', head: 'table-header-group' });
  });

  it.each(LIST_PAGES)('at 390 px, $name: nothing scrolls sideways and every row is a card', async (p) => {
    const page = await pageOf(p.as ?? DEMO.admin);
    await page.setViewportSize(PHONE);
    await visit(page, p.path(ids));
    expect(await overflows(page), p.path(ids)).toEqual([]);
    const tables = await tableLayouts(page);
    if (!p.figuresOnly) expect(tables.length, p.path(ids)).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.row, `${p.path(ids)}: ${table.label}`).not.toBe('table-row');
      expect(table.head, `${p.path(ids)}: ${table.label}`).toBe('none');
    }
  });

  it('at 390 px a ticket with lines and payments does not scroll sideways, and each line and payment shows its amount', async () => {
    // An open repair (its lines may be edited) with payments: the payments' table once made the whole page 574 px wide.
    const { id } = await withDatabase((db) =>
      db.get<{ id: number }>(
        `SELECT t.id AS id FROM tickets t WHERE t.status NOT IN ('closed', 'cancelled')
           AND EXISTS (SELECT 1 FROM payments p WHERE p.ticket_id = t.id) AND EXISTS (SELECT 1 FROM ticket_lines l WHERE l.ticket_id = t.id)
         ORDER BY (SELECT count(*) FROM ticket_lines l WHERE l.ticket_id = t.id) DESC, t.id LIMIT 1`,
      ),
    );
    const page = await pageOf(DEMO.admin);
    await page.setViewportSize(PHONE);
    await visit(page, ticketHref(id));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const rights = await page.locator('[data-testid=line-row]').evaluateAll((rows) =>
      rows.flatMap((row) => ['line-total', 'line-edit', 'line-remove'].map((id) => row.querySelector(`[data-testid=${id}]`)!.getBoundingClientRect().right)),
    );
    expect(rights.length).toBeGreaterThan(0);
    expect(Math.max(...rights)).toBeLessThanOrEqual(PHONE.width);
    // A payment is a block too: its amount on the screen, its table not scrolling inside the card.
    const amounts = await page.getByTestId('payment-amount').evaluateAll((cells) => cells.map((td) => td.getBoundingClientRect().right));
    expect(amounts.length).toBeGreaterThan(0);
    expect(Math.max(...amounts)).toBeLessThanOrEqual(PHONE.width);
    expect(await page.getByTestId('payments-table').evaluate((table) => table.parentElement!.scrollWidth - table.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
  });

  it('at 1280 px the ticket list shows the due date, two lines of each title at most, and every status tab', async () => {
    const page = await pageOf(DEMO.admin);
    await page.setViewportSize(DESKTOP);
    await visit(page, '/tickets');
    const due = page.locator('main table th', { hasText: new RegExp(`^${t.ticketTable.due}$`) });
    expect(await due.isVisible()).toBe(true);
    const box = (await due.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(DESKTOP.width);

    const titles = await page.locator('main table tbody tr td:nth-child(2)').evaluateAll((cells) =>
      cells.map((td) => {
        const text = td.querySelector('span') ?? td;
        const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
        return Math.round(text.getBoundingClientRect().height / lineHeight);
      }),
    );
    expect(titles.length).toBe(50);
    expect(titles.every((lines) => lines <= 2)).toBe(true);
    // The whole title is the tooltip once the pointer reaches it.
    const title = page.locator('main table tbody tr td.t > span').nth(3);
    expect(await title.getAttribute('title')).toBeNull();
    await title.hover();
    expect(await title.getAttribute('title')).toBe((await title.textContent())?.trim());

    const tabs = await page.locator('[data-testid^=tab-]').evaluateAll((links) => links.map((a) => ({ id: a.getAttribute('data-testid'), right: a.getBoundingClientRect().right })));
    expect(new Set(tabs.map((tab) => tab.id)).size).toBe(11); // all, open, the eight statuses, closed and cancelled
    expect(Math.max(...tabs.map((tab) => tab.right))).toBeLessThanOrEqual(DESKTOP.width);
  });

  it('the navigation is the sidebar at 1280 px, and a menu on a 390 px phone that a link closes', async () => {
    const page = await pageOf(DEMO.admin);
    // Located by CSS, not by role: a closed menu is out of the accessibility tree, and the test asks about it.
    const nav = page.locator(`nav[aria-label="${t.nav.main}"]`);
    const menuButton = page.getByRole('button', { name: t.nav.openMenu });
    const clients = nav.locator('a[href="/clients"]');

    await page.setViewportSize(DESKTOP);
    await visit(page, '/tickets');
    expect(await nav.count()).toBe(1);
    expect(await clients.isVisible()).toBe(true);
    expect(await menuButton.isVisible()).toBe(false);
    expect((await nav.boundingBox())!.x).toBeLessThan(240); // in the sidebar, left of the page
    // Who is signed in heads the sidebar and Sign out ends it; the header keeps Help and the language.
    const name = (await nav.getByTestId('current-user').textContent())!;
    expect(name.length).toBeGreaterThan(0);
    expect(await nav.getByTestId('current-user').isVisible()).toBe(true);
    expect(await nav.getByRole('button', { name: t.nav.signOut }).isVisible()).toBe(true);
    expect(await page.locator('header').getByRole('button', { name: t.nav.signOut }).count()).toBe(0);

    await page.setViewportSize(PHONE);
    expect(await clients.isVisible()).toBe(false);
    await menuButton.click();
    expect(await clients.isVisible()).toBe(true);
    const menu = (await nav.boundingBox())!;
    expect(menu.x + menu.width).toBeLessThanOrEqual(PHONE.width);
    await page.keyboard.press('Escape');
    expect(await clients.isVisible()).toBe(false);

    // The header is one line on a phone: who is signed in, and signing out, are in the menu (115 px and three lines before).
    const header = page.locator('header');
    expect((await header.boundingBox())!.height).toBeLessThan(60);
    expect(await page.getByTestId('current-user').isVisible()).toBe(false);
    await menuButton.click();
    const menuUser = nav.getByTestId('menu-user');
    expect(await menuUser.textContent()).toContain(name);
    expect(await nav.getByRole('button', { name: t.nav.signOut }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    await menuButton.click();
    await clients.click();
    await page.waitForURL('**/clients');
    expect(await clients.getAttribute('aria-current')).toBe('page');
    expect(await clients.isVisible()).toBe(false);
    expect(await overflows(page)).toEqual([]);
  });

  it('at 390 px a ticket card names its dates and people', async () => {
    const page = await pageOf(DEMO.admin);
    await page.setViewportSize(PHONE);
    await visit(page, '/tickets');
    const labels = await page.locator('main table tbody tr').first().locator('td').evaluateAll((cells) =>
      cells.map((td) => getComputedStyle(td, '::before').content.replace(/^"|"$/g, '')).filter((c) => c !== 'none' && c !== ''),
    );
    expect(labels).toEqual(expect.arrayContaining([t.ticketTable.client, t.ticketTable.assignee, t.ticketTable.created, t.ticketTable.due]));
  });

  it('at 1280 px the cash report’s figures line up on the right, each employee’s total in bold', async () => {
    const page = await pageOf(DEMO.admin);
    await page.setViewportSize(DESKTOP);
    await visit(page, `/reports/payments?from=${ids.paymentDay}&to=${ids.paymentDay}`);
    const looks = (row: string) =>
      page.locator(`[data-testid=cash-employees] ${row}`).first().locator('td').evaluateAll((cells) => cells.map((td) => `${getComputedStyle(td).textAlign} ${getComputedStyle(td).fontWeight}`));
    const employee = await looks('tbody tr:not(.total)');
    expect(employee[0]).toMatch(/^(left|start) 400$/);
    expect(employee.slice(1, -1)).toEqual(['right 400', 'right 400', 'right 400']);
    expect(employee.at(-1)).toBe('right 500');
    const total = await looks('tr.total');
    expect(total[0]).toMatch(/^(left|start) 600$/);
    expect(total.slice(1)).toEqual(['right 600', 'right 600', 'right 600', 'right 600']);
  });

  it('at 390 px a payment in the cash report names every column, and an employee’s card is titled by the name', async () => {
    const page = await pageOf(DEMO.admin);
    await page.setViewportSize(PHONE);
    await visit(page, `/reports/payments?from=${ids.paymentDay}&to=${ids.paymentDay}`);
    const labelsOf = (selector: string) =>
      page.locator(selector).first().locator('td').evaluateAll((cells) => cells.map((td) => getComputedStyle(td, '::before').content.replace(/^"|"$/g, '')));
    const c = t.cashReport.columns;
    expect(await labelsOf('[data-testid=cash-payment]')).toEqual([c.time, c.ticket, c.client, c.kind, c.method, c.amount, c.takenBy, c.reason]);
    const employee = await labelsOf('[data-testid=cash-employees] tbody tr:not(.total)');
    expect(employee[0]).toBe('none');
    expect(employee.slice(1)).toEqual([t.payments.methods.cash, t.payments.methods.card, t.payments.methods.transfer, t.cashReport.total]);
  });
});
