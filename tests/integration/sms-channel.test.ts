import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as oneClickStop } from '@/app/api/stop/[code]/route';
import { one } from '@/db/exec';
import { clients, notifications } from '@/db/tables';
import { oneClickStopUrl, SHORT_TOKEN_LENGTH } from '@/lib/channels/stop-codes';
import { smsTransport } from '@/lib/channels/sms/transport';
import { resetEnvForTests } from '@/lib/env';
import { deliverDue } from '@/lib/notifications/deliver';
import type { OutgoingMail } from '@/lib/notifications/transports';
import { changeTicketStatus, createTicket } from '@/lib/tickets/commands';
import { formatTicketNumber } from '@/lib/tickets/number';
import { freePort } from '@/scripts/lib/free-port';
import { intakeOf, makeDepartment, makeEmployee } from '../helpers/records';
import { startFakeSms, type FakeSms } from '../helpers/fake-sms';
import { setupTestDatabase, testWriter } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

/** Issue 18, SMS through SMS.ru: against a local fake of its /sms/send, through the real outbox. */
const database = setupTestDatabase();
const API_KEY = 'smsru-test-key-0123456789';
const APP_URL = 'https://crm.service-center7.ru';
let fake: FakeSms;
let departmentId = 0;
let actor = { id: 0, fullName: '', email: '', role: 'manager' as const, locale: 'ru' as const, departmentId: 0 };
let phones = 0;

function phoneOnlyClient(locale: 'ru' | 'en' = 'ru') {
  phones += 1;
  return one(
    database()
      .insert(clients)
      .values({ name: `Клиент ${phones}`, phone: `+7917${String(phones).padStart(7, '0')}`, email: null, notify: true, locale })
      .returning(),
  );
}

/** A ticket's SMS in the order queued (PostgreSQL returns rows in no order without ORDER BY). */
async function smsRows(ticketId: number) {
  const rows = await testWriter().select().from(notifications).where(eq(notifications.ticketId, ticketId)).orderBy(notifications.id);
  return rows.filter((r) => r.channel === 'sms');
}

function message(to: string, text = 'Заявка SC-000001: Готово.'): OutgoingMail {
  return { to, subject: 's', html: '', text, idempotencyKey: 'k', tag: 'status_changed' };
}

beforeAll(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  fake = await startFakeSms({ apiKey: API_KEY });
  process.env.SMS_API_KEY = API_KEY;
  process.env.SMS_BASE_URL = fake.url;
  process.env.SMS_SENDER = 'ServiceDesk';
  process.env.APP_URL = APP_URL;
  resetEnvForTests();
  departmentId = (await makeDepartment(database())).id;
  const manager = await makeEmployee(database(), { departmentId, role: 'manager' });
  actor = { id: manager.id, fullName: manager.fullName, email: manager.email, role: 'manager', locale: 'ru', departmentId };
});

afterAll(async () => {
  for (const key of ['SMS_API_KEY', 'SMS_BASE_URL', 'SMS_SENDER']) delete process.env[key];
  process.env.APP_URL = 'http://localhost:3000';
  resetEnvForTests();
  await fake.close();
});

beforeEach(() => fake.reset());

describe('a client with a phone only', () => {
  it('gets an SMS at registration and at ready, in Russian, with the short status link and the stop link', async () => {
    const client = await phoneOnlyClient();
    const ticket = await createTicket(intakeOf(client.id, departmentId), actor);
    await deliverDue();
    await changeTicketStatus(ticket.id, 'diagnostics', actor); // not told by default
    await changeTicketStatus(ticket.id, 'ready', actor);
    await deliverDue();

    const sent = fake.delivered();
    expect(sent).toHaveLength(2);
    const number = formatTicketNumber(ticket.id);
    const short = `crm.service-center7.ru/s/${ticket.publicToken.slice(0, SHORT_TOKEN_LENGTH)}`;
    for (const sms of sent) {
      expect(sms.method).toBe('POST');
      expect(sms.contentType).toMatch(/application\/x-www-form-urlencoded/);
      expect(sms.form).toMatchObject({ api_id: API_KEY, to: client.phone!.slice(1), json: '1', from: 'ServiceDesk' });
      expect(sms.form.msg).toContain(number);
      expect(sms.form.msg).toContain(short);
      expect(sms.form.msg).toMatch(/Стоп: \S+\/u\/[0-9a-z]+-s-[0-9a-f]{16}/);
    }
    expect(sent[0].form.msg).toContain('Принята');
    expect(sent[1].form.msg).toContain('Готово');

    const rows = await smsRows(ticket.id);
    expect(rows.map((r) => [r.state, r.transport])).toEqual([
      ['sent', 'smsru'],
      ['sent', 'smsru'],
    ]);
    expect(rows.map((r) => r.providerMessageId).sort()).toEqual(sent.map((s) => s.smsId).sort());
  });

  it('who stopped SMS through the one-click link gets no SMS for the next status', async () => {
    const client = await phoneOnlyClient('en');
    const ticket = await createTicket(intakeOf(client.id, departmentId), actor);
    await deliverDue();
    expect(fake.delivered()).toHaveLength(1);

    const url = oneClickStopUrl(client.id, 'sms');
    const code = url.split('/').pop()!;
    const response = await oneClickStop(new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), {
      params: Promise.resolve({ code }),
    });
    expect(response.status).toBe(200);

    await changeTicketStatus(ticket.id, 'ready', actor);
    await deliverDue();
    expect(fake.delivered()).toHaveLength(1);
    expect(await smsRows(ticket.id)).toHaveLength(1);
  });
});

