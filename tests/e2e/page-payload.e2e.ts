import { describe, expect, inject, it } from 'vitest';
import { attachmentsRu } from '@/lib/i18n/messages/features/attachments';
import { forbiddenRu } from '@/lib/i18n/messages/features/forbidden';
import { notFoundRu } from '@/lib/i18n/messages/features/not-found';
import { paymentsRu } from '@/lib/i18n/messages/features/payments';
import { ticketDetailRu } from '@/lib/i18n/messages/features/ticket-detail';
import { ticketHref } from '@/lib/tickets/number';
import { DEMO, openBrowser, signedInBrowsers } from './browser';
import { withDatabase } from './fixtures';

const signedIn = signedInBrowsers('ru-RU');

/** The page's React payload: the strings Next pushes to `self.__next_f` in inline scripts, joined. */
function payloadOf(page: string): string {
  const pushes = [...page.matchAll(/<script[^>]*>self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)<\/script>/g)];
  return pushes.map((push) => JSON.parse(push[1]) as string).join('');
}

/** The markup of the page outside its scripts. */
const markupOf = (page: string) => page.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '');

/**
 * Long tables reach the browser once: their rows are in the page's HTML, and the React payload
 * carries the rows' data, not their markup a second time (issue 21, cheaper pages). Each page is
 * also checked to show what it should, so a page that lost its rows cannot pass.
 */
