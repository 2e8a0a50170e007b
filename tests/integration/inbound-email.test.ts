import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/webhooks/resend/route';
import { attachReplyAction, dismissReplyAction } from '@/app/(staff)/replies/actions';
import { first, one } from '@/db/exec';
import { attachments, clients, inboundMessages, notifications, ticketEvents, tickets } from '@/db/tables';
import type { Role } from '@/lib/domain/enums';
import { resetEnvForTests } from '@/lib/env';
import { en } from '@/lib/i18n/messages/en';
import { replyAddress } from '@/lib/inbound/reply-address';
import { deliverDue } from '@/lib/notifications/deliver';
import { createTicket } from '@/lib/tickets/commands';
import { formatTicketNumber } from '@/lib/tickets/number';
import { pngBytes } from './authorization/arrange';
import { intakeOf, makeDepartment, makeEmployee } from '../helpers/records';
import { signWebhook, startFakeResend, type FakeResend, type InboundFixture } from '../helpers/fake-resend';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), after: () => undefined }));

const database = setupTestDatabase();
const SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const REDIRECT = { digest: expect.stringContaining('NEXT_REDIRECT') };
let fake: FakeResend;
let departmentId = 0;
const people = {} as Record<Role, Staff>;
let mails = 0;

async function staff(role: Role): Promise<Staff> {
  const e = await makeEmployee(database(), { departmentId, role });
  return { id: e.id, fullName: e.fullName, email: e.email, role, locale: 'en', departmentId };
}

/** A client with an e-mail, and a ticket of theirs assigned to the technician. */
async function clientTicket() {
  mails += 1;
  const client = await one(database().insert(clients).values({ name: `Анна ${mails}`, phone: `+7914${String(mails).padStart(7, '0')}`, email: `Anna${mails}@Mail.test`, notify: true, locale: 'ru' }).returning());
  const ticket = await createTicket(intakeOf(client.id, departmentId, { assigneeId: people.technician.id }), people.manager);
  return { client, ticket };
}

const QUOTED = '\n\nпн, 1 дек. 2026 г. в 10:00, Service Desk <no-reply@service.test>:\n> Здравствуйте! Заявка готова.\n';

/** Registers the mail with the fake Resend and returns the signed webhook delivery announcing it. */
function received(fixture: Omit<InboundFixture, 'id' | 'subject'> & { id?: string; subject?: string }) {
  const mail: InboundFixture = { id: fixture.id ?? `em_${randomBytes(6).toString('hex')}`, subject: 'Re: Заявка готова', ...fixture };
  fake.receive(mail);
  const payload = {
    type: 'email.received',
    created_at: new Date().toISOString(),
    data: {
      email_id: mail.id,
      created_at: new Date().toISOString(),
      from: mail.from,
      to: mail.to,
      cc: [],
      bcc: [],
      message_id: `<${mail.id}@mail.test>`,
      subject: mail.subject,
      attachments: (mail.attachments ?? []).map((a, i) => ({ id: a.id ?? `att_${i}`, filename: a.filename, content_type: a.contentType, content_disposition: 'attachment' })),
    },
  };
  return { mail, payload };
}

function deliver(payload: unknown, opts: { secret?: string; at?: Date; tamper?: boolean } = {}) {
  const signed = signWebhook(opts.secret ?? SECRET, payload, { at: opts.at });
  const body = opts.tamper ? signed.body.replace('Re:', 'Fw:') : signed.body;
  return POST(new Request('http://localhost/api/webhooks/resend', { method: 'POST', headers: signed.headers, body }));
}

// Each in the order written (PostgreSQL keeps no order without ORDER BY).
const inboundRows = () => database().select().from(inboundMessages).orderBy(inboundMessages.id);
const eventsOf = (ticketId: number, kind: 'client_message' | 'attached') =>
  database().select().from(ticketEvents).where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.kind, kind))).orderBy(ticketEvents.id);
const attachmentsOf = (ticketId: number) => database().select().from(attachments).where(eq(attachments.ticketId, ticketId)).orderBy(attachments.id);
const ticketRow = (id: number) => first(database().select().from(tickets).where(eq(tickets.id, id)).limit(1));
const inboundRow = (id: number) => first(database().select().from(inboundMessages).where(eq(inboundMessages.id, id)).limit(1));

