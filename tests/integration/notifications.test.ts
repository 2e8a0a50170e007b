import { eq } from 'drizzle-orm';
import { transaction } from '@/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { resendNotificationAction } from '@/app/(staff)/outbox/actions';
import { regeneratePublicLinkAction, resendPublicLinkAction } from '@/app/(staff)/tickets/public-link-actions';
import { assignTicketAction, changeTicketStatusAction, createTicketAction, takeTicketAction } from '@/app/(staff)/tickets/actions';
import { getNotification, listNotifications } from '@/db/queries/notifications';
import { getTicket } from '@/db/queries/tickets';
import { createTicket } from '@/lib/tickets/commands';
import { first, one } from '@/db/exec';
import { clients, employees, notifications, tickets } from '@/db/tables';
import type { Role } from '@/lib/domain/enums';
import { resetEnvForTests } from '@/lib/env';
import { SERVER_STARTED_AT } from '@/lib/server-process';
import { outboxPreview } from '@/lib/notifications/current-link';
import { LEASE_MS, MAX_ATTEMPTS, backoffMs, deliverDue } from '@/lib/notifications/deliver';
import { enqueueStatusChanged } from '@/lib/notifications/enqueue';
import { notificationsEn } from '@/lib/i18n/messages/features/notifications';
import { makeDepartment, makeEmployee } from '../helpers/records';
import { startFakeResend, type FakeResend } from '../helpers/fake-resend';
import { signInAs, type Staff } from '../helpers/session-mock';
import { tellClientsOfEveryStatus } from '../helpers/notification-rules';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

// next/server's after() needs a live request; here its tasks are collected and run on demand,
// which is what Next does once the response has gone out.
const afterTasks: (() => unknown)[] = [];
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/server')>()),
  after: (task: () => unknown) => void afterTasks.push(task),
}));
async function afterResponse() {
  while (afterTasks.length > 0) await afterTasks.shift()!();
}

const database = setupTestDatabase();
const REDIRECT = { digest: expect.stringContaining('NEXT_REDIRECT') };
const APP_URL = 'http://localhost:3000';
const API_KEY = 're_test_0123456789';

let fake: FakeResend;
let departmentId = 0;
const people = {} as Record<Role, Staff>;

function form(values: Record<string, string | number>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, String(v));
  return data;
}

async function staff(role: Role, locale: 'ru' | 'en' = 'en'): Promise<Staff> {
  const e = await makeEmployee(database(), { departmentId, role });
  await database().update(employees).set({ locale }).where(eq(employees.id, e.id));
  return { id: e.id, fullName: e.fullName, email: e.email, role, locale, departmentId };
}

let clientCounter = 0;
function client(opts: { email?: string | null; notify?: boolean; locale?: 'ru' | 'en' } = {}) {
  clientCounter += 1;
  return one(
    database()
      .insert(clients)
      .values({
        name: `Client ${clientCounter}`,
        phone: `+7913${String(clientCounter).padStart(7, '0')}`,
        email: opts.email === undefined ? `client${clientCounter}@mail.test` : opts.email,
        notify: opts.notify ?? true,
        locale: opts.locale ?? 'ru',
      })
      .returning(),
  );
}

function intake(clientId: number, assigneeId: number | null = null) {
  return { kind: 'repair' as const, channel: 'walk_in' as const, clientId, departmentId, assigneeId, priority: 'normal' as const, dueDate: null, title: 'Ноутбук не включается', description: 'После падения' } as Parameters<typeof createTicket>[0];
}

/** A ticket made through the domain function, its creation mail already sent and forgotten. */
async function ticketFor(clientId: number, assigneeId: number | null = null) {
  const ticket = await createTicket(intake(clientId, assigneeId), people.manager);
  await deliverDue();
  fake.reset();
  return ticket;
}

/** A ticket's outbox rows in the order queued (PostgreSQL returns rows in no order without ORDER BY). */
function rowsFor(ticketId: number) {
  return database().select().from(notifications).where(eq(notifications.ticketId, ticketId)).orderBy(notifications.id);
}

