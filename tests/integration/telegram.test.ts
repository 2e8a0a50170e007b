import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseNotifyViaAction } from '@/app/(staff)/profile/telegram-actions';
import { POST } from '@/app/api/telegram/webhook/route';
import { first, one } from '@/db/exec';
import { clients, employees, inboundMessages, notifications, telegramLinks, ticketEvents } from '@/db/tables';
import { telegramStartLink } from '@/lib/channels/telegram/links';
import { telegramTransport } from '@/lib/channels/telegram/transport';
import { resetEnvForTests } from '@/lib/env';
import { telegramEn, telegramRu } from '@/lib/i18n/messages/features/telegram';
import { deliverDue } from '@/lib/notifications/deliver';
import { enqueueDigests } from '@/lib/notifications/digest';
import { assignTicket, changeTicketStatus, createTicket } from '@/lib/tickets/commands';
import { formatTicketNumber } from '@/lib/tickets/number';
import { intakeOf, makeDepartment, makeEmployee } from '../helpers/records';
import { startFakeResend, type FakeResend } from '../helpers/fake-resend';
import { startFakeSms, type FakeSms } from '../helpers/fake-sms';
import { startFakeTelegram, type FakeTelegram } from '../helpers/fake-telegram';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

// The webhook answers the chat after its response (next/server's after()): collected here, run on demand.
const afterTasks: (() => unknown)[] = [];
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/server')>()),
  after: (task: () => unknown) => void afterTasks.push(task),
}));
async function afterResponse() {
  while (afterTasks.length > 0) await afterTasks.shift()!();
}

const database = setupTestDatabase();
const SECRET = 'telegram-test-secret-0123456789';
const BOT = 'service_desk_test_bot';

let tg: FakeTelegram;
let mail: FakeResend;
let sms: FakeSms;
let departmentId = 0;
let manager: Staff;
let technician: Staff;
let chatCounter = 7000;

async function staff(role: 'manager' | 'technician', locale: 'ru' | 'en'): Promise<Staff> {
  const e = await makeEmployee(database(), { departmentId, role });
  await database().update(employees).set({ locale }).where(eq(employees.id, e.id));
  return { id: e.id, fullName: e.fullName, email: e.email, role, locale, departmentId };
}

let clientCounter = 0;
function client(locale: 'ru' | 'en' = 'en') {
  clientCounter += 1;
  return one(
    database()
      .insert(clients)
      .values({ name: `Tg Client ${clientCounter}`, phone: `+7914${String(clientCounter).padStart(7, '0')}`, email: `tg${clientCounter}@mail.test`, locale })
      .returning(),
  );
}

let updateId = 1;
/** Telegram POSTs an update to the webhook; the bot's answers go out "after the response". */
async function update(body: Record<string, unknown>, secret: string | null = SECRET) {
  const response = await POST(
    new Request('http://localhost/api/telegram/webhook', {
      method: 'POST',
      body: JSON.stringify({ update_id: updateId++, ...body }),
      headers: { 'content-type': 'application/json', ...(secret !== null && { 'X-Telegram-Bot-Api-Secret-Token': secret }) },
    }),
  );
  await afterResponse();
  return response;
}

function text(chat: number, value: string, extra: Record<string, unknown> = {}) {
  return { message: { message_id: updateId, chat: { id: chat, type: 'private' }, from: { id: chat, first_name: 'Ann', language_code: 'en' }, text: value, ...extra } };
}

function codeOf(link: string): string {
  return new URL(link).searchParams.get('start')!;
}

/** A client whose Telegram is connected through their start link; returns the chat id. */
async function connect(owner: { clientId: number } | { employeeId: number }): Promise<number> {
  const chat = ++chatCounter;
  await update(text(chat, `/start ${codeOf((await telegramStartLink(owner))!)}`));
  return chat;
}

