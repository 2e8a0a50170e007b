import { randomBytes, randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { QR_OPTIONS } from '@/lib/status/qr';
import { formatTicketNumber, parseTicketNumber, ticketHref } from '@/lib/tickets/number';
import type { RecordedEmail } from '../helpers/fake-resend';
import { DEMO, openBrowser, openTicketForm, signIn, type BrowserSession } from './browser';
import { withDatabase } from './fixtures';

/** Staff work in Russian (their own setting); the client's browser asks for English. */
const sessions: BrowserSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

async function open(locale: 'ru-RU' | 'en-US'): Promise<Page> {
  const session = await openBrowser(locale);
  sessions.push(session);
  return session.page;
}

/** A client who agreed to e-mails, in English, as the client card would save them. */
async function insertClient() {
  const n = randomInt(1_000_000, 9_999_999);
  const client = { name: `E2E Status Client ${n}`, email: `e2e-status-${n}@client.test`, phone: `+7977${n}` };
  const { id } = await withDatabase((db) => {
    const now = Date.now();
    return db.get<{ id: number }>(
      `INSERT INTO clients (kind, name, phone, email, locale, notify, notes, created_at, updated_at)
       VALUES ('person', ?, ?, ?, 'en', TRUE, '', ?, ?) RETURNING id`,
      client.name,
      client.phone,
      client.email,
      now,
      now,
    );
  });
  return { id, ...client };
}

const tokenOf = (id: number) => withDatabase(async (db) => (await db.get<{ t: string }>('SELECT public_token AS t FROM tickets WHERE id = ?', id)).t);

async function waitForMail(predicate: (m: RecordedEmail) => boolean, timeoutMs = 10_000): Promise<RecordedEmail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { emails } = (await (await fetch(`${inject('fakeResendURL')}/__emails`)).json()) as { emails: RecordedEmail[] };
    const found = emails.find((m) => m.status === 200 && predicate(m));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no such mail within ${timeoutMs} ms`);
}

const statusLinkIn = (mail: RecordedEmail) => /href="([^"]*\/status\/[A-Za-z0-9_-]+)"/.exec(mail.body.html ?? '')?.[1];
const pathData = (svg: string) => [...svg.matchAll(/\sd="([^"]+)"/g)].map((m) => m[1]);

async function pngSize(url: string) {
  const res = await fetch(url);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const view = new DataView(bytes.buffer);
  return { status: res.status, type: res.headers.get('content-type'), width: view.getUint32(16), height: view.getUint32(20) };
}

/** The print page's own CSS (Playwright's text filters skip <style> elements). */
const pageRules = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').filter((css) => css.includes('@page')).join('\n'));

const SERIAL = `SN-E2E-${randomInt(100_000_000, 999_999_999)}`;
const INTERNAL = 'Внутреннее: клиент торопится, скидку не давать';
const PUBLIC = 'Заказали новый аккумулятор, придёт в четверг.';

describe('the client’s side in Chromium', () => {
  it('the client follows the mailed link, sees each change with the public comment only, and the receipt’s QR code is that link', async () => {
    const client = await insertClient();
    const staff = await open('ru-RU');
    await signIn(staff, DEMO.manager);
    await staff.waitForURL((url) => url.pathname === '/');

    // Intake, as the desk does it: the client gets the "request registered" mail with the link.
    await staff.goto(`/tickets/new?client=${client.id}`);
    await staff.locator('#field-title').fill('Ноутбук не заряжается');
    await staff.locator('#field-deviceType').fill('Ноутбук');
    await staff.locator('#field-brand').fill('Lenovo');
    await staff.locator('#field-model').fill('ThinkPad T14');
    await staff.locator('#field-serialNumber').fill(SERIAL);
    await staff.locator('#field-description').fill('ПРИВАТНОЕ описание от клиента');
    await staff.getByTestId('intake-submit').click();
    await staff.waitForURL((url) => /^\/tickets\/SC-\d{6}$/.test(url.pathname));
    const id = parseTicketNumber(new URL(staff.url()).pathname.split('/').pop()!)!;
    // A line: the client sees lines only in an estimate sent for their decision, not here.
    await openTicketForm(staff, 'add-line-open');
    const picker = staff.getByTestId('catalog-picker-input');
    await picker.fill('ПРИВАТНАЯ замена платы');
    await picker.press('Escape');
    await staff.getByTestId('add-line-price').fill('4 567,89');
    await staff.getByTestId('add-line-submit').click();
    await staff.locator('[data-testid=line-row]', { hasText: 'ПРИВАТНАЯ замена платы' }).waitFor();

    const mail = await waitForMail((m) => m.idempotencyKey === `ticket_created:${id}`);
    expect(mail.body.to).toBe(client.email);
    const link = statusLinkIn(mail)!;
    expect(link).toBe(`${inject('baseURL')}/status/${await tokenOf(id)}`);

    const visitor = await open('en-US');
    const first = await visitor.goto(link);
    expect(first?.status()).toBe(200);
    expect(await visitor.getByTestId('public-number').textContent()).toBe(`Request ${formatTicketNumber(id)}`);
    expect(await visitor.getByTestId('public-status').textContent()).toBe('Received');
    expect(await visitor.locator('meta[name=robots]').getAttribute('content')).toContain('noindex');
    expect(await visitor.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    const ogImage = (await visitor.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(ogImage).toContain(`/status/${await tokenOf(id)}/opengraph-image`);
    expect(await pngSize(ogImage)).toEqual({ status: 200, type: 'image/png', width: 1200, height: 630 });

    // The manager comments for staff, starts the work and tells the client something.
    await staff.locator('#comment-body').fill(INTERNAL);
    await staff.getByRole('button', { name: 'Добавить комментарий' }).click();
    await staff.locator('[data-testid=timeline-event]', { hasText: INTERNAL }).waitFor();
    await staff.getByTestId('move-in_progress').click();
    await staff.locator('[data-testid=ticket-status]', { hasText: 'В работе' }).waitFor();
    await staff.locator('#comment-body').fill(PUBLIC);
    await staff.locator('#comment-public').check();
    await staff.getByRole('button', { name: 'Добавить комментарий' }).click();
    await staff.locator('[data-testid=timeline-event]', { hasText: PUBLIC }).waitFor();

    await visitor.reload();
    expect(await visitor.getByTestId('public-status').textContent()).toBe('Work in progress');
    expect(await visitor.getByTestId('public-comment').allTextContents()).toEqual([PUBLIC]);
    const html = await visitor.content();
    for (const secret of [INTERNAL, SERIAL, 'ПРИВАТНОЕ', 'ПРИВАТНАЯ', DEMO.manager, client.email, client.phone, client.name]) {
      expect(html.includes(secret), secret).toBe(false);
    }

    // The receipt: its QR code draws exactly the link from the mail.
    await staff.getByTestId('print-receipt').click();
    await staff.waitForURL((url) => url.pathname === ticketHref(id, '/print'));
    const qr = staff.getByTestId('receipt-qr');
    expect(await qr.getAttribute('data-url')).toBe(link);
    const printed = await qr.locator('svg path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
    expect(printed).toEqual(pathData(await QRCode.toString(link, QR_OPTIONS)));
    expect(await staff.getByTestId('receipt-serial').textContent()).toBe(SERIAL);
    expect(await pageRules(staff)).toContain('size: A4');
    await staff.getByTestId('print-option-receipt-a5').click();
    await staff.waitForURL((url) => url.searchParams.get('size') === 'a5');
    expect(await pageRules(staff)).toContain('size: A5');
    await staff.getByTestId('print-option-label').click();
    await staff.getByTestId('device-label').waitFor();
    expect(await staff.getByTestId('label-number').textContent()).toBe(formatTicketNumber(id));
  });

  it('a replaced link answers 404 at once; the new one is mailed, found by lookup, and the lookup stays neutral on a miss', async () => {
    const client = await insertClient();
    const id = await withDatabase(async (db) => {
      const now = Date.now();
      const dept = (await db.get<{ id: number }>('SELECT id FROM departments ORDER BY id LIMIT 1')).id;
      const row = await db.get<{ id: number }>(
        `INSERT INTO tickets (public_token, kind, channel, client_id, department_id, title, description, status, priority, version, created_at, updated_at)
         VALUES (?, 'repair', 'walk_in', ?, ?, 'Телефон не включается', '', 'new', 'normal', 1, ?, ?)
         RETURNING id`,
        randomBytes(18).toString('base64url'),
        client.id,
        dept,
        now,
        now,
      );
      return row.id;
    });
    const oldLink = `${inject('baseURL')}/status/${await tokenOf(id)}`;
    const visitor = await open('en-US');
    expect((await visitor.goto(oldLink))?.status()).toBe(200);

    const staff = await open('ru-RU');
    await signIn(staff, DEMO.manager);
    await staff.waitForURL((url) => url.pathname === '/');
    await staff.goto(ticketHref(id));
    expect(await staff.getByTestId('public-link').inputValue()).toBe(oldLink);
    await staff.getByTestId('public-link-copy').click();
    // Copied, or (where the browser refuses the clipboard) told how to copy from the field.
    await staff.locator('[data-testid=public-link-copy-result]', { hasText: /\S/ }).waitFor();

    await staff.getByTestId('public-link-regenerate').getByRole('button', { name: 'Заменить ссылку' }).click();
    await staff.getByRole('dialog').getByRole('button', { name: 'Заменить ссылку' }).click();
    await staff.getByTestId('public-link-regenerate-result').waitFor();
    const newLink = `${inject('baseURL')}/status/${await tokenOf(id)}`;
    expect(newLink).not.toBe(oldLink);
    await staff.locator(`[data-testid=public-link][value="${newLink}"]`).waitFor();

    const gone = await visitor.goto(oldLink);
    expect(gone?.status()).toBe(404);
    await visitor.getByTestId('status-not-found').waitFor();
    expect((await fetch(`${oldLink}/opengraph-image`)).status).toBe(404);
    expect((await visitor.goto(newLink))?.status()).toBe(200);

    await staff.getByTestId('public-link-resend').getByRole('button').click();
    expect(await staff.getByTestId('public-link-resend-result').textContent()).toContain(client.email);
    const mail = await waitForMail((m) => m.body.to === client.email && (m.idempotencyKey ?? '').startsWith(`link:${id}:`));
    expect(statusLinkIn(mail)).toBe(newLink);

    // The lookup: any way of writing the number and the phone; a miss says nothing specific.
    await visitor.goto('/status');
    await visitor.locator('#field-number').fill(`sc ${id}`);
    await visitor.locator('#field-contact').fill('+7 977 000-00-00');
    await visitor.getByTestId('lookup-form').getByRole('button').click();
    expect(await visitor.getByTestId('lookup-miss').textContent()).toContain('We could not find a request');
    await visitor.locator('#field-contact').fill(`8 (977) ${client.phone.slice(5, 8)}-${client.phone.slice(8, 10)}-${client.phone.slice(10)}`);
    await visitor.getByTestId('lookup-form').getByRole('button').click();
    await visitor.waitForURL((url) => url.href === newLink);
    expect(await visitor.getByTestId('public-status').textContent()).toBe('Received');
  });
});