describe('the SMS.ru transport', () => {
  it('sends as SMS.ru expects and returns its sms_id', async () => {
    const result = await smsTransport().send(message('+7 (912) 345-67-89'));
    expect(result).toEqual({ ok: true, providerMessageId: fake.requests[0].smsId });
    expect(fake.requests[0].form).toMatchObject({ to: '79123456789', msg: 'Заявка SC-000001: Готово.', json: '1' });
  });

  it('retries "try later" (220, 500), and fails at once a refusal that would repeat, naming the code and never the key', async () => {
    fake.failNext(1, 220);
    expect(await smsTransport().send(message('+79123456789'))).toMatchObject({ ok: false, retryable: true, error: expect.stringContaining('220') });
    fake.failNext(1, 500);
    expect(await smsTransport().send(message('+79123456789'))).toMatchObject({ ok: false, retryable: true });
    for (const [code, meaning] of [
      [201, 'not enough money'],
      [202, 'wrong recipient number'],
      [209, 'stop list'],
    ] as const) {
      fake.failNext(1, code);
      const result = await smsTransport().send(message('+79123456789'));
      expect(result).toMatchObject({ ok: false, retryable: false });
      expect(!result.ok && result.error).toContain(`SMS.ru error ${code}: `);
      expect(!result.ok && result.error).toContain(meaning);
      expect(!result.ok && result.error).not.toContain(API_KEY);
    }
  });

  it('a wrong key is refused (200) and not retried', async () => {
    process.env.SMS_API_KEY = 'wrong-key';
    resetEnvForTests();
    try {
      const result = await smsTransport().send(message('+79123456789'));
      expect(result).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('SMS.ru error 200: wrong api_id') });
      expect(!result.ok && result.error).not.toContain('wrong-key');
    } finally {
      process.env.SMS_API_KEY = API_KEY;
      resetEnvForTests();
    }
  });

  it('no answer in time, or the connection dropped after the request went out: not retried, "may have been sent"', async () => {
    fake.setMode('silent');
    const timedOut = await smsTransport(300).send(message('+79123456789'));
    expect(timedOut).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('may have been sent') });
    fake.setMode('drop');
    const dropped = await smsTransport(2_000).send(message('+79123456789'));
    expect(dropped).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('may have been sent') });
    expect(fake.requests).toHaveLength(2); // both reached SMS.ru
  });

  it('SMS.ru not reachable at all (connection refused): retried, nothing was sent', async () => {
    const port = await freePort();
    process.env.SMS_BASE_URL = `http://127.0.0.1:${port}`;
    resetEnvForTests();
    try {
      expect(await smsTransport().send(message('+79123456789'))).toMatchObject({ ok: false, retryable: true, error: expect.stringContaining('nothing was sent') });
    } finally {
      process.env.SMS_BASE_URL = fake.url;
      resetEnvForTests();
    }
  });

  it('an address that is not a phone number fails without a request', async () => {
    expect(await smsTransport().send(message('someone@mail.test'))).toMatchObject({ ok: false, retryable: false });
    expect(fake.requests).toHaveLength(0);
  });

  it('without SMS_API_KEY the SMS stays in the outbox', async () => {
    delete process.env.SMS_API_KEY;
    resetEnvForTests();
    try {
      expect(smsTransport().name).toBe('outbox');
    } finally {
      process.env.SMS_API_KEY = API_KEY;
      resetEnvForTests();
    }
  });
});