const repliesTo = (chat: number) => tg.sent().filter((c) => String(c.body.chat_id) === String(chat)).map((c) => c.body.text as string);
const rowsOf = (ticketId: number) => database().select().from(notifications).where(eq(notifications.ticketId, ticketId));
const clientRow = async (id: number) => (await first(database().select().from(clients).where(eq(clients.id, id)).limit(1)))!;
const employeeRow = async (id: number) => (await first(database().select().from(employees).where(eq(employees.id, id)).limit(1)))!;
/** The client's messages on a ticket's timeline. */
const clientMessages = (ticketId: number) =>
  database().select().from(ticketEvents).where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.kind, 'client_message')));

beforeAll(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  [tg, mail, sms] = await Promise.all([startFakeTelegram(), startFakeResend(), startFakeSms()]);
  Object.assign(process.env, {
    TELEGRAM_BOT_TOKEN: '123456:test-token',
    TELEGRAM_BOT_USERNAME: BOT,
    TELEGRAM_BASE_URL: tg.url,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    RESEND_API_KEY: 're_test_key',
    RESEND_BASE_URL: mail.url,
    SMS_API_KEY: 'sms-test-key',
    SMS_BASE_URL: sms.url,
    NOTIFY_MERGE_SECONDS: '0',
  });
  resetEnvForTests();
  departmentId = (await makeDepartment(database())).id;
  manager = await staff('manager', 'en');
  technician = await staff('technician', 'en');
});

