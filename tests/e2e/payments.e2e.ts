import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/i18n/format';
import { ticketHref } from '@/lib/tickets/number';
import { DEMO, openTicketForm, signedInBrowsers } from './browser';
import { withDatabase } from './fixtures';

/** The demo manager's UI is Russian. */
const signedIn = signedInBrowsers();
const compact = (text: string | null) => (text ?? '').replace(/\s/g, '');
const rub = (minor: number) => compact(formatMoney(minor, 'RUB', 'ru'));

describe('payments on a ticket in Chromium', () => {
  it('the manager takes in a repair with a prepayment, adds a line, takes the rest at handover, prints the certificate with the same totals and closes it; a refund above what was paid is refused', async () => {
    const stamp = Date.now().toString(36).toUpperCase();
    const title = `Е2Е оплата ${stamp}`;
    const client = await withDatabase((db) => db.get<{ id: number }>('SELECT id FROM clients ORDER BY id LIMIT 1'));
    const page = await signedIn(DEMO.manager);

    // Intake with a prepayment of 1 000 ₽ by card and the device's declared value.
    await page.goto(`/tickets/new?client=${client.id}`);
    await page.locator('#field-title').fill(title);
    await page.locator('#field-declaredValueMinor').fill('25 000');
    await page.locator('#field-prepaymentMinor').fill('1000');
    await page.locator('#field-prepaymentMethod').selectOption('card');
    await page.getByTestId('intake-submit').click();
    await page.waitForURL((url) => /^\/tickets\/(?!new$)[^/]+$/.test(url.pathname));
    const { id } = await withDatabase((db) => db.get<{ id: number }>('SELECT id FROM tickets WHERE title = ?', title));
    expect(await withDatabase((db) => db.get('SELECT paid_minor AS paid, declared_value_minor AS declared FROM tickets WHERE id = ?', id))).toEqual({
      paid: 100_000,
      declared: 2_500_000,
    });
    expect(compact(await page.getByTestId('payments-paid').textContent())).toBe(rub(100_000));
    expect(await page.locator('[data-testid=payment-row][data-kind=prepayment]').count()).toBe(1);

    // A typed-in line of 3 500 ₽: the total and the balance due follow it.
    await openTicketForm(page, 'add-line-open');
    const picker = page.getByTestId('catalog-picker-input');
    await picker.fill('Е2Е замена экрана');
    await picker.press('Escape');
    await page.getByTestId('add-line-price').fill('3500');
    await page.getByTestId('add-line-submit').click();
    await page.locator('[data-testid=line-row]', { hasText: 'Е2Е замена экрана' }).waitFor();
    await page.locator('[data-testid=payments-balance]', { hasText: /2\s?500/ }).waitFor();
    expect(compact(await page.getByTestId('payments-total').textContent())).toBe(rub(350_000));
    expect(compact(await page.getByTestId('payments-balance').textContent())).toBe(rub(250_000));

    // Handover: the repair is done and ready; the form starts from the balance due.
    await withDatabase((db) => db.run(`UPDATE tickets SET diagnosis = 'Разбит экран', work_done = 'Заменён экран', status = 'ready', version = version + 1 WHERE id = ?`, id));
    await page.reload();
    await openTicketForm(page, 'payment-open');
    expect(await page.getByTestId('take-amount').inputValue()).toBe('2500');
    await page.getByTestId('take-method').selectOption('cash');
    await page.getByTestId('take-submit').click();
    await page.locator('[data-testid=payment-row][data-kind=payment]').waitFor();
    await page.locator('[data-testid=payments-paid]', { hasText: /3\s?500/ }).waitFor();
    expect(compact(await page.getByTestId('payments-balance').textContent())).toBe(rub(0));
    expect(await withDatabase((db) => db.get('SELECT paid_minor AS paid FROM tickets WHERE id = ?', id))).toEqual({ paid: 350_000 });

    // A refund above what was paid is refused at the field, and nothing is written.
    await openTicketForm(page, 'refund-open');
    await page.getByTestId('refund-amount').fill('3500.01');
    await page.getByTestId('refund-reason').fill('Клиент передумал');
    await page.getByTestId('refund-submit').click();
    const error = page.locator('#refund-payment-amount-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Возврат не может быть больше оплаченного');
    expect(await withDatabase((db) => db.get('SELECT count(*) AS n FROM payments WHERE ticket_id = ?', id))).toEqual({ n: 2 });

    // The completion certificate of the handover: its total and payments are the ticket's.
    const ticketPage = page.url();
    await page.getByTestId('print-certificate').click();
    await page.waitForURL((url) => url.pathname.endsWith('/certificate'));
    expect(await page.getByTestId('certificate-total').getAttribute('data-minor')).toBe('350000');
    expect(compact(await page.getByTestId('certificate-total').textContent())).toBe(rub(350_000));
    expect(compact(await page.getByTestId('certificate-balance').textContent())).toMatch(new RegExp(`^${rub(0)}`));
    await page.goto(ticketPage);

    // Paid in full: the repair closes without an override.
    await page.getByTestId('move-closed').click();
    await page.locator('dialog[open] button[type=submit]').click();
    await page.locator('[data-testid=ticket-status]', { hasText: 'Закрыта' }).waitFor();
  });

  it('renders the forms shown on request only when asked: the address opens one without a click, and the assignee picker’s staff list is not sent until then', async () => {
    const { id } = await withDatabase((db) => db.get<{ id: number }>(`SELECT id FROM tickets WHERE status = 'in_progress' AND paid_minor > 0 ORDER BY id LIMIT 1`));
    const page = await signedIn(DEMO.manager);
    const path = ticketHref(id);
    const html = async (query = '') => (await page.request.get(path + query)).text();

    const closed = await html();
    for (const form of ['payment-form', 'refund-form', 'add-line-form', 'ticket-discount-form', 'assignment-form']) expect(closed).not.toContain(`data-testid="${form}"`);
    expect(closed).toContain(`href="${path}?open=new-payment#new-payment"`);
    expect(closed).toContain(`href="${path}?open=assignee#assignee"`);

    expect(await html('?open=assignee')).toContain('data-testid="assignment-form"');
    expect(await html('?open=nonsense')).not.toContain('data-testid="assignment-form"');

    await page.goto(`${path}?open=refund`);
    await page.getByTestId('refund-reason').waitFor();
    await page.locator('[data-testid=refund-open][aria-expanded=true]').waitFor(); // once hydrated, the link is a button that says it is open
    expect(await page.getByTestId('payment-form').count()).toBe(0);
  });
});