/** Runs the sweep at each row's next attempt time until it stops being pending; returns the attempts made. */
async function sweepUntilSettled(id: number, start: Date) {
  let now = start;
  for (let i = 0; i < 20; i++) {
    await deliverDue({ now });
    const row = (await getNotification(id))!;
    if (row.state !== 'pending') return row;
    now = row.nextAttemptAt;
  }
  throw new Error('never settled');
}

beforeAll(async () => {
  // Delivery logs one line per mail; keep the test output readable.
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  fake = await startFakeResend();
  process.env.RESEND_API_KEY = API_KEY;
  process.env.RESEND_BASE_URL = fake.url;
  resetEnvForTests();
  // These cases move tickets through diagnostics and work: every status tells the client here.
  await tellClientsOfEveryStatus();
  departmentId = (await makeDepartment(database())).id;
  people.admin = await staff('admin');
  people.manager = await staff('manager');
  people.technician = await staff('technician', 'ru');
});

afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  resetEnvForTests();
  await fake.close();
});

beforeEach(async () => {
  // Each case counts the mails it causes: rows an earlier case left pending on purpose go.
  await database().delete(notifications).where(eq(notifications.state, 'pending'));
  fake.reset();
  afterTasks.length = 0;
});

describe('the client hears about their ticket', () => {
  it('a status change sends exactly one mail to the client, with the new status and a working public link', async () => {
    const c = await client({ locale: 'en' });
    const ticket = await ticketFor(c.id);
    signInAs(people.manager);

    expect(await changeTicketStatusAction(undefined, form({ id: ticket.id, to: 'diagnostics', version: ticket.version }))).toMatchObject({ ok: true });
    // Committed with the change, before any delivery.
    expect((await rowsFor(ticket.id)).filter((r) => r.kind === 'status_changed')).toHaveLength(1);
    await afterResponse();

    const sent = fake.delivered();
    expect(sent).toHaveLength(1);
    const mail = sent[0];
    expect(mail.body.to).toBe(c.email);
    expect(mail.authorization).toBe(`Bearer ${API_KEY}`);
    expect(mail.body.subject).toBe(`Request SC-${String(ticket.id).padStart(6, '0')}: Being diagnosed`);
    expect(mail.body.text).toContain('Being diagnosed');
    expect(mail.body.text).toContain('Received'); // the old status, in the client's words
    expect(mail.idempotencyKey).toBe(`status_changed:${ticket.id}:v2`);

    // The link is APP_URL/status/<the ticket's public token>.
    const link = /href="([^"]*\/status\/[^"]+)"/.exec(mail.body.html!)![1];
    expect(link.startsWith(`${APP_URL}/status/`)).toBe(true);
    const token = decodeURIComponent(link.slice(`${APP_URL}/status/`.length));
    expect((await first(database().select({ id: tickets.id }).from(tickets).where(eq(tickets.publicToken, token)).limit(1)))?.id).toBe(ticket.id);

    const row = (await rowsFor(ticket.id)).find((r) => r.kind === 'status_changed')!;
    expect(row).toMatchObject({ state: 'sent', transport: 'resend', attempts: 1, providerMessageId: mail.id });

    // Nothing is sent twice, whatever sweeps follow.
    await deliverDue();
    await deliverDue({ now: new Date(Date.now() + 24 * 3600_000) });
    expect(fake.delivered()).toHaveLength(1);
  });

  it('each further status change is one more mail, in the client language', async () => {
    const c = await client({ locale: 'ru' });
    const ticket = await ticketFor(c.id);
    signInAs(people.manager);
    await changeTicketStatusAction(undefined, form({ id: ticket.id, to: 'in_progress' }));
    await changeTicketStatusAction(undefined, form({ id: ticket.id, to: 'ready' }));
    await afterResponse();
    const subjects = fake.delivered().map((m) => m.body.subject);
    expect(subjects).toHaveLength(2);
    expect(subjects.some((s) => s.endsWith('В работе'))).toBe(true);
    expect(subjects.some((s) => s.endsWith('Готово'))).toBe(true);
  });

  it('registering a ticket sends the client the public status link', async () => {
    const c = await client({ locale: 'en' });
    signInAs(people.manager);
    await expect(
      createTicketAction(undefined, form({ kind: 'repair', channel: 'phone', clientId: c.id, departmentId, priority: 'normal', title: 'Phone <screen> cracked', description: '' })),
    ).rejects.toMatchObject(REDIRECT);
    await afterResponse();
    const sent = fake.delivered();
    expect(sent).toHaveLength(1);
    expect(sent[0].body.to).toBe(c.email);
    expect(sent[0].body.subject).toMatch(/^Your request SC-\d{6} is registered$/);
    expect(sent[0].body.html).toContain('Phone &lt;screen&gt; cracked');
    expect(sent[0].body.html).toMatch(new RegExp(`href="${APP_URL}/status/[A-Za-z0-9_-]{20,}"`));
  });

  it('a client without consent gets no mail', async () => {
    const ticket = await ticketFor((await client({ notify: false })).id);
    signInAs(people.manager);
    await changeTicketStatusAction(undefined, form({ id: ticket.id, to: 'diagnostics' }));
    await afterResponse();
    expect(await rowsFor(ticket.id)).toHaveLength(0);
    expect(fake.requests).toHaveLength(0);
  });

  it('a client without an e-mail address gets no mail: the message goes by SMS to their phone instead', async () => {
    const c = await client({ email: null });
    const ticket = await ticketFor(c.id);
    signInAs(people.manager);
    await changeTicketStatusAction(undefined, form({ id: ticket.id, to: 'diagnostics' }));
    await afterResponse();
    expect((await rowsFor(ticket.id)).map((r) => [r.channel, r.recipientAddress])).toEqual([
      ['sms', c.phone],
      ['sms', c.phone],
    ]);
    expect(fake.requests).toHaveLength(0);
  });

  it('a refused status change queues nothing', async () => {
    const c = await client();
    const ticket = await ticketFor(c.id, people.admin.id);
    signInAs(people.technician); // not their ticket
    expect(await changeTicketStatusAction(undefined, form({ id: ticket.id, to: 'diagnostics' }))).toMatchObject({ message: expect.any(String) });
    expect((await rowsFor(ticket.id)).filter((r) => r.kind === 'status_changed')).toHaveLength(0);
  });
});