function form(values: Record<string, string | number>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, String(v));
  return data;
}

beforeAll(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  fake = await startFakeResend();
  process.env.RESEND_API_KEY = 're_test_inbound';
  process.env.RESEND_BASE_URL = fake.url;
  process.env.RESEND_WEBHOOK_SECRET = SECRET;
  process.env.INBOUND_DOMAIN = 'replies.service.test';
  process.env.ATTACHMENTS_DIR = mkdtempSync(path.join(tmpdir(), 'crm-inbound-files-'));
  resetEnvForTests();
  departmentId = (await makeDepartment(database())).id;
  people.manager = await staff('manager');
  people.technician = await staff('technician');
  people.admin = await staff('admin');
});

afterAll(async () => {
  for (const k of ['RESEND_API_KEY', 'RESEND_BASE_URL', 'RESEND_WEBHOOK_SECRET', 'INBOUND_DOMAIN']) delete process.env[k];
  resetEnvForTests();
  await fake.close();
});

beforeEach(() => {
  fake.reset();
});

describe('a client replies by e-mail', () => {
  it('the reply lands on the ticket’s timeline without the quote, with its photo, marked and told to the assignee', async () => {
    const { client, ticket } = await clientTicket();
    const { payload } = received({
      from: `Анна <${client.email!.toUpperCase()}>`,
      to: [`"Service Desk" <${replyAddress(ticket.id)}>`],
      text: `Заберу завтра после обеда, фото царапины прилагаю.${QUOTED}`,
      attachments: [{ filename: 'царапина.png', contentType: 'image/png', content: pngBytes() }],
    });

    const response = await deliver(payload);

    expect(response.status).toBe(200);
    const [message] = await eventsOf(ticket.id, 'client_message');
    expect(message).toMatchObject({ body: 'Заберу завтра после обеда, фото царапины прилагаю.', isPublic: true, actorId: null });
    expect(message.details).toMatchObject({ via: 'email', attachments: 1 });
    expect(await attachmentsOf(ticket.id)).toEqual([expect.objectContaining({ originalName: 'царапина.png', mime: 'image/png', uploaderId: null })]);
    expect((await ticketRow(ticket.id))!.clientRepliedAt).toBeInstanceOf(Date);
    const notice = await database().select().from(notifications).where(and(eq(notifications.ticketId, ticket.id), eq(notifications.kind, 'client_message')));
    expect(notice).toEqual([expect.objectContaining({ recipientType: 'employee', employeeId: people.technician.id })]);
    expect((await inboundRows()).find((r) => r.ticketId === ticket.id)).toMatchObject({ state: 'attached', original: expect.stringContaining('Заявка готова') });
  });

  it('the same webhook delivered twice writes one message', async () => {
    const { client, ticket } = await clientTicket();
    const { payload } = received({ from: client.email!, to: [replyAddress(ticket.id)!], text: 'Спасибо!' });

    const first = await deliver(payload);
    const fetches = fake.receivingRequests.length;
    const second = await deliver(payload);

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await eventsOf(ticket.id, 'client_message')).toHaveLength(1);
    expect((await inboundRows()).filter((r) => r.ticketId === ticket.id)).toHaveLength(1);
    expect(fake.receivingRequests.length, 'the repeat is not fetched again').toBe(fetches);
  });

  it('a file the ticket cannot take is named on the message; the rest of the reply still goes in', async () => {
    const { client, ticket } = await clientTicket();
    const { payload } = received({
      from: client.email!,
      to: [replyAddress(ticket.id)!],
      text: 'Вот счёт и фото.',
      attachments: [
        { filename: 'invoice.exe', contentType: 'application/octet-stream', content: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0]) },
        { filename: 'photo.png', contentType: 'image/png', content: pngBytes() },
      ],
    });

    expect((await deliver(payload)).status).toBe(200);

    expect((await attachmentsOf(ticket.id)).map((a) => a.originalName)).toEqual(['photo.png']);
    expect((await eventsOf(ticket.id, 'client_message'))[0].details).toMatchObject({ attachments: 1, refused: [{ name: 'invoice.exe', code: 'type' }] });
  });

  it('answers 500 and writes nothing when Resend cannot be read, so the retry can succeed', async () => {
    const { client, ticket } = await clientTicket();
    const { payload } = received({ from: client.email!, to: [replyAddress(ticket.id)!], text: 'Когда будет готово?' });
    fake.failAlways(503);

    expect((await deliver(payload)).status).toBe(500);
    expect(await eventsOf(ticket.id, 'client_message')).toHaveLength(0);
    expect((await inboundRows()).filter((r) => r.ticketId === ticket.id)).toHaveLength(0);

    fake.reset();
    fake.receive({ id: payload.data.email_id, from: client.email!, to: [replyAddress(ticket.id)!], subject: 'Re', text: 'Когда будет готово?' });
    expect((await deliver(payload)).status).toBe(200);
    expect(await eventsOf(ticket.id, 'client_message')).toHaveLength(1);
  });

  it('acknowledges other events and writes nothing', async () => {
    const before = (await inboundRows()).length;
    const response = await deliver({ type: 'email.delivered', created_at: new Date().toISOString(), data: { email_id: 'x' } });
    expect(response.status).toBe(200);
    expect(await inboundRows()).toHaveLength(before);
  });
});

