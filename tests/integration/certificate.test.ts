/**
 * The handover documents (issue 17, point 3): the completion certificate and the refusal note at
 * /tickets/[number]/certificate, in the client's language, with the ticket's own totals, the
 * payments and balance, each line's warranty end date in APP_TIMEZONE, and the signatures; the
 * intake receipt's additions; the ticket page's link; the 'ready' mail's balance due.
 */
import { eq } from 'drizzle-orm';
import { transaction } from '@/db';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import CertificatePage from '@/app/(staff)/tickets/[number]/certificate/page';
import PrintPage from '@/app/(staff)/tickets/[number]/print/page';
import { handoverDocumentLinkHtml } from '@/app/(staff)/tickets/[number]/certificate/_components/document-link';
import { clients, employees, notifications, payments, tickets } from '@/db/tables';
import { getTicket, type Actor } from '@/db/queries/tickets';
import type { Locale, PaymentKind } from '@/lib/domain/enums';
import { resetEnvForTests } from '@/lib/env';
import { addTicketLine, setTicketDiscount } from '@/lib/estimates/commands';
import { priceLines } from '@/lib/estimates/lines';
import { listTicketLines } from '@/db/queries/ticket-lines';
import { messagesFor } from '@/lib/i18n/messages';
import { enqueueStatusChanged } from '@/lib/notifications/enqueue';
import type { StatusChangedPayload } from '@/lib/notifications/payload';
import { createTicket } from '@/lib/tickets/commands';
import { formatTicketNumber } from '@/lib/tickets/number';
import type { LineInput } from '@/lib/validation/estimates';
import { intakeOf, makeClient, makeDepartment, makeEmployee } from '../helpers/records';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const database = setupTestDatabase();
let desk: Staff;
let manager: Actor;
let departmentId: number;

const line = (ticketId: number, patch: Partial<LineInput>): LineInput => ({
  ticketId,
  catalogItemId: null,
  kind: 'work',
  name: null,
  quantity: 1,
  unitPriceMinor: null,
  discountMinor: 0,
  warrantyDays: 0,
  stockOverrideReason: null,
  ...patch,
});

async function clientOf(locale: Locale, name: string) {
  const id = (await makeClient(database())).id;
  await database().update(clients).set({ locale, name, email: `${locale}-${id}@client.test`, notify: true }).where(eq(clients.id, id));
  return id;
}

async function pay(ticketId: number, kind: PaymentKind, amountMinor: number, at: string) {
  await database()
    .insert(payments)
    .values({ ticketId, kind, method: kind === 'prepayment' ? 'cash' : 'card', amountMinor, currency: 'RUB', reason: kind === 'refund' ? 'Returned' : null, takenById: desk.id, takenByName: desk.fullName, createdAt: new Date(at) });
  const sign = kind === 'refund' ? -amountMinor : amountMinor;
  const row = (await getTicket(ticketId))!;
  await database().update(tickets).set({ paidMinor: row.paidMinor + sign }).where(eq(tickets.id, ticketId));
}

/** A repaired laptop: two lines with warranty, a ticket discount, a prepayment and a payment, closed late in the Moscow evening. */
async function repairedTicket(locale: Locale) {
  const ticket = await createTicket(
    intakeOf(await clientOf(locale, locale === 'ru' ? 'Пётр Смирнов' : 'John Smith'), departmentId, {
      assigneeId: manager.id,
      deviceType: 'Laptop',
      brand: 'Lenovo',
      model: 'T14',
      serialNumber: 'SN-CERT-001',
      title: 'Does not start',
    }),
    manager,
  );
  await addTicketLine(line(ticket.id, { name: 'Замена разъёма питания', unitPriceMinor: 250_000, warrantyDays: 90 }), manager);
  await addTicketLine(line(ticket.id, { kind: 'part', name: 'Разъём DC', quantity: 2, unitPriceMinor: 40_050, discountMinor: 10_000, warrantyDays: 30 }), manager);
  await addTicketLine(line(ticket.id, { name: 'Чистка', unitPriceMinor: 33_333, warrantyDays: 0 }), manager);
  await setTicketDiscount({ ticketId: ticket.id, discountMinor: 3_333 }, manager);
  await pay(ticket.id, 'prepayment', 100_000, '2026-02-20T10:00:00Z');
  await pay(ticket.id, 'payment', 50_000, '2026-03-01T20:00:00Z');
  // 22:30 UTC on 1 March is 01:30 on 2 March in Moscow: the warranty counts from 2 March.
  await database()
    .update(tickets)
    .set({ status: 'closed', closedAt: new Date('2026-03-01T22:30:00Z'), diagnosis: 'Сломан разъём питания', workDone: 'Разъём заменён' })
    .where(eq(tickets.id, ticket.id));
  return (await getTicket(ticket.id))!;
}

