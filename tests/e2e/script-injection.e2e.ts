import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { DEMO, openBrowser, signedInBrowsers } from './browser';
import { insertTicket, withDatabase } from './fixtures';

/**
 * Markup typed into every text field must come back as text: no element it describes may
 * appear in the page. (The CSP would block the script anyway; this checks the escaping itself.)
 */
const PAYLOAD = `<img src=x data-xss="1" onerror="window.__xss=1"><script data-xss="1">window.__xss=1</script>`;
const signedIn = signedInBrowsers();

async function expectInert(page: Page, path: string, shownAsText = true) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  expect(await page.locator('[data-xss]').count(), `markup became elements on ${path}`).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
  // Edit forms hold the text in their fields' values rather than in the page's text.
  if (shownAsText) expect(await page.locator('body').innerText(), `the text is shown as typed on ${path}`).toContain('<img src=x');
}

describe('script injection', () => {
  it('is shown as text on every page that displays the fields, staff and public', async () => {
    const ticket = await insertTicket({ title: `Ticket ${PAYLOAD}`, client: { name: `Client ${PAYLOAD}`, email: 'xss@client.test', locale: 'ru' } });
    const ids = await withDatabase(async (db) => {
      const now = Date.now();
      await db.run(
        `UPDATE tickets SET description = ?, device_type = ?, brand = ?, model = ?, serial_number = ?, accessories = ?, intake_condition = ?, diagnosis = ? WHERE id = ?`,
        ...Array(8).fill(`Field ${PAYLOAD}`),
        ticket.id,
      );
      await db.run(
        `INSERT INTO ticket_events (ticket_id, kind, body, is_public, created_at) VALUES (?, 'comment', ?, TRUE, ?)`,
        ticket.id,
        `Comment ${PAYLOAD}`,
        now,
      );
      const { id: dept } = await db.get<{ id: number }>(
        `INSERT INTO departments (name, name_key, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id`,
        `Dept ${PAYLOAD}`,
        `dept ${PAYLOAD}`.toLowerCase(),
        PAYLOAD,
        now,
        now,
      );
      const client = (await db.get<{ id: number }>('SELECT client_id AS id FROM tickets WHERE id = ?', ticket.id)).id;
      await db.run('UPDATE clients SET notes = ?, contact_person = ? WHERE id = ?', `Notes ${PAYLOAD}`, PAYLOAD, client);
      return { dept, client };
    });

    const page = await signedIn(DEMO.admin);
    for (const path of [
      '/clients',
      `/clients/${ids.client}`,
      `/clients/${ids.client}/edit`,
      '/departments',
      `/departments/${ids.dept}`,
      ticketHref(ticket.id),
      ticketHref(ticket.id, '/edit'),
      ticketHref(ticket.id, '/print'),
      `/tickets?q=${encodeURIComponent(formatTicketNumber(ticket.id))}`,
    ]) {
      await expectInert(page, path, !path.endsWith('/edit'));
    }

    const client = await openBrowser('ru-RU');
    try {
      await expectInert(client.page, `/status/${ticket.token}`);
    } finally {
      await client.close();
    }
  });
});