describe('a mail carries the status link the ticket has when it goes out', () => {
  const linkOf = async (ticketId: number) => `${APP_URL}/status/${(await getTicket(ticketId))!.publicToken}`;

  /** A client's ticket with one status mail waiting in the outbox: committed, not yet delivered. */
  async function waitingStatusMail() {
    const ticket = await ticketFor((await client({ locale: 'en' })).id);
    signInAs(people.manager);
    expect(await changeTicketStatusAction(undefined, form({ id: ticket.id, to: 'diagnostics' }))).toMatchObject({ ok: true });
    afterTasks.length = 0; // the response has not gone out yet
    return { ticket, row: (await rowsFor(ticket.id)).find((r) => r.kind === 'status_changed')! };
  }

  async function regenerate(ticketId: number) {
    signInAs(people.manager);
    expect(await regeneratePublicLinkAction(undefined, form({ id: ticketId }))).toMatchObject({ ok: true });
  }

  it('a status mail queued before the link was regenerated goes out with the new link, not the dead one', async () => {
    const { ticket, row } = await waitingStatusMail();
    const old = await linkOf(ticket.id);
    await regenerate(ticket.id);
    const fresh = await linkOf(ticket.id);
    expect(fresh).not.toBe(old);

    await deliverDue();
    const [mail] = fake.delivered();
    expect(fake.delivered()).toHaveLength(1);
    expect(mail.body.html).toContain(`href="${fresh}"`);
    expect(mail.body.text).toContain(fresh);
    expect(mail.body.html).not.toContain(old);
    expect(mail.body.text).not.toContain(old);
    expect(mail.idempotencyKey).toBe(row.dedupeKey); // the key the row was queued under
    // The outbox records what went out.
    expect((await getNotification(row.id))?.html).toContain(`href="${fresh}"`);
  });

  it('a mail that failed before the link was regenerated is retried with the new link, under the same key', async () => {
    const { ticket, row } = await waitingStatusMail();
    const old = await linkOf(ticket.id);
    fake.failNext(1);
    const t0 = new Date('2030-02-01T09:00:00Z');
    expect(await deliverDue({ now: t0 })).toMatchObject({ retrying: 1 });
    expect((await getNotification(row.id))?.html).toContain(old); // rendered at the first attempt and kept

    await regenerate(ticket.id);
    expect(await deliverDue({ now: (await getNotification(row.id))!.nextAttemptAt })).toMatchObject({ sent: 1 });
    const [first, retry] = fake.requests;
    expect(first.body.html).toContain(old);
    expect(retry.body.html).toContain(`href="${await linkOf(ticket.id)}"`);
    expect(retry.body.html).not.toContain(old);
    expect(retry.idempotencyKey).toBe(first.idempotencyKey);
  });

  it('"send the link again" followed by a new link: the queued mail carries the new one', async () => {
    const ticket = await ticketFor((await client({ locale: 'en' })).id);
    signInAs(people.manager);
    expect(await resendPublicLinkAction(undefined, form({ id: ticket.id }))).toMatchObject({ ok: true });
    const row = (await rowsFor(ticket.id)).find((r) => r.dedupeKey.startsWith('link:'))!;
    const old = await linkOf(ticket.id);
    await regenerate(ticket.id);

    await afterResponse(); // the delivery the first action scheduled
    const [mail] = fake.delivered();
    expect(mail.body.html).toContain(`href="${await linkOf(ticket.id)}"`);
    expect(mail.body.html).not.toContain(old);
    expect(mail.idempotencyKey).toBe(row.dedupeKey);
  });

  it('the outbox shows a waiting mail with the link it will carry, and a sent one as it went out', async () => {
    const { ticket, row } = await waitingStatusMail();
    const old = await linkOf(ticket.id);
    await regenerate(ticket.id);
    const second = await linkOf(ticket.id);
    const waiting = await outboxPreview((await getNotification(row.id))!);
    expect(waiting.html).toContain(`href="${second}"`);
    expect(waiting.text).toContain(second);
    expect(waiting.html).not.toContain(old);

    await deliverDue();
    await regenerate(ticket.id); // after sending: the mail went out with the second link
    const sent = await outboxPreview((await getNotification(row.id))!);
    expect(sent.html).toContain(`href="${second}"`);
    expect(sent.html).not.toContain(await linkOf(ticket.id));
  });
});