describe('a forged or stale webhook', () => {
  async function refusedWithNothingWritten(response: Response, ticketId: number) {
    expect(response.status).toBe(401);
    expect(await eventsOf(ticketId, 'client_message')).toHaveLength(0);
    expect((await inboundRows()).filter((r) => r.externalId.startsWith('forged'))).toHaveLength(0);
    expect(fake.receivingRequests, 'nothing is fetched either').toEqual([]);
  }

  it.each([
    ['a wrong secret', { secret: `whsec_${randomBytes(24).toString('base64')}` }],
    ['a changed body', { tamper: true }],
    ['a timestamp ten minutes old', { at: new Date(Date.now() - 10 * 60_000) }],
  ])('is refused with 401 for %s', async (_name, opts) => {
    const { client, ticket } = await clientTicket();
    const { payload } = received({ id: `forged_${randomBytes(4).toString('hex')}`, from: client.email!, to: [replyAddress(ticket.id)!], text: 'Подделка' });
    await refusedWithNothingWritten(await deliver(payload, opts), ticket.id);
  });

  it('is refused with 401 when RESEND_WEBHOOK_SECRET is not set, however it is signed', async () => {
    const { client, ticket } = await clientTicket();
    const { payload } = received({ id: `forged_${randomBytes(4).toString('hex')}`, from: client.email!, to: [replyAddress(ticket.id)!], text: 'Подделка' });
    process.env.RESEND_WEBHOOK_SECRET = '';
    resetEnvForTests();
    try {
      await refusedWithNothingWritten(await deliver(payload), ticket.id);
    } finally {
      process.env.RESEND_WEBHOOK_SECRET = SECRET;
      resetEnvForTests();
    }
  });

  it('is refused with 401 without the signature headers', async () => {
    const response = await POST(new Request('http://localhost/api/webhooks/resend', { method: 'POST', body: '{"type":"email.received"}' }));
    expect(response.status).toBe(401);
  });
});

describe('quarantine', () => {
  it('a reply from someone other than the ticket’s client waits at /replies, without its files', async () => {
    const { ticket } = await clientTicket();
    const { mail, payload } = received({
      from: 'Stranger <stranger@evil.test>',
      to: [replyAddress(ticket.id)!],
      text: 'Отдайте устройство моему курьеру.',
      attachments: [{ filename: 'photo.png', contentType: 'image/png', content: pngBytes() }],
    });

    expect((await deliver(payload)).status).toBe(200);

    expect((await inboundRows()).find((r) => r.externalId === mail.id)).toMatchObject({ state: 'quarantined', reason: 'unknown_sender', ticketId: null, original: 'Отдайте устройство моему курьеру.' });
    expect(await eventsOf(ticket.id, 'client_message')).toHaveLength(0);
    expect(await attachmentsOf(ticket.id)).toHaveLength(0);
    expect(fake.receivingRequests.some((u) => u.includes('/attachments') || u.startsWith('/__files'))).toBe(false);
  });

  it('a reply to an address that names no ticket (a forged tag) waits at /replies', async () => {
    const { client, ticket } = await clientTicket();
    const forged = replyAddress(ticket.id)!.replace(/-[0-9a-f]{16}@/, '-0000000000000000@');
    const { mail, payload } = received({ from: client.email!, to: [forged, 'someone@else.test'], text: 'Привет' });

    expect((await deliver(payload)).status).toBe(200);
    expect((await inboundRows()).find((r) => r.externalId === mail.id)).toMatchObject({ state: 'quarantined', reason: 'unknown_address' });
    expect(await eventsOf(ticket.id, 'client_message')).toHaveLength(0);
  });
});

