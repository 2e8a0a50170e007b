import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { DEMO, signedInBrowsers } from './browser';
import { insertTicket, withDatabase } from './fixtures';

/** The demo manager's UI is Russian. */
const signedIn = signedInBrowsers();
const DAY = 86_400_000;

/** A repair of `serial` with a 90-day line, closed ten days ago. */
async function closedRepair(serial: string): Promise<number> {
  const { id } = await insertTicket({ title: `Е2Е гарантия ${serial}`, createdBy: DEMO.manager, departmentOf: DEMO.tech, serial });
  await withDatabase(async (db) => {
    const closedAt = Date.now() - 10 * DAY;
    await db.run(
      `INSERT INTO ticket_lines (ticket_id, kind, name, quantity, unit_price_minor, discount_minor, warranty_days, created_at, updated_at)
       VALUES (?, 'work', 'Замена дисплея', 1, 800000, 0, 90, ?, ?)`,
      id,
      closedAt,
      closedAt,
    );
    await db.run(`UPDATE tickets SET status = 'closed', closed_at = ?, estimate_minor = 800000, final_cost_minor = 800000 WHERE id = ?`, closedAt, id);
  });
  return id;
}

describe('warranty returns in Chromium', () => {
  it('taking in a device under warranty makes a warranty return linked both ways, listed under warranty=1', async () => {
    const serial = `IMEI-WR-${randomInt(1_000_000_000)}`;
    const original = await closedRepair(serial);
    const client = await withDatabase((db) => db.get<{ id: number }>('SELECT client_id AS id FROM tickets WHERE id = ?', original));

    const page = await signedIn(DEMO.manager);
    // The original repair's line says until when it is under warranty.
    await page.goto(ticketHref(original));
    expect(await page.getByTestId('line-details').textContent()).toContain('на гарантии до');

    await page.goto(`/tickets/new?client=${client.id}`);
    await page.locator('#field-kind').selectOption('repair');
    await page.locator('#field-title').fill('Снова не работает экран');
    // Typed in lower case: still the same device.
    await page.locator('#field-serialNumber').fill(serial.toLowerCase());
    await page.getByTestId('intake-submit').click();
    await page.waitForURL((url) => /^\/tickets\/SC-\d{6}$/.test(url.pathname));

    const returnOf = page.getByTestId('warranty-return-of');
    expect(await returnOf.textContent()).toContain(`Гарантийный возврат по заявке ${formatTicketNumber(original)}`);
    expect(await returnOf.getByRole('link').getAttribute('href')).toBe(ticketHref(original));
    const number = (await page.getByTestId('ticket-number').textContent())!.trim();
    expect(await page.locator('[data-testid=timeline-event][data-kind=warranty_return]').textContent()).toContain(formatTicketNumber(original));
    expect(await page.getByTestId('device-history-warranty').first().textContent()).toContain('на гарантии до');

    await page.goto(ticketHref(original));
    expect(await page.getByTestId('warranty-came-back').textContent()).toContain(number);

    await page.goto('/tickets?warranty=1');
    expect(await page.getByTestId('chip-warranty').textContent()).toContain('Гарантийные возвраты');
    const first = page.locator('[data-testid=ticket-table] tbody tr').first();
    expect(await first.textContent()).toContain(number);
    expect(await page.locator('[data-testid=ticket-table] tbody tr', { hasText: formatTicketNumber(original) }).count()).toBe(0);
  });
});
