import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomInt } from 'node:crypto';
import { chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Actor } from '@/db/queries/tickets';
import { addTicketLine } from '@/lib/estimates/commands';
import { changeTicketStatus } from '@/lib/tickets/commands';
import { ticketHref } from '@/lib/tickets/number';
import { lineAddSchema } from '@/lib/validation/estimates';
import type { RecordedEmail } from '../helpers/fake-resend';
import { DEMO, openBrowser, openTicketForm, signIn, type BrowserSession } from './browser';
import { employeeId, insertTicket, withDatabase } from './fixtures';
import { connectAppToTestDatabase, disconnectApp } from './test-database';

/**
 * The client's decision on the estimate, end to end: a manager prepares the repair in one browser
 * (lines, diagnostics, awaiting approval), the client decides on the public page in a second one
 * without a session, on a 390 × 844 phone screen, with and without JavaScript.
 */

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function staffBrowser(): Promise<Page> {
  const session: BrowserSession = await openBrowser('ru-RU');
  closers.push(session.close);
  await signIn(session.page, DEMO.manager);
  await session.page.waitForURL((url) => url.pathname === '/');
  return session.page;
}

/** The client's phone: no session, 390 px wide, optionally with scripts off. */
async function phone(locale: 'en-US' | 'ru-RU', javaScriptEnabled = true): Promise<Page> {
  const profile = mkdtempSync(path.join(tmpdir(), 'crm-phone-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    locale,
    baseURL: inject('baseURL'),
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    hasTouch: true,
    javaScriptEnabled,
  });
  closers.push(async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
  return context.pages()[0] ?? (await context.newPage());
}

type Line = { name: string; quantity: string; price: string; warranty: string };

const BATTERY: Line = { name: 'Замена аккумулятора ноутбука с калибровкой контроллера питания', quantity: '1', price: '4500', warranty: '180' };
const PORT: Line = { name: 'Чистка разъёма', quantity: '2', price: '250', warranty: '0' };
const FILM: Line = { name: 'Защитная плёнка', quantity: '1', price: '300', warranty: '30' };

/**
 * Where a test is about the client's side, the desk's part is done by the same commands the staff
 * pages call, run here against the server's database: the lines, diagnostics, awaiting approval.
 */
let manager: Actor;
beforeAll(async () => {
  connectAppToTestDatabase();
  manager = { id: await withDatabase((db) => employeeId(db, DEMO.manager)), fullName: 'E2E desk', role: 'manager' };
});
afterAll(() => disconnectApp());

const addLineByCommand = async (ticketId: number, line: Line) =>
  await addTicketLine(lineAddSchema.parse({ ticketId: String(ticketId), kind: 'work', name: line.name, quantity: line.quantity, unitPriceMinor: line.price, warrantyDays: line.warranty }), manager);

function newRepair(title: string) {
  const n = randomInt(1_000_000, 9_999_999);
  return insertTicket({ title, assignee: DEMO.tech, client: { name: `E2E Estimate Client ${n}`, email: `e2e-estimate-${n}@client.test`, locale: 'en' } });
}

/** A repair with two lines (4 500 + 2 × 250 = 5 000 ₽), through diagnostics to awaiting approval: estimate version 1. */
async function awaitingApproval(title: string) {
  const ticket = await newRepair(title);
  await addLineByCommand(ticket.id, BATTERY);
  await addLineByCommand(ticket.id, PORT);
  await changeTicketStatus(ticket.id, 'diagnostics', manager);
  await changeTicketStatus(ticket.id, 'awaiting_approval', manager);
  return ticket;
}

/** The lines card of the staff ticket page. */
async function addLineInUi(staff: Page, line: Line) {
  const rows = await staff.getByTestId('line-row').count();
  await openTicketForm(staff, 'add-line-open');
  await staff.getByTestId('catalog-picker-input').fill(line.name);
  await staff.getByTestId('add-line-quantity').fill(line.quantity);
  await staff.getByTestId('add-line-price').fill(line.price);
  await staff.getByTestId('add-line-warranty').fill(line.warranty);
  await staff.getByTestId('add-line-submit').click();
  await staff.getByTestId('line-row').nth(rows).waitFor();
}

async function move(staff: Page, to: string, label: string) {
  await staff.getByTestId(`move-${to}`).click();
  await staff.locator('[data-testid=ticket-status]', { hasText: label }).waitFor();
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways at 390 px').toBeLessThanOrEqual(0);
}

async function expectThumbSized(...targets: Locator[]) {
  for (const target of targets) {
    const box = await target.boundingBox();
    expect(box, 'visible').not.toBeNull();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
}

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

const normal = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The client's side of an approval at 390 px, from the page to the confirmation to the result. */
async function approveOnPhone(client: Page, token: string) {
  await client.goto(`/status/${token}`);
  const estimate = client.getByTestId('public-estimate');
  await estimate.waitFor();
  expect(await client.getByTestId('public-status').getAttribute('data-status')).toBe('awaiting_approval');
  // The status says the decision is here, not "we will contact you".
  expect(await client.getByTestId('public-status-hint').textContent()).toBe('The estimate is below: approve or decline it right here, and we carry on as you decide.');
  expect(await estimate.getByRole('heading').first().textContent()).toBe('Estimate, version 1');
  expect(await client.getByTestId('public-estimate-line').count()).toBe(2);
  expect(await client.getByTestId('public-estimate-warranty').allTextContents()).toEqual(['Warranty: 180 days', 'Warranty: none']);
  expect(normal(await client.getByTestId('public-estimate-total').textContent())).toBe('RUB 5,000.00');
  await expectNoHorizontalScroll(client);
  await expectThumbSized(client.getByTestId('estimate-approve'), client.getByTestId('estimate-decline'));

  await client.getByTestId('estimate-approve').click();
  const confirm = client.getByTestId('estimate-confirm');
  await confirm.waitFor();
  expect(new URL(client.url()).search).toBe('?decide=approve&v=1');
  expect(normal(await confirm.textContent())).toContain('Approve the estimate, version 1, total RUB 5,000.00?');
  await expectNoHorizontalScroll(client);
  await expectThumbSized(client.getByTestId('estimate-confirm-submit'), client.getByTestId('estimate-confirm-cancel'));

  await client.getByTestId('estimate-confirm-submit').click();
  await client.waitForURL((url) => url.searchParams.get('result') === 'approved');
  await client.locator('[data-testid=public-status][data-status=in_progress]').waitFor();
  expect(await client.getByTestId('public-status-hint').textContent()).toBe('We are repairing the device or preparing the answer to your question.');
  expect(await client.getByTestId('public-estimate-result').textContent()).toContain('we start the repair');
  expect(await client.getByTestId('public-estimate-decision').getAttribute('data-decision')).toBe('approved');
  await client.locator('[data-testid=public-event][data-kind=estimate_decided]', { hasText: 'You approved the estimate, version 1' }).waitFor();
  await expectNoHorizontalScroll(client);
}

describe('the client decides on the estimate from their phone', () => {
  it('a manager prepares the estimate on the ticket page; the client approves it on a phone; the ticket’s timeline shows the client’s decision', async () => {
    const staff = await staffBrowser();
    const ticket = await newRepair('Ноутбук не заряжается (смета из карточки заявки)');
    await staff.goto(ticketHref(ticket.id));
    await addLineInUi(staff, BATTERY);
    await addLineInUi(staff, PORT);
    await move(staff, 'diagnostics', 'Диагностика');
    await move(staff, 'awaiting_approval', 'Ждёт согласования');

    await approveOnPhone(await phone('en-US'), ticket.token);

    await staff.reload();
    await staff.locator('[data-testid=ticket-status]', { hasText: 'В работе' }).waitFor();
    const decided = staff.locator('[data-testid=timeline-event]', { hasText: 'клиент, на странице статуса' });
    await decided.first().waitFor();
    expect(normal(await decided.first().textContent())).toContain('версия 1');
  });

  it('approves in two taps on a 390 px phone: the ticket goes in progress and the assignee is mailed', async () => {
    const ticket = await awaitingApproval('Ноутбук не заряжается (смета, согласие)');
    await approveOnPhone(await phone('en-US'), ticket.token);
    const mail = await waitForMail((m) => m.body.to === DEMO.tech && (m.idempotencyKey ?? '').startsWith(`estimate_decided:${ticket.id}:v1:`));
    expect(mail.body.subject).toContain('Согласовано');
  });

  it('declines with a reason after a replaced version: the old link says so, the ticket is ready, returned without repair', async () => {
    const ticket = await awaitingApproval('Ноутбук не заряжается (смета, отказ)');
    // The desk finds one more thing while the client is deciding: version 2 replaces version 1.
    await addLineByCommand(ticket.id, FILM);

    const client = await phone('en-US');
    await client.goto(`/status/${ticket.token}?decide=decline&v=1#estimate`);
    const stale = client.getByTestId('public-estimate-stale');
    await stale.waitFor();
    expect(await stale.textContent()).toContain('Version 1 of the estimate was withdrawn and replaced by version 2');
    expect(await client.getByTestId('estimate-confirm').count()).toBe(0);
    expect(normal(await client.getByTestId('public-estimate-total').textContent())).toBe('RUB 5,300.00');

    await client.getByTestId('estimate-decline').click();
    await client.getByTestId('estimate-confirm').waitFor();
    expect(new URL(client.url()).search).toBe('?decide=decline&v=2');
    await client.getByTestId('estimate-reason').fill('Too expensive, I will buy a new one');
    await expectNoHorizontalScroll(client);
    await client.getByTestId('estimate-confirm-submit').click();
    await client.waitForURL((url) => url.searchParams.get('result') === 'declined');
    await client.locator('[data-testid=public-status][data-status=ready]').waitFor();
    expect(await client.getByTestId('public-outcome').textContent()).toBe('Returned without repair');
    expect(await client.getByTestId('public-estimate-result').textContent()).toContain('We will return the device without repair');
    expect(await client.getByTestId('public-estimate-decision').getAttribute('data-decision')).toBe('declined');
    await expectNoHorizontalScroll(client);
    const row = await withDatabase((db) => db.get('SELECT status, outcome FROM tickets WHERE id = ?', ticket.id));
    expect(row).toEqual({ status: 'ready', outcome: 'returned_without_repair' });
  });

  it('works with JavaScript off, in Russian: the confirmation is a page of its own and the decision a plain form post', async () => {
    const ticket = await awaitingApproval('Ноутбук не заряжается (без JavaScript)');

    const client = await phone('ru-RU', false);
    await client.goto(`/status/${ticket.token}`);
    await client.getByTestId('public-estimate').waitFor();
    expect(await client.getByTestId('estimate-approve').textContent()).toBe('Согласовать');
    await expectNoHorizontalScroll(client);
    await client.getByTestId('estimate-approve').click();
    await client.waitForURL((url) => url.searchParams.get('decide') === 'approve');
    expect(normal(await client.getByTestId('estimate-confirm').textContent())).toContain('Согласовать смету, версия 1, итого 5 000,00 ₽?');
    await expectThumbSized(client.getByTestId('estimate-confirm-submit'));
    await client.getByTestId('estimate-confirm-submit').click();
    await client.waitForURL((url) => url.searchParams.get('result') === 'approved');
    expect(await client.getByTestId('public-status').getAttribute('data-status')).toBe('in_progress');
    expect(await client.getByTestId('public-estimate-result').textContent()).toContain('Спасибо!');

    // The mail's other button, pressed later: the decision stands and nothing is offered to confirm.
    await client.goto(`/status/${ticket.token}?decide=decline&v=1#estimate`);
    expect(await client.getByTestId('estimate-confirm').count()).toBe(0);
    expect(await client.getByTestId('public-estimate-decision').getAttribute('data-decision')).toBe('approved');
  });
});