describe('the markup of long tables is sent once', () => {
  it('the ticket list, a ticket with lines and the cash report carry their rows in the HTML and only data in the payload', async () => {
    const { ticket, lastPaymentAt } = await withDatabase(async (db) => ({
      ticket: (
        await db.get<{ id: number }>(
          "SELECT ticket_id AS id FROM ticket_lines JOIN tickets t ON t.id = ticket_id WHERE t.status NOT IN ('closed', 'cancelled') GROUP BY ticket_id HAVING count(*) >= 2 ORDER BY ticket_id DESC LIMIT 1",
        )
      ).id,
      lastPaymentAt: (await db.get<{ at: number }>('SELECT max(created_at) AS at FROM payments')).at,
    }));
    const day = new Date(lastPaymentAt + 3 * 3_600_000).toISOString().slice(0, 10); // its day in the demo's zone, Europe/Moscow
    const page = await signedIn(DEMO.manager);
    const pages = [
      { path: '/tickets', row: '<td class="n"><a href="/tickets/SC-', rows: 50 },
      { path: ticketHref(ticket), row: '<tr data-testid="line-row"', rows: 2 },
      { path: `/reports/payments?from=${day}&to=${day}`, row: '<tr data-testid="cash-payment"', rows: 1 },
    ];
    for (const { path, row, rows } of pages) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      const body = await response.text();
      expect(markupOf(body).split(row).length - 1, path).toBeGreaterThanOrEqual(rows);
      const payload = payloadOf(body);
      expect(payload.length, path).toBeGreaterThan(1000);
      expect(payload, path).not.toContain('<tr');
    }
  });

  it('the dashboard sends its charts’ tables as data, and each chart card as one element rather than a tree', async () => {
    const page = await signedIn(DEMO.manager);
    const body = await (await page.request.get('/')).text();
    const markup = markupOf(body);
    // Every chart of the manager's dashboard has its figures as a table behind a disclosure…
    const tables = markup.match(/<details class="[^"]*" data-testid="[a-z-]+-table">/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(8);
    expect(markup.split('<td class="r">').length - 1).toBeGreaterThanOrEqual(30);
    // …that the payload carries neither as markup nor as React elements: only the rows' cells.
    const payload = payloadOf(body);
    expect(payload).not.toContain('<details');
    expect(payload).not.toContain('["$","details"');
    expect(payload).not.toContain('<td class="r">');
    expect(payload).toContain('"headerMarkup"');
  });

  it('icons are drawn from one sprite the browser keeps, not sent with their drawing on every page', async () => {
    const page = await signedIn(DEMO.manager);
    for (const path of ['/profile', '/tickets']) {
      const body = await (await page.request.get(path)).text();
      // The navigation alone shows a dozen icons: each shows its symbol of the sprite…
      expect(markupOf(body).match(/<svg class="lucide[^"]*" aria-hidden="true"><use href="\/icons\.svg\?v=[\w-]+#[a-z0-9-]+"><\/use><\/svg>/g)?.length ?? 0, path).toBeGreaterThanOrEqual(10);
      // …and neither the HTML nor the React payload carries a drawing (the dashboard icon's first rectangle).
      expect(body, path).not.toContain('<rect width=\\"7\\" height=\\"9\\"');
      expect(body, path).not.toContain('<rect width="7" height="9"');
      expect(payloadOf(body), path).not.toMatch(/"icon":\{"name":/);
    }

    // Drawn in the browser: every icon of the navigation has its symbol's shape.
    await page.goto('/tickets');
    const widths = await page.locator('aside svg.lucide use').evaluateAll((uses) => uses.map((use) => (use as SVGUseElement).getBBox().width));
    expect(widths.length).toBeGreaterThanOrEqual(8);
    for (const width of widths) expect(width).toBeGreaterThan(5);
  });

  it('the ticket page sends the labels of its upload, status moves, payment and comment forms once, in its markup, not again in its payload', async () => {
    const { ticket } = await withDatabase(async (db) => ({
      ticket: (await db.get<{ id: number }>("SELECT id FROM tickets WHERE status = 'in_progress' AND kind = 'repair' ORDER BY id DESC LIMIT 1")).id,
    }));
    const page = await signedIn(DEMO.manager);
    const body = await (await page.request.get(ticketHref(ticket))).text();
    const payload = payloadOf(body);
    expect(payload).toContain('"locale":"ru"');
    // Shown on the page (the upload's drop zone, the comment's visibility choice)…
    expect(markupOf(body)).toContain(attachmentsRu.upload.drop);
    expect(markupOf(body)).toContain(ticketDetailRu.comment.internalHint);
    // …and in the payload neither these nor the labels of what opens on request (a confirmation, a payment form).
    for (const label of [attachmentsRu.upload.drop, attachmentsRu.errors.tooLarge, ticketDetailRu.comment.internalHint, ticketDetailRu.status.confirm.cancelled.body, paymentsRu.form.amountHint]) {
      expect(payload).not.toContain(label);
    }
  });

  it('the 401, 403 and 404 pages are not rendered into every page in case they are needed', async () => {
    const page = await signedIn(DEMO.manager);
    for (const path of ['/profile', '/tickets']) {
      const body = await (await page.request.get(path)).text();
      expect(body, path).not.toContain(forbiddenRu.title);
      expect(body, path).not.toContain(notFoundRu.body);
      expect(body, path).not.toContain("You're not authorized"); // Next's own 401 page
    }
    // …and still come when they are.
    const missing = await page.goto('/tickets/SC-999999999');
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe(notFoundRu.title);
  });

  it('the sprite is public and cached for good under its versioned address', async () => {
    const anonymous = await openBrowser();
    try {
      const login = await (await anonymous.page.request.get('/login')).text();
      const href = /<use href="(\/icons\.svg\?v=[\w-]+)#/.exec(login)?.[1];
      expect(href, 'the sign-in page draws an icon').toBeDefined();
      const sprite = await anonymous.page.request.get(href!);
      expect(sprite.status()).toBe(200);
      expect(sprite.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
      expect(sprite.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(await sprite.text()).toContain('<symbol id="layout-dashboard" viewBox="0 0 24 24"');
    } finally {
      await anonymous.close();
    }
  });

  it('pages cross the wire compressed: brotli for a browser that takes it, gzip for one that takes only gzip', async () => {
    for (const [accept, encoding] of [['gzip, deflate, br, zstd', 'br'], ['gzip, deflate', 'gzip']]) {
      const response = await fetch(`${inject('baseURL')}/login`, { headers: { 'accept-encoding': accept } });
      expect(response.status, accept).toBe(200);
      expect(response.headers.get('content-encoding'), accept).toBe(encoding);
      expect(await response.text(), accept).toContain('<form');
    }
  });
});
