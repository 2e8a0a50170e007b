import { describe, expect, it } from 'vitest';
import { ticketHref } from '@/lib/tickets/number';
import { DEMO, signedInBrowsers } from './browser';
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
    const { ticket, day } = withDatabase((db) => ({
      ticket: (db.prepare("SELECT ticket_id AS id FROM ticket_lines JOIN tickets t ON t.id = ticket_id WHERE t.status NOT IN ('closed', 'cancelled') GROUP BY ticket_id HAVING count(*) >= 2 ORDER BY ticket_id DESC LIMIT 1").get() as { id: number }).id,
      day: (db.prepare("SELECT strftime('%Y-%m-%d', max(created_at) / 1000, 'unixepoch', '+3 hours') AS day FROM payments").get() as { day: string }).day,
    }));
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

  it('icons are drawn by the server, not sent as client components with their path data', async () => {
    const page = await signedIn(DEMO.manager);
    for (const path of ['/profile', '/tickets']) {
      const body = await (await page.request.get(path)).text();
      // The navigation alone shows a dozen icons: each is in the HTML as lucide's markup…
      expect(markupOf(body).split('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor"').length - 1, path).toBeGreaterThanOrEqual(10);
      // …and none is a client component whose props carry lucide's icon data.
      expect(payloadOf(body), path).not.toMatch(/"icon":\{"name":/);
    }
  });
});