describe('an employee hears about tickets assigned to them', () => {
  it('an assignment sends one mail to the assignee, in their language, with the link to the ticket', async () => {
    const ticket = await ticketFor((await client()).id);
    signInAs(people.manager);
    expect(await assignTicketAction(undefined, form({ id: ticket.id, assigneeId: people.technician.id }))).toMatchObject({ ok: true });
    await afterResponse();
    const sent = fake.delivered();
    expect(sent).toHaveLength(1);
    expect(sent[0].body.to).toBe(people.technician.email);
    expect(sent[0].body.subject).toContain('Вам назначена заявка');
    expect(sent[0].body.text).toContain(`${people.manager.fullName} назначил(а) вас`);
    expect(sent[0].body.html).toContain(`href="${APP_URL}/tickets/SC-${String(ticket.id).padStart(6, '0')}"`);
  });

  it('self-assignment sends nothing', async () => {
    const ticket = await ticketFor((await client({ notify: false })).id);
    signInAs(people.technician);
    expect(await takeTicketAction(undefined, form({ id: ticket.id }))).toMatchObject({ ok: true });
    signInAs(people.manager);
    const other = await ticketFor((await client({ notify: false })).id);
    expect(await assignTicketAction(undefined, form({ id: other.id, assigneeId: people.manager.id }))).toMatchObject({ ok: true });
    await afterResponse();
    await deliverDue();
    expect((await getTicket(ticket.id))?.assigneeId).toBe(people.technician.id);
    expect(await rowsFor(ticket.id)).toHaveLength(0);
    expect(await rowsFor(other.id)).toHaveLength(0);
    expect(fake.requests).toHaveLength(0);
  });

  it('a ticket registered with someone else as assignee tells them too', async () => {
    const c = await client({ notify: false });
    signInAs(people.manager);
    await expect(
      createTicketAction(undefined, form({ kind: 'consultation', channel: 'email', clientId: c.id, departmentId, assigneeId: people.admin.id, priority: 'high', title: 'Настройка', description: '' })),
    ).rejects.toMatchObject(REDIRECT);
    await afterResponse();
    expect(fake.delivered().map((m) => m.body.to)).toEqual([people.admin.email]);
  });

  it('unassigning sends nothing', async () => {
    const ticket = await ticketFor((await client({ notify: false })).id, people.technician.id);
    signInAs(people.manager);
    await assignTicketAction(undefined, form({ id: ticket.id, assigneeId: '' }));
    await afterResponse();
    expect(fake.requests).toHaveLength(0);
  });
});