afterAll(async () => {
  for (const k of ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_BOT_USERNAME', 'TELEGRAM_BASE_URL', 'TELEGRAM_WEBHOOK_SECRET', 'RESEND_API_KEY', 'RESEND_BASE_URL', 'SMS_API_KEY', 'SMS_BASE_URL', 'NOTIFY_MERGE_SECONDS']) delete process.env[k];
  resetEnvForTests();
  await Promise.all([tg.close(), mail.close(), sms.close()]);
});

beforeEach(async () => {
  await deliverDue();
  tg.reset();
  mail.reset();
  sms.reset();
  afterTasks.length = 0;
});

describe('connecting Telegram with a one-time start link', () => {
  it('binds the chat to the client once; the same link a second time is refused', async () => {
    const c = await client('ru');
    const link = (await telegramStartLink({ clientId: c.id }))!;
    expect(link).toMatch(new RegExp(`^https://t\\.me/${BOT}\\?start=[A-Za-z0-9_-]{32}$`));
    // Shown again (the status page reloaded), the link is the same one.
    expect(await telegramStartLink({ clientId: c.id })).toBe(link);

    await update(text(5001, `/start ${codeOf(link)}`));
    expect((await clientRow(c.id)).telegramChatId).toBe('5001');
    expect(repliesTo(5001)).toEqual([telegramRu.bot.clientConnected(c.name)]);

    await update(text(5002, `/start ${codeOf(link)}`));
    expect((await clientRow(c.id)).telegramChatId).toBe('5001');
    expect(repliesTo(5002)).toEqual([telegramEn.bot.linkInvalid]);
    // Once used, the page offers a fresh link.
    expect(await telegramStartLink({ clientId: c.id })).not.toBe(link);
  });

  it('refuses an expired link and a made-up one', async () => {
    const c = await client();
    const old = (await telegramStartLink({ clientId: c.id }, new Date(Date.now() - 31 * 86_400_000)))!;
    await update(text(5003, `/start ${codeOf(old)}`));
    await update(text(5003, '/start AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'));
    expect((await clientRow(c.id)).telegramChatId).toBeNull();
    expect(repliesTo(5003)).toEqual([telegramEn.bot.linkInvalid, telegramEn.bot.linkInvalid]);
  });

  it('is not offered without a bot, and a staff link lasts an hour', async () => {
    const c = await client();
    const now = new Date();
    await telegramStartLink({ employeeId: technician.id }, now);
    const row = (await first(database().select().from(telegramLinks).where(eq(telegramLinks.employeeId, technician.id)).limit(1)))!;
    expect(row.expiresAt.getTime() - now.getTime()).toBe(3600_000);
    process.env.TELEGRAM_BOT_TOKEN = '';
    resetEnvForTests();
    try {
      expect(await telegramStartLink({ clientId: c.id })).toBeNull();
    } finally {
      process.env.TELEGRAM_BOT_TOKEN = '123456:test-token';
      resetEnvForTests();
    }
  });
});

describe('a client who connected Telegram', () => {
  it('gets the next status message there, with Status and Stop buttons, and nothing by SMS or e-mail', async () => {
    const c = await client('en');
    const chat = await connect({ clientId: c.id });
    tg.reset();
    const ticket = await createTicket(intakeOf(c.id, departmentId, { title: 'Laptop <b>dead</b>' }), manager);
    await changeTicketStatus(ticket.id, 'ready', manager);
    await deliverDue();

    const sent = tg.sent();
    expect(sent.map((s) => String(s.body.chat_id))).toEqual([String(chat), String(chat)]);
    const ready = sent[1];
    expect(ready.body.text).toContain(`Request ${formatTicketNumber(ticket.id)} — Laptop <b>dead</b>`);
    expect(ready.body.text).toContain('Status: Ready');
    expect(ready.body).not.toHaveProperty('parse_mode');
    const [status, stop] = ready.body.reply_markup!.inline_keyboard[0];
    expect(status).toEqual({ text: 'Status', url: expect.stringMatching(/\/status\/[A-Za-z0-9_-]{20,}$/) });
    expect(stop).toEqual({ text: 'Stop messages', callback_data: 'stop' });
    expect(mail.requests).toHaveLength(0);
    expect(sms.requests).toHaveLength(0);
    const row = (await rowsOf(ticket.id)).find((r) => r.kind === 'status_changed')!;
    expect(row).toMatchObject({ channel: 'telegram', state: 'sent', transport: 'telegram', providerMessageId: String(ready.messageId) });
  });

  it('writes a message that lands on the ticket timeline and notifies the assignee', async () => {
    const c = await client('en');
    const chat = await connect({ clientId: c.id });
    const older = await createTicket(intakeOf(c.id, departmentId, { assigneeId: technician.id }), manager);
    const newer = await createTicket(intakeOf(c.id, departmentId, { assigneeId: technician.id }), manager);
    await deliverDue();
    const aboutOlder = tg.sent().find((s) => String(s.body.chat_id) === String(chat) && (s.body.text as string).includes(formatTicketNumber(older.id)))!;
    mail.reset();
    tg.reset();

    // A reply to the bot's message about the older ticket goes to that ticket, not the newer one.
    await update(text(chat, 'When can I pick it up?', { reply_to_message: { message_id: aboutOlder.messageId } }));
    const events = await clientMessages(older.id);
    expect(events).toMatchObject([{ body: 'When can I pick it up?', isPublic: true }]);
    expect(await clientMessages(newer.id)).toHaveLength(0);
    expect(repliesTo(chat)).toEqual([telegramEn.bot.received(formatTicketNumber(older.id))]);
    const notice = (await rowsOf(older.id)).find((r) => r.kind === 'client_message')!;
    expect(notice).toMatchObject({ recipientType: 'employee', employeeId: technician.id, channel: 'email', state: 'sent' });
    expect(mail.delivered().map((m) => m.body.to)).toEqual([technician.email]);

    // Without a reply, the client's most recently updated open ticket (their last message counts).
    await update(text(chat, 'And the charger?'));
    expect(await clientMessages(older.id)).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 5));
    await changeTicketStatus(newer.id, 'diagnostics', manager);
    await update(text(chat, 'Also, the charger'));
    expect((await first(clientMessages(newer.id).limit(1)))?.body).toBe('Also, the charger');
  });

  it('sending the same update twice writes it once', async () => {
    const c = await client();
    const chat = await connect({ clientId: c.id });
    const ticket = await createTicket(intakeOf(c.id, departmentId), manager);
    const body = { update_id: 999_001, ...text(chat, 'Hello twice') };
    for (let i = 0; i < 2; i++) {
      await POST(new Request('http://localhost/api/telegram/webhook', { method: 'POST', body: JSON.stringify(body), headers: { 'X-Telegram-Bot-Api-Secret-Token': SECRET } }));
      await afterResponse();
    }
    expect(await clientMessages(ticket.id)).toHaveLength(1);
    expect(await database().select().from(inboundMessages).where(eq(inboundMessages.externalId, '999001'))).toHaveLength(1);
  });

  it('without an open ticket, the message waits in quarantine', async () => {
    const c = await client();
    const chat = await connect({ clientId: c.id });
    await update(text(chat, 'Is my phone ready?'));
    const row = await first(database().select().from(inboundMessages).where(eq(inboundMessages.body, 'Is my phone ready?')).limit(1));
    expect(row).toMatchObject({ source: 'telegram', state: 'quarantined', reason: 'no_ticket', clientId: c.id, ticketId: null });
    expect(repliesTo(chat)).toContain(telegramEn.bot.noTicket);
  });

  it('/stop stops Telegram at once: the next message takes e-mail', async () => {
    const c = await client('en');
    const chat = await connect({ clientId: c.id });
    const ticket = await createTicket(intakeOf(c.id, departmentId), manager);
    await deliverDue();
    tg.reset();

    await update(text(chat, '/stop'));
    expect((await clientRow(c.id)).telegramStoppedAt).toBeInstanceOf(Date);
    expect(repliesTo(chat)).toEqual([telegramEn.bot.clientStopped]);

    await changeTicketStatus(ticket.id, 'ready', manager);
    await deliverDue();
    expect(repliesTo(chat)).toHaveLength(1);
    expect(mail.delivered().map((m) => m.body.to)).toEqual([c.email]);

    // Opening a new start link turns it back on.
    await connect({ clientId: c.id });
    expect((await clientRow(c.id)).telegramStoppedAt).toBeNull();
  });

  it('the "Stop messages" button stops too, and the button is answered', async () => {
    const c = await client('en');
    const chat = await connect({ clientId: c.id });
    await update({ callback_query: { id: 'cb-1', from: { id: chat }, data: 'stop', message: { message_id: 5, chat: { id: chat } } } });
    expect((await clientRow(c.id)).telegramStoppedAt).toBeInstanceOf(Date);
    expect(tg.calls.find((x) => x.method === 'answerCallbackQuery')?.body).toMatchObject({ callback_query_id: 'cb-1', text: telegramEn.bot.clientStopped });
  });
});

