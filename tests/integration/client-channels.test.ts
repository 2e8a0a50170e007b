import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readClientNotificationRules, writeClientNotificationRules } from '@/db/queries/notification-rules';
import { one } from '@/db/exec';
import { clients, notifications } from '@/db/tables';
import { resetEnvForTests } from '@/lib/env';
import { messagesFor } from '@/lib/i18n/messages';
import { deliverDue, STOPPED_BY_CLIENT } from '@/lib/notifications/deliver';
import { changeTicketStatus, createTicket } from '@/lib/tickets/commands';
import type { Status } from '@/lib/domain/enums';
import { intakeOf, makeDepartment, makeEmployee } from '../helpers/records';
import { startFakeResend, type FakeResend } from '../helpers/fake-resend';
import type { Staff } from '../helpers/session-mock';
import { setupTestDatabase, testWriter } from '../helpers/test-db';

/**
 * Issue 18, the outbox side: which channel a client is told through, which statuses tell them
 * (/settings/notifications), and quick moves merged into one message. Delivery through SMS and
 * Telegram is tested with their fakes in their own files.
 */
const database = setupTestDatabase();
let fake: FakeResend;
let departmentId = 0;
let actor: Staff;
let counter = 0;

type Contacts = { email?: string | null; phone?: string | null; telegramChatId?: string | null; preferredChannel?: 'email' | 'sms' | 'telegram' | null; emailStoppedAt?: Date | null };

function client(contacts: Contacts = {}) {
  counter += 1;
  return one(
    database()
      .insert(clients)
      .values({ name: `Клиент ${counter}`, phone: `+7916${String(counter).padStart(7, '0')}`, email: `c${counter}@mail.test`, ...contacts })
      .returning(),
  );
}

/** The client's messages of a ticket, in the order queued (PostgreSQL returns rows in no order without ORDER BY). */
async function clientRows(ticketId: number) {
  const rows = await testWriter().select().from(notifications).where(eq(notifications.ticketId, ticketId)).orderBy(notifications.id);
  return rows.filter((r) => r.recipientType === 'client');
}

async function move(ticketId: number, ...statuses: Status[]) {
  for (const to of statuses) await changeTicketStatus(ticketId, to, actor);
}

beforeAll(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  fake = await startFakeResend();
  process.env.RESEND_API_KEY = 're_test_channels';
  process.env.RESEND_BASE_URL = fake.url;
  resetEnvForTests();
  departmentId = (await makeDepartment(database())).id;
  const manager = await makeEmployee(database(), { departmentId, role: 'manager' });
  actor = { id: manager.id, fullName: manager.fullName, email: manager.email, role: 'manager', locale: 'ru', departmentId };
});

afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  process.env.NOTIFY_MERGE_SECONDS = '0';
  resetEnvForTests();
  await fake.close();
});

beforeEach(() => {
  fake.reset();
});

describe('the channel a client is told through', () => {
  it.each([
    ['e-mail and phone, no preference: e-mail', {}, 'email'],
    ['a phone only: SMS', { email: null }, 'sms'],
    ['Telegram connected: Telegram before e-mail and SMS', { telegramChatId: '777001' }, 'telegram'],
    ['the desk chose SMS: SMS although e-mail is on file', { preferredChannel: 'sms' as const }, 'sms'],
    ['e-mail stopped by the client: SMS', { emailStoppedAt: new Date() }, 'sms'],
  ])('%s', async (_name, contacts, channel) => {
    const c = await client(contacts);
    const ticket = await createTicket(intakeOf(c.id, departmentId), actor);
    const [row] = await clientRows(ticket.id);
    expect(row).toMatchObject({ kind: 'ticket_created', channel });
    const expected = channel === 'email' ? c.email : channel === 'sms' ? c.phone : c.telegramChatId;
    expect(row.recipientAddress).toBe(expected);
  });

  it('a preferred channel the client cannot be reached on falls back to the usual order', async () => {
    const c = await client({ preferredChannel: 'telegram' });
    const ticket = await createTicket(intakeOf(c.id, departmentId), actor);
    expect((await clientRows(ticket.id))[0]).toMatchObject({ channel: 'email', recipientAddress: c.email });
  });

  it('no consent, or nothing on file that is not stopped: no message at all', async () => {
    const declined = await one(database().insert(clients).values({ name: 'Без согласия', phone: '+79160009999', notify: false }).returning());
    expect(await clientRows((await createTicket(intakeOf(declined.id, departmentId), actor)).id)).toHaveLength(0);
    const stopped = await client({ email: null, phone: '+79160009998' });
    await database().update(clients).set({ smsStoppedAt: new Date() }).where(eq(clients.id, stopped.id));
    expect(await clientRows((await createTicket(intakeOf(stopped.id, departmentId), actor)).id)).toHaveLength(0);
  });
});