describe('/replies', () => {
  async function quarantined() {
    const { client, ticket } = await clientTicket();
    const { mail, payload } = received({ from: 'Other <other@mail.test>', to: [replyAddress(ticket.id)!], text: `Это я, Анна, с рабочей почты.${QUOTED}` });
    await deliver(payload);
    return { client, ticket, row: (await inboundRows()).find((r) => r.externalId === mail.id)! };
  }

  it('a technician can neither attach nor dismiss', async () => {
    const { ticket, row } = await quarantined();
    signInAs(people.technician);
    expect(await attachReplyAction(undefined, form({ id: row.id, ticket: formatTicketNumber(ticket.id) }))).toMatchObject({ message: en.errors.forbidden });
    expect(await dismissReplyAction(undefined, form({ id: row.id }))).toMatchObject({ message: en.errors.forbidden });
    expect((await inboundRow(row.id))!.state).toBe('quarantined');
  });

  it('a manager attaches a reply to the ticket they name: it becomes the client’s message there', async () => {
    const { ticket, row } = await quarantined();
    signInAs(people.manager);
    await expect(attachReplyAction(undefined, form({ id: row.id, ticket: String(ticket.id) }))).rejects.toMatchObject(REDIRECT);

    expect(await inboundRow(row.id)).toMatchObject({ state: 'attached', ticketId: ticket.id });
    expect(await eventsOf(ticket.id, 'client_message')).toEqual([expect.objectContaining({ body: 'Это я, Анна, с рабочей почты.', isPublic: true })]);
    expect((await ticketRow(ticket.id))!.clientRepliedAt).toBeInstanceOf(Date);
    // Attached once: a second attempt is refused.
    expect(await attachReplyAction(undefined, form({ id: row.id, ticket: String(ticket.id) }))).toMatchObject({ message: en.replies.errors.notQuarantined });
  });

  it('names a mistyped or unknown ticket number next to the field', async () => {
    const { row } = await quarantined();
    signInAs(people.manager);
    expect(await attachReplyAction(undefined, form({ id: row.id, ticket: 'abc' }))).toMatchObject({ fieldErrors: { ticket: [en.validation.invalid_ticket_number] } });
    expect(await attachReplyAction(undefined, form({ id: row.id, ticket: 'SC-999999' }))).toMatchObject({ fieldErrors: { ticket: [en.replies.errors.ticketNotFound] } });
  });

  it('an admin dismisses a reply: it leaves the list and goes on no ticket', async () => {
    const { ticket, row } = await quarantined();
    signInAs(people.admin);
    await expect(dismissReplyAction(undefined, form({ id: row.id }))).rejects.toMatchObject(REDIRECT);
    expect((await inboundRow(row.id))!.state).toBe('dismissed');
    expect(await eventsOf(ticket.id, 'client_message')).toHaveLength(0);
  });
});

describe('mail to clients invites a reply', () => {
  it('carries the ticket’s reply address and says the client may answer it', async () => {
    const { client, ticket } = await clientTicket();
    await deliverDue();
    const sent = fake.delivered().find((m) => m.body.to === client.email || (Array.isArray(m.body.to) && m.body.to.includes(client.email!)));
    expect(sent?.body.reply_to).toEqual(replyAddress(ticket.id));
    expect(sent?.body.text).toContain('На это письмо можно ответить');
    expect(sent?.body.text).not.toContain('отвечать на него не нужно');
  });
});