describe('strangers and forgers', () => {
  it('a text from an unknown chat is quarantined and told to use the status page link', async () => {
    await update(text(6666, 'hi, who are you?'));
    expect(await first(database().select().from(inboundMessages).where(eq(inboundMessages.sender, '6666')).limit(1))).toMatchObject({ state: 'quarantined', reason: 'unknown_sender', ticketId: null });
    expect(repliesTo(6666)).toEqual([telegramEn.bot.unknownSender]);
  });

  it('a forged secret is refused and writes nothing', async () => {
    const c = await client();
    const link = (await telegramStartLink({ clientId: c.id }))!;
    const count = async () => (await database().select().from(inboundMessages)).length;
    const before = await count();
    for (const secret of [null, 'wrong-secret-0123456789', `${SECRET}x`, SECRET.toUpperCase()]) {
      expect((await update(text(4242, `/start ${codeOf(link)}`), secret)).status).toBe(401);
      expect((await update(text(4242, 'hello'), secret)).status).toBe(401);
    }
    expect((await clientRow(c.id)).telegramChatId).toBeNull();
    expect(await count()).toBe(before);
    expect(tg.calls).toHaveLength(0);
  });

  it('an update of a shape it does not read is acknowledged and ignored', async () => {
    expect((await update({ edited_message: { text: 'x' } })).status).toBe(200);
    expect((await update({ message: { message_id: 1, chat: { id: -100, type: 'group' }, text: 'group chatter' } })).status).toBe(200);
    expect(tg.calls).toHaveLength(0);
  });
});

