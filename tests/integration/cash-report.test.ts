/**
 * The cash report (issue 17): the payments of local days in APP_TIMEZONE (Europe/Moscow here,
 * UTC+3), totals per method and per employee that add up to the grand total to the kopeck, the
 * page and its CSV for managers only, and hand-edited days that fall back to today with a note.
 */
import { randomInt } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import CashReportPage from '@/app/(staff)/reports/payments/page';
import { cashGroups, cashGroupsQuery, cashPaymentsQuery, listCashPayments } from '@/db/queries/cash-report';
import { one, rawGet } from '@/db/exec';
import { payments } from '@/db/tables';
import { PAYMENT_METHODS, type PaymentKind, type PaymentMethod } from '@/lib/domain/enums';
import { cashRangeInstants, resolveCashRange, signedAmount, summarizeCash } from '@/lib/payments/cash-report';
import { makeClient, makeDepartment, makeEmployee, makeTicket } from '../helpers/records';
import { signInAs, type Staff } from '../helpers/session-mock';
import { onPostgres, setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

// What next.config.ts's experimental.authInterrupts sets in the app, so forbidden() throws its 403.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const { GET: exportCsv } = await import('@/app/(staff)/reports/payments/export/route');

const database = setupTestDatabase();
const TZ = 'Europe/Moscow';
const people = {} as Record<'manager' | 'admin' | 'technician', Staff>;
let ticketId = 0;

type P = { at: string; kind?: PaymentKind; method?: PaymentMethod; amount: number; by?: Staff | string; reason?: string; currency?: string };

function pay(p: P) {
  const by = p.by ?? people.manager;
  return one(
    database()
      .insert(payments)
      .values({
        ticketId,
        kind: p.kind ?? 'payment',
        method: p.method ?? 'cash',
        amountMinor: p.amount,
        currency: p.currency ?? 'RUB',
        reason: p.reason ?? (p.kind === 'refund' ? 'Returned' : null),
        takenById: typeof by === 'string' ? null : by.id,
        takenByName: typeof by === 'string' ? by : by.fullName,
        createdAt: new Date(p.at),
      })
      .returning(),
  );
}

/**
 * The day's net as the database has it, by UTC instants written out by hand (00:00 MSK = 21:00Z the
 * day before). Instants are milliseconds on both engines; PostgreSQL's sum of a bigint is a numeric,
 * which node-postgres reads as a string.
 */
async function netInDatabase(startUtc: string, endUtc: string): Promise<number> {
  const row = await rawGet<{ net: number | string }>(
    database(),
    sql`SELECT coalesce(sum(CASE WHEN kind = 'refund' THEN -amount_minor ELSE amount_minor END), 0) AS net FROM payments WHERE created_at >= ${Date.parse(startUtc)} AND created_at < ${Date.parse(endUtc)}`,
  );
  return Number(row!.net);
}

async function reportOf(from: string, to = from) {
  const { start, end } = cashRangeInstants({ from, to }, TZ);
  return summarizeCash(await cashGroups(start, end));
}

async function renderPage(query: Record<string, string | string[] | undefined>) {
  return renderToStaticMarkup(await CashReportPage({ searchParams: Promise.resolve(query) }));
}

async function download(query: string) {
  const response = await exportCsv(new Request(`http://localhost/reports/payments/export${query}`));
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

beforeAll(async () => {
  const db = database();
  const departmentId = (await makeDepartment(db)).id;
  for (const role of ['manager', 'admin', 'technician'] as const) {
    const e = await makeEmployee(db, { departmentId, role });
    people[role] = { id: e.id, fullName: e.fullName, email: e.email, role, locale: 'en', departmentId };
  }
  const client = await makeClient(db);
  ticketId = (await makeTicket(db, { clientId: client.id, departmentId })).id;

  // 2026-03-10 in Moscow runs from 2026-03-09T21:00Z to 2026-03-10T21:00Z.
  await pay({ at: '2026-03-09T20:59:59.999Z', amount: 1_000_00 }); // 23:59 on the 9th: not the 10th
  await pay({ at: '2026-03-09T21:00:00.000Z', amount: 500_00, kind: 'prepayment' }); // 00:00 on the 10th
  await pay({ at: '2026-03-10T09:15:00Z', amount: 2_345_67, method: 'card', by: people.admin });
  await pay({ at: '2026-03-10T12:00:00Z', amount: 150_00, kind: 'refund', reason: '=cmd|calc; "broken"', by: people.admin });
  await pay({ at: '2026-03-10T20:50:00Z', amount: 1_234_56, method: 'transfer' }); // 23:50 local: the 10th
  await pay({ at: '2026-03-10T21:10:00Z', amount: 7_777_77 }); // 00:10 on the 11th: not the 10th
});

describe('the report of a local day', () => {
  it('holds exactly the day’s payments in the company’s zone, 23:50 in and 00:10 the next day out', async () => {
    const [rub] = await reportOf('2026-03-10');
    expect(rub.netMinor).toBe(await netInDatabase('2026-03-09T21:00:00Z', '2026-03-10T21:00:00Z'));
    expect(rub.netMinor).toBe(500_00 + 2_345_67 - 150_00 + 1_234_56);
    expect(rub.count).toBe(4);
    // The neighbouring days get what this one does not.
    expect((await reportOf('2026-03-09'))[0].netMinor).toBe(1_000_00);
    expect((await reportOf('2026-03-11'))[0].netMinor).toBe(7_777_77);
    expect((await reportOf('2026-03-09', '2026-03-11'))[0].netMinor).toBe(rub.netMinor + 1_000_00 + 7_777_77);
  });

  it('subtracts refunds from the method and the employee that gave the money back', async () => {
    const [rub] = await reportOf('2026-03-10');
    expect(rub.byMethod.cash).toEqual({ receivedMinor: 500_00, refundedMinor: 150_00, netMinor: 350_00 });
    expect(rub.byMethod.card.netMinor).toBe(2_345_67);
    expect(rub.byMethod.transfer.netMinor).toBe(1_234_56);
    const admin = rub.employees.find((e) => e.name === people.admin.fullName)!;
    expect(admin.byMethod).toEqual({ cash: -150_00, card: 2_345_67, transfer: 0 });
    expect(admin.netMinor).toBe(2_195_67);
  });

  it('adds up per employee × method to the grand total to the kopeck over random amounts', async () => {
    const db = database();
    const departmentId = (await makeDepartment(db)).id;
    const staff = await Promise.all(Array.from({ length: 5 }, () => makeEmployee(db, { departmentId, role: 'manager' })));
    let expected = 0;
    const day = Date.parse('2026-04-01T21:00:00Z'); // 2026-04-02 00:00 in Moscow
    for (let i = 0; i < 400; i++) {
      const kind = (['prepayment', 'payment', 'refund'] as const)[randomInt(3)];
      const amount = randomInt(1, 10_000_000); // up to 100 000,00 with any kopecks
      const e = staff[randomInt(staff.length)];
      const by = i % 50 === 0 ? 'Уволенный сотрудник' : { ...people.manager, id: e.id, fullName: e.fullName };
      await pay({ at: new Date(day + randomInt(86_400_000)).toISOString(), kind, method: PAYMENT_METHODS[randomInt(3)], amount, by });
      expected += signedAmount(kind, amount);
    }
    const [rub] = await reportOf('2026-04-02');
    expect(rub.netMinor).toBe(expected);
    expect(rub.netMinor).toBe(await netInDatabase('2026-04-01T21:00:00Z', '2026-04-02T21:00:00Z'));
    expect(rub.employees.reduce((s, e) => s + e.netMinor, 0)).toBe(expected);
    expect(rub.employees.reduce((s, e) => s + PAYMENT_METHODS.reduce((m, k) => m + e.byMethod[k], 0), 0)).toBe(expected);
    expect(PAYMENT_METHODS.reduce((s, m) => s + rub.byMethod[m].netMinor, 0)).toBe(expected);
    for (const m of PAYMENT_METHODS) expect(rub.employees.reduce((s, e) => s + e.byMethod[m], 0)).toBe(rub.byMethod[m].netMinor);
    expect(rub.employees.some((e) => e.name === 'Уволенный сотрудник')).toBe(true);
    for (const e of rub.employees) expect(Number.isInteger(e.netMinor)).toBe(true);
  });

  it('keeps currencies apart', async () => {
    await pay({ at: '2026-05-05T10:00:00Z', amount: 10_00, currency: 'USD' });
    await pay({ at: '2026-05-05T10:00:01Z', amount: 20_00 });
    expect((await reportOf('2026-05-05')).map((r) => [r.currency, r.netMinor])).toEqual([['RUB', 20_00], ['USD', 10_00]]);
  });

  // SQLite's query plan: PostgreSQL's planner chooses by its statistics (db/dialect.ts, indexedBy).
  it.skipIf(onPostgres())('reads payments_created_idx and payment_sums over the range and never scans tickets', () => {
    const { start, end } = cashRangeInstants({ from: '2026-03-01', to: '2026-03-31' }, TZ);
    const plan = (q: { toSQL: () => { sql: string; params: unknown[] } }) => {
      const { sql: text, params } = q.toSQL();
      return (database().$client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    };
    for (const detail of [plan(cashGroupsQuery(start, end)), plan(cashPaymentsQuery(start, end, {}))]) {
      expect(detail).toMatch(/SEARCH payments USING (COVERING )?INDEX payments_created_idx/);
      expect(detail).not.toMatch(/SCAN (tickets|payments|clients|payment_sums)/);
    }
    // The sums read the month's rows of payment_sums by its key (tests/integration/payment-sums.test.ts).
    expect(plan(cashGroupsQuery(start, end))).toMatch(/SEARCH s USING PRIMARY KEY \(span=\? AND start>\? AND start<\?\)/);
  });

  it('pages the list of payments in the order taken, a refund negative', async () => {
    const { start, end } = cashRangeInstants({ from: '2026-04-02', to: '2026-04-02' }, TZ);
    const first = await listCashPayments(start, end, {}, 150);
    expect(first.rows).toHaveLength(150);
    const second = await listCashPayments(start, end, { after: JSON.parse(Buffer.from(first.nextCursor!, 'base64url').toString()) }, 1000);
    expect(first.rows.length + second.rows.length).toBe(400);
    expect(second.nextCursor).toBeNull();
    const times = [...first.rows, ...second.rows].map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('the days in the address', () => {
  const today = '2026-06-15';
  it.each([
    [{}, { from: today, to: today }],
    [{ from: '2026-03-10' }, { from: '2026-03-10', to: '2026-03-10' }],
    [{ to: '2026-03-10' }, { from: '2026-03-10', to: '2026-03-10' }],
    [{ from: '2026-03-01', to: '2026-03-31' }, { from: '2026-03-01', to: '2026-03-31' }],
    [{ from: '2025-06-15', to: '2026-06-19' }, { from: '2025-06-15', to: '2026-06-19' }], // 370 days
    [{ from: '2026-02-30' }, { from: today, to: today, note: 'invalid' }],
    [{ from: 'yesterday', to: '2026-03-10' }, { from: today, to: today, note: 'invalid' }],
    [{ from: ['2026-03-01', '2026-03-02'] }, { from: today, to: today, note: 'invalid' }],
    [{ from: '9999-12-31' }, { from: today, to: today, note: 'invalid' }],
    [{ from: '2026-03-10', to: '2026-03-09' }, { from: today, to: today, note: 'reversed' }],
    [{ from: '2025-06-15', to: '2026-06-20' }, { from: today, to: today, note: 'tooLong' }],
  ])('%j → %j', (raw, expected) => {
    expect(resolveCashRange(raw, today)).toEqual(expected);
  });
});

describe('the page', () => {
  it('shows a manager the day’s totals and its payments, the refund negative with its reason', async () => {
    signInAs(people.manager);
    const html = await renderPage({ from: '2026-03-10', to: '2026-03-10' });
    expect(html).toContain('Cash report: <span data-testid="cash-period">10 Mar 2026</span>');
    expect(html).toMatch(/data-testid="cash-grand-total">RUB\s3,930\.23</);
    expect(html).toMatch(/data-testid="cash-method-cash-net">RUB\s350\.00</);
    expect(html.match(/data-testid="cash-payment"/g)).toHaveLength(4);
    expect(html).toContain('>23:50</time>');
    expect(html).not.toContain('7,777.77');
    // The refund in the list and in the methods' table, with the minus sign (the CSV keeps the hyphen a spreadsheet reads).
    expect(html).toMatch(/data-kind="refund">.*<td class="r neg">\u2212RUB\s150\.00</);
    expect(html).toMatch(/data-testid="cash-method-cash"><td>Cash<\/td><td class="r">RUB\s500\.00<\/td><td class="r">\u2212RUB\s150\.00</);
    expect(html).toContain('=cmd|calc; &quot;broken&quot;');
    expect(html).toContain('href="/reports/payments/export?from=2026-03-10&amp;to=2026-03-10"');
    expect(html).toContain('@page { size: A4 portrait');
  });

  it('counts a payment taken after the report was shown the next time it is shown, in either language (its totals are kept only until a write)', async () => {
    signInAs(people.manager);
    const day = { from: '2026-05-20', to: '2026-05-20' };
    await pay({ at: '2026-05-20T09:00:00Z', amount: 100_00 });
    expect(await renderPage(day)).toMatch(/data-testid="cash-grand-total">RUB\s100\.00</);
    await pay({ at: '2026-05-20T10:00:00Z', amount: 23_45, method: 'card' });
    const again = await renderPage(day);
    expect(again).toMatch(/data-testid="cash-grand-total">RUB\s123\.45</);
    expect(again).toMatch(/data-testid="cash-employees-total"[^>]*>(?:(?!<\/tr>).)*RUB\s123\.45<\/td><\/tr>/);
    signInAs({ ...people.manager, locale: 'ru' });
    expect(await renderPage(day)).toMatch(/data-testid="cash-employees-total"[^>]*>(?:(?!<\/tr>).)*123,45\s₽<\/td><\/tr>/);
  });

  it('shows a long day 50 payments at a time, with a link to the next 50', async () => {
    signInAs(people.manager);
    const html = await renderPage({ from: '2026-04-02', to: '2026-04-02' });
    expect(html.match(/data-testid="cash-payment"/g)).toHaveLength(50);
    expect(html).toMatch(/href="\/reports\/payments\?from=2026-04-02&amp;to=2026-04-02&amp;after=[\w-]+"/);
  });

  it('falls back to today with a note for hand-edited days, never an error', async () => {
    signInAs(people.admin);
    for (const query of [{ from: '2026-13-01' }, { from: '2026-03-10', to: '2026-03-01' }, { from: '2020-01-01', to: '2026-01-01' }, { from: ['a', 'b'] }]) {
      const html = await renderPage(query);
      expect(html).toContain('data-testid="cash-note"');
      expect(html).toMatch(/so today is shown/);
    }
    const today = await pay({ at: new Date().toISOString(), amount: 42_00 });
    const html = await renderPage({ from: 'garbage' });
    expect(html).toMatch(/RUB\s42\.00/);
    await database().delete(payments).where(eq(payments.id, today.id));
  });

  it('is refused to a technician, page and CSV alike', async () => {
    signInAs(people.technician);
    await expect(renderPage({ from: '2026-03-10' })).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_HTTP_ERROR_FALLBACK;403') });
    const { response, text } = await download('?from=2026-03-10');
    expect(response.status).toBe(403);
    expect(text).not.toContain('2026-03-10');
    signInAs(null);
    const anonymous = await download('?from=2026-03-10');
    expect(anonymous.response.status).toBe(303);
    expect(anonymous.response.headers.get('location')).toContain('/login');
  });
});

describe('the CSV', () => {
  it('in Russian: BOM, ";" and a decimal comma, local times, the refund negative as a number, formulas guarded', async () => {
    signInAs({ ...people.manager, locale: 'ru' });
    const { response, bytes, text } = await download('?from=2026-03-10&to=2026-03-10');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="kassa-2026-03-10.csv"');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Время;Заявка;Клиент;Вид;Способ;Сумма;Валюта;Принял;Причина');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^2026-03-10 00:00;SC-\d{6};Client \d+;Предоплата;Наличные;500,00;RUB;Employee \d+;$/);
    expect(lines[3]).toMatch(/^2026-03-10 15:00;SC-\d{6};Client \d+;Возврат;Наличные;-150,00;RUB;Employee \d+;"'=cmd\|calc; ""broken"""$/);
    expect(lines[4]).toMatch(/^2026-03-10 23:50;.*;Безналичный перевод;1234,56;RUB;/);
    const sum = lines.slice(1).reduce((s, l) => s + Number(l.split(';')[5].replace(',', '')), 0);
    expect(sum).toBe((await reportOf('2026-03-10'))[0].netMinor);
  });

  it('in English: "," and a decimal point, and the same fallback to today for bad days', async () => {
    signInAs({ ...people.admin, locale: 'en' });
    const { text } = await download('?from=2026-03-01&to=2026-03-31');
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Time,Ticket,Client,Kind,Method,Amount,Currency,Taken by,Reason');
    expect(lines).toHaveLength(7);
    expect(text).toContain(',Refund,Cash,-150.00,RUB,');
    expect(text).toContain(',Payment,Card,2345.67,RUB,');
    const bad = await download('?from=2026-03-10&to=2026-02-01');
    expect(bad.response.headers.get('content-disposition')).toMatch(/filename="cash-report-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(bad.text).not.toContain('2345.67');
  });
});
