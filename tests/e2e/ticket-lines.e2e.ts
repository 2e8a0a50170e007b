import { describe, expect, it } from 'vitest';
import { catalogCodeKey, catalogSearchKey } from '@/lib/catalog/search-key';
import { formatMoney } from '@/lib/i18n/format';
import { ticketHref } from '@/lib/tickets/number';
import { DEMO, openTicketForm, signedInBrowsers } from './browser';
import { insertTicket, withDatabase } from './fixtures';

/** The demo manager's UI is Russian. */
const signedIn = signedInBrowsers();
const compact = (text: string | null) => (text ?? '').replace(/\s/g, '');

/** A price-list service dear enough that its ticket tops the list sorted by total. */
const PRICE = 4_999_999_00;
const FREE_PRICE = 500_00;

async function insertService(code: string, name: string) {
  await withDatabase(async (db) => {
    const now = Date.now();
    await db.run(
      `INSERT INTO catalog_items (kind, code, code_key, name, search_key, price_minor, warranty_days, active, created_at, updated_at)
       VALUES ('service', ?, ?, ?, ?, ?, 90, TRUE, ?, ?)`,
      code,
      catalogCodeKey(code),
      name,
      catalogSearchKey(code, name),
      PRICE,
      now,
      now,
    );
  });
}

const totalOf = (id: number) => withDatabase((db) => db.get('SELECT estimate_minor AS total FROM tickets WHERE id = ?', id));

