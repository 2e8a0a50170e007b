import { randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/db/queries/tickets';
import { addTicketLine, setTicketDiscount } from '@/lib/estimates/commands';
import { ticketHref } from '@/lib/tickets/number';
import { lineAddSchema } from '@/lib/validation/estimates';
import { DEMO, openBrowser, signIn } from './browser';
import { employeeId, insertTicket, withDatabase } from './fixtures';
import { connectAppToTestDatabase, disconnectApp } from './test-database';

/**
 * The handover documents in the browser: from the ticket page of a ready repair to its completion
 * certificate, whose total is the ticket page's; printed, only the sheet shows. A declined
 * estimate gives the refusal note instead.
 */

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

let manager: Actor;
beforeAll(async () => {
  connectAppToTestDatabase();
  manager = { id: await withDatabase((db) => employeeId(db, DEMO.manager)), fullName: 'E2E desk', role: 'manager' };
});
afterAll(() => disconnectApp());

async function staffPage(): Promise<Page> {
  const session = await openBrowser('ru-RU');
  closers.push(session.close);
  await signIn(session.page, DEMO.manager);
  await session.page.waitForURL((url) => url.pathname === '/');
  return session.page;
}

const addLine = async (ticketId: number, name: string, quantity: string, price: string, warranty: string, discount = '') =>
  await addTicketLine(
    lineAddSchema.parse({ ticketId: String(ticketId), kind: 'work', name, quantity, unitPriceMinor: price, discountMinor: discount, warrantyDays: warranty }),
    manager,
  );

/** A repair of a Russian-speaking client, with lines and a prepayment, moved to `ready`; `declined`: the client refused the estimate. */
async function readyRepair(declined = false) {
  const n = randomInt(1_000_000, 9_999_999);
  const ticket = await insertTicket({ title: `E2E documents ${n}`, assignee: DEMO.tech, serial: `SN-DOC-${n}`, client: { name: `Клиент Документов ${n}`, email: `e2e-docs-${n}@client.test`, locale: 'ru' } });
  if (declined) {
    await addLine(ticket.id, 'Диагностика', '1', '800', '0');
  } else {
    await addLine(ticket.id, 'Замена аккумулятора', '1', '4500,50', '180');
    await addLine(ticket.id, 'Чистка разъёма', '3', '333,33', '30', '100');
    await setTicketDiscount({ ticketId: ticket.id, discountMinor: 1_99 }, manager);
  }
  await withDatabase(async (db) => {
    const now = Date.now();
    const paid = declined ? 0 : 100_000;
    if (paid > 0) {
      await db.run(
        `INSERT INTO payments (ticket_id, kind, method, amount_minor, currency, taken_by_id, taken_by_name, created_at) VALUES (?, 'prepayment', 'cash', ?, 'RUB', NULL, 'E2E desk', ?)`,
        ticket.id,
        paid,
        now,
      );
    }
    await db.run(
      `UPDATE tickets SET status = 'ready', first_ready_at = ?, paid_minor = ?, outcome = ?, diagnosis = 'Износ аккумулятора', work_done = 'Аккумулятор заменён' WHERE id = ?`,
      now,
      paid,
      declined ? 'returned_without_repair' : null,
      ticket.id,
    );
  });
  return ticket;
}

const normal = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();

describe('handover documents', () => {
  it("the certificate of a ready repair shows the ticket page's total, and printing shows the sheet alone", async () => {
    const ticket = await readyRepair();
    const page = await staffPage();
    await page.goto(ticketHref(ticket.id));
    const ticketTotal = normal(await page.getByTestId('lines-total').textContent());
    expect(ticketTotal).toBe('5 398,50 ₽'); // 4 500,50 + 3 × 333,33 − 100 − 1,99

    const link = page.getByTestId('print-certificate');
    expect(normal(await link.textContent())).toBe('Акт выполненных работ');
    await link.click();
    await page.waitForURL((url) => url.pathname.endsWith('/certificate'));
    const certificate = page.getByTestId('certificate');
    await certificate.waitFor();
    expect(normal(await page.getByTestId('certificate-total').textContent())).toBe(ticketTotal);
    expect(await page.getByTestId('certificate-total').getAttribute('data-minor')).toBe('539850');
    expect(normal(await page.getByTestId('certificate-balance').textContent())).toBe('4 398,50 ₽');
    expect(await page.getByTestId('certificate-line').count()).toBe(2);
    expect(normal(await page.getByTestId('certificate-line-warranty').first().textContent())).toMatch(/^180 дн\., до \d+ \S+ \d{4} г\.$/);
    expect(await page.locator('html').getAttribute('lang')).toBeTruthy();
    expect(await certificate.getAttribute('lang')).toBe('ru');

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('certificate-toolbar').isVisible()).toBe(false);
    expect(await page.locator('aside').first().isVisible()).toBe(false);
    expect(await page.getByTestId('print-button').isVisible()).toBe(false);
    expect(await certificate.isVisible()).toBe(true);
    // The sheet fills the printable width: no on-screen frame or padding left around it.
    const frame = await page.locator('.print-sheet').evaluate((el) => getComputedStyle(el).borderTopWidth + ' ' + getComputedStyle(el).paddingTop);
    expect(frame).toBe('0px 0px');
  });

  it('a declined estimate gives the refusal note with the diagnostic fee', async () => {
    const ticket = await readyRepair(true);
    const page = await staffPage();
    await page.goto(ticketHref(ticket.id));
    const link = page.getByTestId('print-certificate');
    expect(normal(await link.textContent())).toBe('Акт возврата без ремонта');
    await link.click();
    await page.getByTestId('certificate').waitFor();
    expect(await page.getByTestId('certificate').getAttribute('data-document')).toBe('refusal');
    expect(normal(await page.getByTestId('certificate-total').textContent())).toBe('800,00 ₽');
    expect(normal(await page.getByTestId('certificate-balance').textContent())).toBe('800,00 ₽');
    expect(await page.getByTestId('certificate-work-done').count()).toBe(0);
  });
});