describe('delivery: nothing lost, nothing sent twice', () => {
  /** One pending status mail, committed the way the app commits it. */
  async function pendingMail(): Promise<number> {
    const c = await client({ locale: 'en' });
    const ticket = await createTicket(intake(c.id), people.manager);
    await database().delete(notifications).where(eq(notifications.ticketId, ticket.id));
    const moved = await one(database().update(tickets).set({ status: 'diagnostics', version: 2 }).where(eq(tickets.id, ticket.id)).returning());
    await transaction(async (tx) => await enqueueStatusChanged(tx, moved, 'new', 'diagnostics'));
    return (await rowsFor(ticket.id))[0].id;
  }

  it('the same change cannot queue two mails (dedupe key)', async () => {
    const id = await pendingMail();
    const row = (await getNotification(id))!;
    const ticket = (await getTicket(row.ticketId!))!;
    await transaction(async (tx) => await enqueueStatusChanged(tx, ticket, 'new', 'diagnostics'));
    expect(await rowsFor(ticket.id)).toHaveLength(1);
  });

  it('a mail service failing 3 times then succeeding ends in exactly one delivery', async () => {
    const id = await pendingMail();
    fake.failNext(3);
    const t0 = new Date('2030-01-01T09:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);

    expect(await deliverDue({ now: t0 })).toMatchObject({ retrying: 1 });
    expect(await getNotification(id)).toMatchObject({ state: 'pending', attempts: 1, nextAttemptAt: at(backoffMs(1)) });
    // Not due yet: the sweep leaves it alone.
    expect(await deliverDue({ now: at(backoffMs(1) - 1) })).toEqual({ sent: 0, kept: 0, retrying: 0, failed: 0 });

    await deliverDue({ now: at(backoffMs(1)) });
    await deliverDue({ now: at(backoffMs(1) + backoffMs(2)) });
    const row = (await getNotification(id))!;
    expect(row).toMatchObject({ state: 'pending', attempts: 3 });
    expect(row.lastError).toContain('500');
    expect(await deliverDue({ now: row.nextAttemptAt })).toMatchObject({ sent: 1 });

    expect(fake.requests).toHaveLength(4);
    expect(fake.delivered()).toHaveLength(1);
    // Every attempt carried the same key and the same body, so a provider that did get one cannot send twice.
    expect(new Set(fake.requests.map((r) => r.idempotencyKey)).size).toBe(1);
    expect(new Set(fake.requests.map((r) => r.body.html)).size).toBe(1);
    expect(await getNotification(id)).toMatchObject({ state: 'sent', attempts: 4, lastError: null, transport: 'resend' });
  });

  it('back-off doubles: 1, 2, 4, 8, 16 minutes', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16]);
  });

  it('a permanent failure ends failed after 6 attempts, is listed in the outbox, and can be resent', async () => {
    const id = await pendingMail();
    fake.failAlways(503);
    const row = await sweepUntilSettled(id, new Date('2030-02-01T09:00:00Z'));
    expect(row).toMatchObject({ state: 'failed', attempts: MAX_ATTEMPTS });
    expect(fake.requests).toHaveLength(MAX_ATTEMPTS);
    expect((await listNotifications({ state: 'failed' }, {})).rows.map((r) => r.id)).toContain(id);

    // A technician may not resend; nothing changes.
    signInAs(people.technician);
    expect(await resendNotificationAction(undefined, form({ id }))).toMatchObject({ message: expect.any(String) });
    expect((await getNotification(id))?.state).toBe('failed');
    signInAs(null);
    await expect(resendNotificationAction(undefined, form({ id }))).rejects.toMatchObject(REDIRECT);

    // The service is back; a manager resends.
    fake.reset();
    signInAs(people.manager);
    await expect(resendNotificationAction(undefined, form({ id }))).rejects.toMatchObject(REDIRECT);
    expect(await getNotification(id)).toMatchObject({ state: 'pending', attempts: 0 });
    await afterResponse();
    expect(fake.delivered()).toHaveLength(1);
    expect(await getNotification(id)).toMatchObject({ state: 'sent', attempts: 1 });

    // Only a failed row can be resent.
    expect(await resendNotificationAction(undefined, form({ id }))).toMatchObject({ message: notificationsEn.outbox.resend.notFailed });
  });

  it('a rejection that cannot heal (422) fails at once instead of retrying', async () => {
    const id = await pendingMail();
    fake.failAlways(422);
    expect(await deliverDue()).toMatchObject({ failed: 1 });
    expect(await getNotification(id)).toMatchObject({ state: 'failed', attempts: 1 });
    expect((await getNotification(id))?.lastError).toContain('validation_error');
  });

  it('a row left pending by a killed process is delivered by the next sweep', async () => {
    // The process committed the change and its outbox row, then died before after() ran.
    const id = await pendingMail();
    expect((await getNotification(id))?.state).toBe('pending');
    expect(await deliverDue()).toMatchObject({ sent: 1 });
    expect(fake.delivered()).toHaveLength(1);
  });

  it('a process killed in the middle of sending: the row is retried when its lease runs out, and not sent twice', async () => {
    const id = await pendingMail();
    const t0 = new Date('2030-03-01T09:00:00Z');
    // First process: claims the row and gets the mail to the provider, then dies before recording it.
    const { claimNotification } = await import('@/db/queries/notifications');
    const claimed = (await claimNotification(id, t0, new Date(t0.getTime() + LEASE_MS)))!;
    const { renderNotification } = await import('@/lib/notifications/render');
    const mail = await renderNotification({ kind: claimed.kind, locale: claimed.locale, payload: claimed.payload } as never);
    await fetch(`${fake.url}/emails`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}`, 'idempotency-key': claimed.dedupeKey, 'content-type': 'application/json' },
      body: JSON.stringify({ to: claimed.recipientAddress, subject: mail.subject, html: mail.html }),
    });
    // While the lease holds, nobody else touches it.
    expect(await deliverDue({ now: new Date(t0.getTime() + 1000) })).toEqual({ sent: 0, kept: 0, retrying: 0, failed: 0 });
    // After it, the next sweep completes the job; the provider recognises the key and sends nothing new.
    expect(await deliverDue({ now: new Date(t0.getTime() + LEASE_MS) })).toMatchObject({ sent: 1 });
    expect((await getNotification(id))?.state).toBe('sent');
    expect(fake.requests).toHaveLength(2);
    expect(fake.delivered()).toHaveLength(1);
  });

  it('a server restarted after such a crash takes the row back at once, not after the lease', async () => {
    const id = await pendingMail();
    const { claimNotification, releaseAbandonedClaims } = await import('@/db/queries/notifications');
    const t0 = Date.now();
    // The crashed process took the row before this server started (t0 + 1 s)…
    await claimNotification(id, new Date(t0), new Date(t0 + LEASE_MS));
    // …and a sweep of this server took another one after it: that claim is left alone.
    const other = await pendingMail();
    await claimNotification(other, new Date(t0 + 2000), new Date(t0 + 2000 + LEASE_MS));
    expect(await deliverDue()).toEqual({ sent: 0, kept: 0, retrying: 0, failed: 0 });

    expect(await releaseAbandonedClaims(new Date(t0 + 1000))).toBe(1);
    expect(await deliverDue()).toMatchObject({ sent: 1 });
    expect(await getNotification(id)).toMatchObject({ state: 'sent', claimedAt: null });
    expect((await getNotification(other))?.state).toBe('pending');
  });

  it('a worker process started later takes back only claims older than the server, never one a live worker holds', async () => {
    const { claimNotification } = await import('@/db/queries/notifications');
    const { startSweepTimer, stopSweepTimer } = await import('@/lib/notifications/timer');
    const abandoned = await pendingMail();
    const held = await pendingMail();
    const t0 = Date.now();
    await claimNotification(abandoned, new Date(t0), new Date(t0 + LEASE_MS)); // by a process of the server that ran before this one
    // This server (scripts/start.ts) began at t0 + 1 s; a live worker of it took `held` after that…
    process.env[SERVER_STARTED_AT] = String(t0 + 1000);
    await claimNotification(held, new Date(t0 + 2000), new Date(t0 + 2000 + LEASE_MS));
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // …and the worker whose first sweep runs now started later still.
      vi.setSystemTime(t0 + 3000);
      startSweepTimer(60_000, 0);
      await vi.waitFor(async () => expect((await getNotification(abandoned))?.state).toBe('sent'), { timeout: 5000 });
      expect(await getNotification(held)).toMatchObject({ state: 'pending', claimedAt: new Date(t0 + 2000) });
    } finally {
      vi.useRealTimers();
      stopSweepTimer();
      delete process.env[SERVER_STARTED_AT];
    }
  });

  it('concurrent sweeps send each row once', async () => {
    const ids = [await pendingMail(), await pendingMail(), await pendingMail()];
    await Promise.all(Array.from({ length: 5 }, () => deliverDue()));
    expect(fake.delivered()).toHaveLength(3);
    for (const id of ids) expect((await getNotification(id))?.state).toBe('sent');
  });

  it('without RESEND_API_KEY the rendered mail is kept in the outbox, finished but not counted as sent', async () => {
    delete process.env.RESEND_API_KEY;
    resetEnvForTests();
    try {
      const id = await pendingMail();
      expect(await deliverDue()).toMatchObject({ sent: 0, kept: 1 });
      const row = (await getNotification(id))!;
      expect(row).toMatchObject({ state: 'sent', transport: 'outbox', providerMessageId: null });
      expect(row.html).toContain('<html');
      expect(row.text).toContain('Being diagnosed');
      expect(fake.requests).toHaveLength(0);
    } finally {
      process.env.RESEND_API_KEY = API_KEY;
      resetEnvForTests();
    }
  });

  it('the outbox lists by state and kind, newest first, page by page', async () => {
    const all = await listNotifications({}, {}, 3);
    expect(all.rows).toHaveLength(3);
    expect(all.nextCursor).not.toBeNull();
    const { decodeCursor } = await import('@/lib/domain/cursor');
    const next = await listNotifications({}, { after: decodeCursor(all.nextCursor) }, 3);
    expect(next.rows[0].id).not.toBe(all.rows[0].id);
    expect(new Set([...all.rows, ...next.rows].map((r) => r.id)).size).toBe(all.rows.length + next.rows.length);
    for (const r of (await listNotifications({ kind: 'assigned' }, {})).rows) expect(r.kind).toBe('assigned');
    for (const r of (await listNotifications({ state: 'sent' }, {})).rows) expect(r.state).toBe('sent');
  });
});