describe('staff on Telegram', () => {
  it('an employee who chose Telegram gets their assignment there; e-mail before connecting', async () => {
    const tech = await staff('technician', 'en');
    signInAs(tech);
    // Telegram cannot be chosen before a chat is connected.
    expect(await chooseNotifyViaAction(undefined, form({ notifyVia: 'telegram' }))).toMatchObject({ fieldErrors: { notifyVia: [telegramEn.profile.telegramNeedsChat] } });

    const chat = await connect({ employeeId: tech.id });
    expect(repliesTo(chat)).toEqual([telegramEn.bot.employeeConnected(tech.fullName)]);
    expect(await chooseNotifyViaAction(undefined, form({ notifyVia: 'telegram' }))).toMatchObject({ ok: true });

    const ticket = await createTicket(intakeOf((await client()).id, departmentId, { title: 'Printer jams' }), manager);
    await assignTicket(ticket.id, tech.id, manager);
    await deliverDue();
    const notice = repliesTo(chat).find((t) => t.includes('Printer jams'));
    expect(notice).toContain('A ticket has been assigned to you');
    expect(mail.delivered().filter((m) => m.body.to === tech.email)).toHaveLength(0);

    // The digest goes there too.
    await enqueueDigests();
    const digest = await first(database().select().from(notifications).where(and(eq(notifications.kind, 'digest'), eq(notifications.employeeId, tech.id))).limit(1));
    expect(digest).toMatchObject({ channel: 'telegram', recipientAddress: String(chat) });

    // /stop sends them back to e-mail.
    await update(text(chat, '/stop'));
    expect((await employeeRow(tech.id)).notifyVia).toBe('email');
  });
});

describe('the Telegram transport', () => {
  const message = (to: string) => ({ to, subject: 's', html: '', text: 'Hello', idempotencyKey: 'k', tag: 'status_changed' });

  it('says what may pass later: 429 and 5xx are retried, other refusals are not', async () => {
    tg.failNext(1, 429);
    expect(await telegramTransport().send(message('1'))).toMatchObject({ ok: false, retryable: true, error: expect.stringContaining('retry after 7') });
    tg.failNext(1, 502);
    expect(await telegramTransport().send(message('1'))).toMatchObject({ ok: false, retryable: true });
    tg.failNext(1, 400);
    expect(await telegramTransport().send(message('1'))).toMatchObject({ ok: false, retryable: false });
    expect(await telegramTransport().send(message('1'))).toMatchObject({ ok: true, providerMessageId: expect.stringMatching(/^\d+$/) });
  });

  it('a client who blocked the bot (403) is stopped on Telegram; an employee goes back to e-mail', async () => {
    const c = await client();
    const chat = await connect({ clientId: c.id });
    tg.failNext(1, 403);
    expect(await telegramTransport().send(message(String(chat)))).toMatchObject({ ok: false, retryable: false });
    expect((await clientRow(c.id)).telegramStoppedAt).toBeInstanceOf(Date);

    const tech = await staff('technician', 'ru');
    const staffChat = await connect({ employeeId: tech.id });
    await database().update(employees).set({ notifyVia: 'telegram' }).where(eq(employees.id, tech.id));
    tg.failNext(1, 403);
    await telegramTransport().send(message(String(staffChat)));
    expect((await employeeRow(tech.id)).notifyVia).toBe('email');
  });

  it('keeps messages in the outbox without a token', async () => {
    process.env.TELEGRAM_BOT_TOKEN = '';
    resetEnvForTests();
    try {
      expect(telegramTransport().name).toBe('outbox');
    } finally {
      process.env.TELEGRAM_BOT_TOKEN = '123456:test-token';
      resetEnvForTests();
    }
  });
});

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}
