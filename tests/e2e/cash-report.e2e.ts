import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO, signedInBrowsers } from './browser';
import { employeeId, withDatabase } from './fixtures';

const signedIn = signedInBrowsers('ru-RU');

/** A day long before the demo's own payments: 2021-02-17 in Moscow is 2021-02-16T21:00Z to 2021-02-17T21:00Z. */
const DAY = '2021-02-17';

async function arrangeDay() {
  await withDatabase(async (db) => {
    const ticket = (await db.get<{ id: number }>('SELECT id FROM tickets ORDER BY id LIMIT 1')).id;
    const manager = await employeeId(db, DEMO.manager);
    const name = (await db.get<{ n: string }>('SELECT full_name AS n FROM employees WHERE id = ?', manager)).n;
    await db.run(`DELETE FROM payments WHERE created_at >= ? AND created_at < ?`, Date.parse('2021-02-16T00:00:00Z'), Date.parse('2021-02-19T00:00:00Z'));
    const insert = (kind: string, method: string, amount: number, reason: string | null, at: string) =>
      db.run(
        `INSERT INTO payments (ticket_id, kind, method, amount_minor, currency, reason, taken_by_id, taken_by_name, created_at) VALUES (?, ?, ?, ?, 'RUB', ?, ?, ?, ?)`,
        ticket,
        kind,
        method,
        amount,
        reason,
        manager,
        name,
        Date.parse(at),
      );
    await insert('prepayment', 'cash', 1_000_00, null, '2021-02-17T06:30:00Z');
    await insert('payment', 'card', 2_500_50, null, '2021-02-17T12:00:00Z');
    await insert('refund', 'cash', 300_00, 'Клиент передумал', '2021-02-17T15:00:00Z');
    await insert('payment', 'transfer', 99_99, null, '2021-02-17T20:50:00Z'); // 23:50 local
    await insert('payment', 'cash', 9_999_00, null, '2021-02-17T21:10:00Z'); // 00:10 the next day
  });
}

const digits = (s: string | null) => (s ?? '').replace(/[\s\u00a0\u202f]/g, '');

describe('the cash report in Chromium', () => {
  it('a manager opens a day, sees totals that match the payments, downloads the CSV and prints an A4 page without the navigation', async () => {
    await arrangeDay();
    const page = await signedIn(DEMO.manager);
    await page.goto('/');
    await page.locator(`nav a[href="/reports/payments"]`).first().click();
    await page.waitForURL('**/reports/payments');

    await page.getByTestId('cash-from').fill(DAY);
    await page.getByTestId('cash-to').fill(DAY);
    await page.getByRole('button', { name: 'Показать' }).click();
    await page.waitForURL((url) => url.searchParams.get('from') === DAY && url.searchParams.get('to') === DAY);

    // 1000 + 2500,50 − 300 + 99,99; the 00:10 payment belongs to the next day.
    expect(digits(await page.getByTestId('cash-grand-total').textContent())).toBe('3300,49₽');
    expect(digits(await page.getByTestId('cash-method-cash-net').textContent())).toBe('700,00₽');
    expect(digits(await page.getByTestId('cash-method-card-net').textContent())).toBe('2500,50₽');
    expect(digits(await page.getByTestId('cash-method-transfer-net').textContent())).toBe('99,99₽');
    // The refund is written with the minus sign, as in the list of payments below and on the ticket.
    expect(digits(await page.getByTestId('cash-method-cash').textContent())).toContain('−300,00₽');
    expect(await page.getByTestId('cash-payment').count()).toBe(4);
    expect(await page.locator('[data-testid=cash-payment][data-kind=refund]').textContent()).toContain('Клиент передумал');
    expect(await page.getByTestId('cash-payment').last().textContent()).toContain('23:50');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cash-export').click()]);
    expect(download.suggestedFilename()).toBe(`kassa-${DAY}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFВремя;Заявка;Клиент;Вид;Способ;Сумма;Валюта;Принял;Причина')).toBe(true);
    expect(csv).toContain(';Возврат;Наличные;-300,00;RUB;');
    expect(csv).toContain(`${DAY} 23:50;`);
    expect(csv).not.toContain('9999,00');

    const nav = page.locator('aside').first();
    expect(await nav.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await nav.isVisible()).toBe(false);
    expect(await page.getByTestId('cash-print').isVisible()).toBe(false);
    expect(await page.getByTestId('cash-from').isVisible()).toBe(false);
    expect(await page.getByTestId('cash-grand-total').isVisible()).toBe(true);
    expect(await page.getByTestId('cash-signatures').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('a technician is refused the page and the CSV', async () => {
    const page = await signedIn(DEMO.tech);
    expect(await page.locator('nav a[href="/reports/payments"]').count()).toBe(0);
    const response = await page.goto(`/reports/payments?from=${DAY}`);
    expect(response?.status()).toBe(403);
    const csv = await page.request.get(`/reports/payments/export?from=${DAY}`);
    expect(csv.status()).toBe(403);
  });
});