describe('lines of a ticket in Chromium', () => {
  it('the manager adds a price-list line with the keyboard and a typed-in one, sees the total, is refused closing without a diagnosis, and finds the ticket first by total', async () => {
    const stamp = Date.now().toString(36).toUpperCase();
    const code = `E2E-${stamp}`;
    await insertService(code, `Е2Е восстановление платы ${stamp}`);
    const { id } = await insertTicket({ title: `Е2Е строки сметы ${stamp}`, createdBy: DEMO.manager, departmentOf: DEMO.tech });
    await withDatabase((db) => db.run(`UPDATE tickets SET status = 'diagnostics' WHERE id = ?`, id));

    const page = await signedIn(DEMO.manager);
    await page.goto(ticketHref(id));
    expect(await page.getByTestId('lines-empty').isVisible()).toBe(true);

    // From the price list, by the keyboard: type, arrow down, Enter.
    await openTicketForm(page, 'add-line-open');
    const picker = page.getByTestId('catalog-picker-input');
    await picker.click();
    await picker.pressSequentially(code, { delay: 20 });
    await page.locator('[data-testid=catalog-picker-options] [role=option]').first().waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    expect(await picker.inputValue()).toBe(`Е2Е восстановление платы ${stamp}`);
    expect(await page.getByTestId('catalog-picker-value').inputValue()).not.toBe('');
    await page.getByTestId('add-line-submit').click();
    await page.locator('[data-testid=line-row]', { hasText: code }).waitFor();

    // Typed in: a description of our own (Escape closes any suggestions), a price, a warranty.
    await picker.fill('Е2Е чистка от пыли');
    await picker.press('Escape');
    await page.getByTestId('add-line-price').fill('500');
    await page.getByTestId('add-line-warranty').fill('14');
    await page.getByTestId('add-line-submit').click();
    await page.locator('[data-testid=line-row]', { hasText: 'Е2Е чистка от пыли' }).waitFor();

    const total = PRICE + FREE_PRICE;
    await page.locator('[data-testid=lines-total]', { hasText: /\d/ }).waitFor();
    expect(compact(await page.getByTestId('lines-total').textContent())).toBe(compact(formatMoney(total, 'RUB', 'ru')));
    expect(await page.getByTestId('line-row').count()).toBe(2);
    expect(await totalOf(id)).toEqual({ total });

    // Closing a repair without a diagnosis or the work done is refused; a manager is offered "close anyway".
    await withDatabase((db) => db.run(`UPDATE tickets SET status = 'ready', version = version + 1 WHERE id = ?`, id));
    await page.reload();
    await page.getByTestId('move-closed').click();
    await page.locator('dialog[open] button[type=submit]').click();
    const refusal = page.getByTestId('status-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('диагноза');
    expect(await page.getByTestId('close-anyway-reason').isVisible()).toBe(true);
    expect(await page.getByTestId('ticket-status').textContent()).toBe('Готова');

    // The list sorted by total shows it first, with its total.
    await page.goto('/tickets?sort=total');
    const first = page.locator('[data-testid=ticket-table] tbody tr').first();
    expect(await first.locator('td.n a').getAttribute('href')).toBe(ticketHref(id));
    // The total, then what is still to pay (nothing is paid yet).
    expect(compact(await first.locator('td.m').textContent())).toBe(`${compact(formatMoney(total, 'RUB', 'ru'))}коплате${compact(formatMoney(total, 'RUB', 'ru'))}`);
    expect(await page.getByTestId('sort-total').getAttribute('aria-current')).toBe('true');
  });

  it('the manager changes a line’s quantity in its row and removes another after confirming', async () => {
    const stamp = Date.now().toString(36).toUpperCase();
    const { id } = await insertTicket({ title: `Е2Е правка строк ${stamp}`, createdBy: DEMO.manager, departmentOf: DEMO.tech });
    await withDatabase(async (db) => {
      await db.run(`UPDATE tickets SET status = 'diagnostics' WHERE id = ?`, id);
      const add = (name: string, price: number) =>
        db.run(
          `INSERT INTO ticket_lines (ticket_id, kind, name, quantity, unit_price_minor, discount_minor, warranty_days, created_at, updated_at) VALUES (?, 'work', ?, 1, ?, 0, 0, ?, ?)`,
          id,
          name,
          price,
          Date.now(),
          Date.now(),
        );
      await add('Е2Е замена шлейфа матрицы с разборкой корпуса и проверкой подсветки', 1_000_00);
      await add('Е2Е чистка', 300_00);
    });
    const page = await signedIn(DEMO.manager);
    await page.goto(ticketHref(id));
    const cable = page.locator('[data-testid=line-row]', { hasText: 'Е2Е замена шлейфа' });
    const cleaning = page.locator('[data-testid=line-row]', { hasText: 'Е2Е чистка' });

    // Edit and Remove sit side by side beside a long name: stacked, they made every line twice as tall.
    const [edit, remove] = await Promise.all([cable.getByTestId('line-edit').boundingBox(), cable.getByTestId('line-remove').boundingBox()]);
    expect(remove!.y).toBe(edit!.y);

    await cable.getByTestId('line-edit').click();
    expect(await cable.getByTestId('line-edit').getAttribute('aria-expanded')).toBe('true');
    const quantity = cable.getByTestId('line-edit-quantity');
    expect(await quantity.inputValue()).toBe('1');
    await quantity.fill('3');
    await cable.getByTestId('line-edit-save').click();
    await cable.getByTestId('line-total').filter({ hasText: /3\s000/ }).waitFor();
    expect(await cable.getByTestId('line-edit-quantity').count()).toBe(0); // the editor closed

    await cleaning.getByTestId('line-remove').click();
    await cleaning.getByTestId('line-remove-confirm').click();
    await cleaning.waitFor({ state: 'detached' });
    expect(await page.getByTestId('line-row').count()).toBe(1);
    expect(compact(await page.getByTestId('lines-total').textContent())).toBe(compact(formatMoney(3_000_00, 'RUB', 'ru')));
    expect(await totalOf(id)).toEqual({ total: 3_000_00 });

    // On a phone a line is a block: its total and its buttons on the screen, nothing to scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const testId of ['line-total', 'line-edit', 'line-remove']) {
      const box = (await cable.getByTestId(testId).boundingBox())!;
      expect(box.x + box.width, testId).toBeLessThanOrEqual(390);
    }
    expect(await page.getByTestId('lines-table').evaluate((table) => table.parentElement!.scrollWidth - table.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