describe('which statuses tell the client', () => {
  it('by default: registered, ready and closed are told; diagnostics, in progress and awaiting parts are not', async () => {
    const c = await client();
    // A consultation closes without the repair's diagnosis and lines.
    const ticket = await createTicket(intakeOf(c.id, departmentId, { kind: 'consultation' }), actor);
    await move(ticket.id, 'diagnostics', 'in_progress', 'awaiting_parts', 'in_progress', 'ready', 'closed');
    const told = (await clientRows(ticket.id)).map((r) => (r.kind === 'ticket_created' ? 'new' : (r.payload as { to: Status }).to));
    expect(told).toEqual(['new', 'ready', 'closed']);
  });

  it('a manager turns a status off for one channel: that channel stays silent, the others still speak', async () => {
    const rules = await readClientNotificationRules();
    rules.ready.sms = false;
    await writeClientNotificationRules(testWriter(), rules);
    try {
      const bySms = await client({ email: null });
      const byMail = await client();
      for (const c of [bySms, byMail]) {
        const ticket = await createTicket(intakeOf(c.id, departmentId), actor);
        await move(ticket.id, 'ready');
        const statusRows = (await clientRows(ticket.id)).filter((r) => r.kind === 'status_changed');
        expect(statusRows).toHaveLength(c === bySms ? 0 : 1);
      }
    } finally {
      rules.ready.sms = true;
      await writeClientNotificationRules(testWriter(), rules);
    }
  });
});

describe('quick moves make one message', () => {
  beforeAll(() => {
    process.env.NOTIFY_MERGE_SECONDS = '120';
    resetEnvForTests();
  });
  afterAll(() => {
    process.env.NOTIFY_MERGE_SECONDS = '0';
    resetEnvForTests();
  });

  it('ready then closed within two minutes: one mail, saying closed, sent when the window is over', async () => {
    const c = await client();
    const ticket = await createTicket(intakeOf(c.id, departmentId, { kind: 'consultation' }), actor);
    await deliverDue();
    fake.reset();
    await move(ticket.id, 'in_progress', 'ready', 'closed');

    const pending = (await clientRows(ticket.id)).filter((r) => r.kind === 'status_changed');
    expect(pending).toHaveLength(1);
    expect(pending[0].payload).toMatchObject({ from: 'in_progress', to: 'closed' });

    // Nothing goes out inside the window …
    expect((await deliverDue()).sent).toBe(0);
    // … and one mail after it.
    await deliverDue({ now: new Date(Date.now() + 121_000) });
    const mails = fake.delivered().filter((m) => m.body.to === c.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.body.subject).toContain(messagesFor('ru').notifications.email.clientStatuses.closed.label);
  });

  it('a move back and forth sends nothing', async () => {
    const c = await client();
    const ticket = await createTicket(intakeOf(c.id, departmentId), actor);
    await move(ticket.id, 'in_progress');
    await deliverDue();
    fake.reset();

    await move(ticket.id, 'ready', 'in_progress');
    const rows = (await clientRows(ticket.id)).filter((r) => r.kind === 'status_changed');
    expect(rows.map((r) => r.state)).toEqual(['merged']);
    await deliverDue({ now: new Date(Date.now() + 121_000) });
    expect(fake.delivered().filter((m) => m.body.to === c.email)).toHaveLength(0);
  });

  it('ending on a status the client is not told of withdraws the waiting message', async () => {
    const c = await client();
    const ticket = await createTicket(intakeOf(c.id, departmentId), actor);
    await move(ticket.id, 'ready', 'awaiting_parts');
    expect((await clientRows(ticket.id)).filter((r) => r.kind === 'status_changed').map((r) => r.state)).toEqual(['merged']);
  });

  it('a client who stops e-mail while a message waits out its window does not get it', async () => {
    const c = await client();
    const ticket = await createTicket(intakeOf(c.id, departmentId, { kind: 'consultation' }), actor);
    await deliverDue();
    fake.reset();
    await move(ticket.id, 'ready');
    await database().update(clients).set({ emailStoppedAt: new Date() }).where(eq(clients.id, c.id));

    await deliverDue({ now: new Date(Date.now() + 121_000) });
    expect(fake.delivered().filter((m) => m.body.to === c.email)).toHaveLength(0);
    const [row] = (await clientRows(ticket.id)).filter((r) => r.kind === 'status_changed');
    expect(row).toMatchObject({ state: 'failed', lastError: STOPPED_BY_CLIENT });
  });

  it('moves further apart than the window are two messages', async () => {
    const c = await client();
    const ticket = await createTicket(intakeOf(c.id, departmentId, { kind: 'consultation' }), actor);
    await move(ticket.id, 'ready');
    // The first message has gone out (its window is over) before the next move.
    await deliverDue({ now: new Date(Date.now() + 121_000) });
    await move(ticket.id, 'closed');
    expect((await clientRows(ticket.id)).filter((r) => r.kind === 'status_changed' && r.state !== 'merged')).toHaveLength(2);
  });
});