async function render(number: string, query: Record<string, string> = {}) {
  return renderToStaticMarkup(await CertificatePage({ params: Promise.resolve({ number }), searchParams: Promise.resolve(query) }));
}

/** The receipt's QR code is an async component: wait for it as the server does. */
async function renderAsync(node: ReactNode): Promise<string> {
  const { prelude } = await prerender(node);
  return new Response(prelude).text();
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const testIdText = (html: string, id: string) => {
  const match = new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`).exec(html);
  return match?.[1].replace(/\s/g, ' ');
};

beforeAll(async () => {
  process.env.COMPANY_LEGAL_NAME = 'ООО «Сервис»';
  process.env.COMPANY_TAX_ID = '7701234567';
  process.env.COMPANY_REG_ID = '1027700000000';
  resetEnvForTests();
  departmentId = (await makeDepartment(database())).id;
  const e = await makeEmployee(database(), { departmentId, role: 'manager' });
  await database().update(employees).set({ fullName: 'Анна Кассирова', position: 'Администратор приёмки' }).where(eq(employees.id, e.id));
  desk = { id: e.id, fullName: 'Анна Кассирова', email: e.email, role: 'manager', locale: 'en', departmentId };
  manager = { id: e.id, fullName: desk.fullName, role: 'manager' };
  signInAs(desk);
});

afterAll(() => {
  delete process.env.COMPANY_LEGAL_NAME;
  delete process.env.COMPANY_TAX_ID;
  delete process.env.COMPANY_REG_ID;
  resetEnvForTests();
});

describe('the completion certificate', () => {
  it("prints the ticket's lines, totals equal to the ticket page's, payments, balance and signatures, in the client's Russian", async () => {
    const ticket = await repairedTicket('ru');
    const html = await render(formatTicketNumber(ticket.id));
    const page = priceLines(await listTicketLines(ticket.id), ticket.discountMinor).totals;

    expect(html).toContain('lang="ru"');
    expect(html).toContain('Акт выполненных работ');
    expect(html).toContain('data-document="certificate"');
    // Totals: 2500 + (2×400.50 − 100) + 333.33 − 33.33 = 3501.00 ₽, the same as the ticket's.
    expect(page.totalMinor).toBe(350_100);
    expect(ticket.estimateMinor).toBe(350_100);
    expect(html).toContain(`data-testid="certificate-total" data-minor="${page.totalMinor}"`);
    expect(testIdText(html, 'certificate-total')).toBe('3 501,00 ₽');
    expect(html.match(/data-testid="certificate-line"/g)).toHaveLength(3);
    // Paid 1000 + 500, balance 2001.00.
    expect(html).toContain('data-testid="certificate-paid" data-minor="150000"');
    expect(testIdText(html, 'certificate-balance')).toBe('2 001,00 ₽');
    expect(html.match(/data-testid="certificate-payment"/g)).toHaveLength(2);
    expect(text(html)).toContain('Предоплата, наличные');

    // The company, the client, the device and the work.
    expect(html).toContain('ООО «Сервис»');
    expect(text(html)).toContain('ИНН 7701234567 · ОГРН 1027700000000');
    expect(testIdText(html, 'certificate-client')).toBe('Пётр Смирнов');
    expect(testIdText(html, 'certificate-serial')).toBe('SN-CERT-001');
    expect(testIdText(html, 'certificate-diagnosis')).toBe('Сломан разъём питания');
    expect(testIdText(html, 'certificate-work-done')).toBe('Разъём заменён');
    expect(text(html)).toContain('Исполнитель выполнил, а заказчик принял');

    // Signatures: the executor's position and name, and the client.
    expect(text(html)).toMatch(/От исполнителя Администратор приёмки, Анна Кассирова/);
    expect(text(html)).toMatch(/Заказчик Пётр Смирнов/);
    expect(html).toContain('@page { size: A4 portrait');
  });

  it('dates each line’s warranty from the Moscow day of closing, and says when a line has none', async () => {
    const ticket = await repairedTicket('ru');
    const html = await render(String(ticket.id));
    const ends = [...html.matchAll(/data-testid="certificate-line-warranty" data-end="([^"]*)"/g)].map((m) => m[1]);
    expect(ends).toEqual(['2026-05-31', '2026-04-01', '']);
    expect(text(html)).toContain('90 дн., до 31 мая 2026 г.');
    expect(text(html)).toContain('Гарантийные сроки исчисляются со дня выдачи.');
    expect(testIdText(html, 'certificate-handed-over')).toBe('2 мар. 2026 г.');
  });

  it("speaks the client's English, whatever the staff member's language, and the desk may switch it", async () => {
    const ticket = await repairedTicket('en');
    const html = await render(formatTicketNumber(ticket.id));
    expect(html).toContain('lang="en"');
    expect(html).toContain('Completion certificate');
    expect(testIdText(html, 'certificate-total')).toBe('RUB 3,501.00');
    expect(text(html)).toContain('90 d., until 31 May 2026');
    expect(text(html)).not.toContain('Акт выполненных работ');
    const ru = await render(formatTicketNumber(ticket.id), { lang: 'ru' });
    expect(ru).toContain('lang="ru"');
    expect(testIdText(ru, 'certificate-total')).toBe('3 501,00 ₽');
  });

  it('before handover counts the warranty from today and says so', async () => {
    const ticket = await createTicket(intakeOf(await clientOf('ru', 'Клиент'), departmentId, { assigneeId: manager.id }), manager);
    await addTicketLine(line(ticket.id, { name: 'Работа', unitPriceMinor: 100_000, warrantyDays: 10 }), manager);
    const html = await render(String(ticket.id));
    expect(html).toContain('data-testid="certificate-draft"');
    expect(testIdText(html, 'certificate-handed-over')).toBe('при выдаче');
    expect(text(html)).toContain('рассчитаны на выдачу сегодня');
    expect(testIdText(html, 'certificate-balance')).toBe('1 000,00 ₽');
  });
});

describe('the refusal note', () => {
  it('replaces the certificate when the client declined, with the diagnostic fee as its lines', async () => {
    const ticket = await createTicket(intakeOf(await clientOf('ru', 'Ольга Отказова'), departmentId, { assigneeId: manager.id, serialNumber: 'SN-REF' }), manager);
    await addTicketLine(line(ticket.id, { name: 'Диагностика', unitPriceMinor: 80_000 }), manager);
    await database().update(tickets).set({ status: 'ready', outcome: 'returned_without_repair', diagnosis: 'Залитие платы' }).where(eq(tickets.id, ticket.id));
    const html = await render(formatTicketNumber(ticket.id));
    expect(html).toContain('data-document="refusal"');
    expect(html).toContain('Акт возврата без ремонта');
    expect(text(html)).toContain('Диагностика к оплате');
    expect(testIdText(html, 'certificate-total')).toBe('800,00 ₽');
    expect(text(html)).toContain('Устройство возвращается без ремонта');
    expect(html).not.toContain('data-testid="certificate-work-done"');
    expect(html).not.toContain('data-testid="certificate-warranty-terms"');
    expect(html).not.toContain('data-testid="certificate-draft"');
  });

  it('says the diagnostics is free when there is no fee line', async () => {
    const ticket = await createTicket(intakeOf(await clientOf('en', 'Free Diagnostics'), departmentId, {}), manager);
    await database().update(tickets).set({ status: 'ready', outcome: 'returned_without_repair' }).where(eq(tickets.id, ticket.id));
    const html = await render(String(ticket.id));
    expect(html).toContain('Refusal note');
    expect(html).toContain('data-testid="certificate-no-lines"');
    expect(text(html)).toContain('Diagnostics free of charge.');
  });
});

describe('the route', () => {
  it('is the 404 page for a ticket number that does not exist or does not parse', async () => {
    for (const number of ['SC-999999', 'nonsense']) {
      await expect(render(number)).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_HTTP_ERROR_FALLBACK;404') });
    }
  });

  it('sends a signed-out visitor to sign in', async () => {
    signInAs(null);
    await expect(render('1')).rejects.toMatchObject({ digest: expect.stringContaining('/login') });
    signInAs(desk);
  });
});

describe('the ticket page link', () => {
  const link = (ticket: Pick<Awaited<ReturnType<typeof repairedTicket>>, 'id' | 'status' | 'outcome'>) => {
    return handoverDocumentLinkHtml(ticket, messagesFor('en').documents)?.value ?? '';
  };

  it('appears once the ticket is ready or closed, naming the right document', () => {
    expect(link({ id: 7, status: 'in_progress', outcome: null })).toBe('');
    expect(link({ id: 7, status: 'ready', outcome: null })).toContain('href="/tickets/SC-000007/certificate"');
    expect(link({ id: 7, status: 'closed', outcome: null })).toContain('Completion certificate');
    expect(link({ id: 7, status: 'ready', outcome: 'returned_without_repair' })).toContain('Refusal note');
  });
});

describe('the intake receipt', () => {
  it('names the company details, the declared value, the prepayment, the warranty terms and who took the order', async () => {
    const ticket = await createTicket(intakeOf(await clientOf('ru', 'Вера Приёмова'), departmentId, { declaredValueMinor: 4_500_000 }), manager);
    await database().update(tickets).set({ declaredValueMinor: 4_500_000 }).where(eq(tickets.id, ticket.id));
    await pay(ticket.id, 'prepayment', 150_000, '2026-03-01T10:00:00Z');
    const html = await renderAsync(await PrintPage({ params: Promise.resolve({ number: String(ticket.id) }), searchParams: Promise.resolve({}) }));
    expect(text(html)).toContain('ИНН 7701234567 · ОГРН 1027700000000');
    expect(testIdText(html, 'receipt-declared-value')).toBe('45 000,00 ₽ (со слов клиента)');
    expect(testIdText(html, 'receipt-prepayment')).toBe('1 500,00 ₽');
    expect(text(html)).toContain('в пределах, установленных договором и законом');
    expect(text(html)).not.toMatch(/двукратн|в двойном размере/);
    expect(html).toContain('data-testid="receipt-warranty-terms"');
    expect(text(html)).toMatch(/Принял \(сервисный центр\) Администратор приёмки, Анна Кассирова/);
    expect(text(html)).toMatch(/Сдал \(клиент\) Вера Приёмова/);
  });

  it('says "none" without a prepayment or a declared value', async () => {
    const ticket = await createTicket(intakeOf(await clientOf('en', 'No Money'), departmentId, {}), manager);
    const html = await renderAsync(await PrintPage({ params: Promise.resolve({ number: String(ticket.id) }), searchParams: Promise.resolve({}) }));
    expect(testIdText(html, 'receipt-prepayment')).toBe('none');
    expect(testIdText(html, 'receipt-declared-value')).toBe('—');
  });
});

describe("the client's 'ready' mail", () => {
  const readyPayload = async (ticketId: number) => {
    const row = (await database().select().from(notifications).where(eq(notifications.ticketId, ticketId))).find((n) => n.dedupeKey.startsWith('status_changed'));
    return row?.payload as StatusChangedPayload | undefined;
  };

  it('carries the balance due when something is left to pay, and nothing when all is paid', async () => {
    const ticket = await repairedTicket('ru');
    const ready = { ...ticket, status: 'ready' as const, version: ticket.version + 1 };
    await transaction(async (tx) => await enqueueStatusChanged(tx, ready, 'in_progress', 'ready'));
    expect(await readyPayload(ticket.id)).toMatchObject({ to: 'ready', balanceDueMinor: 200_100, currency: 'RUB' });

    const paid = await repairedTicket('ru');
    await transaction(async (tx) => await enqueueStatusChanged(tx, { ...paid, paidMinor: paid.estimateMinor!, status: 'ready', version: paid.version + 1 }, 'in_progress', 'ready'));
    expect(await readyPayload(paid.id)).not.toHaveProperty('balanceDueMinor');
  });
});
