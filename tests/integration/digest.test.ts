import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET, POST } from '@/app/api/cron/digest/route';
import { openTicketsOf } from '@/db/queries/digest';
import { first, one } from '@/db/exec';
import { employees, notifications, tickets } from '@/db/tables';
import type { Status } from '@/lib/domain/enums';
import { resetEnvForTests } from '@/lib/env';
import { enqueueDigests, runDigest } from '@/lib/notifications/digest';
import { hasCronSecret } from '@/lib/notifications/cron-auth';
import { makeClient, makeDepartment, makeEmployee } from '../helpers/records';
import { startFakeResend, type FakeResend } from '../helpers/fake-resend';
import { setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();
const SECRET = 'digest-test-secret-0123456789';
const URL = 'http://localhost:3000/api/cron/digest';
const DAY = 86_400_000;

let fake: FakeResend;
let clientId = 0;
let departmentId = 0;
const staff = {} as Record<'alice' | 'bob' | 'optedOut' | 'inactive' | 'onlyClosed' | 'idle', number>;

function call(method: 'GET' | 'POST', authorization?: string) {
  const headers = authorization === undefined ? undefined : { authorization };
  return (method === 'GET' ? GET : POST)(new Request(URL, { method, headers }));
}

function ticket(assigneeId: number, opts: { status?: Status; dueDate?: string | null; createdAt?: Date; title?: string } = {}) {
  return one(
    database()
      .insert(tickets)
      .values({
        publicToken: randomBytes(16).toString('base64url'),
        kind: 'repair',
        channel: 'phone',
        clientId,
        departmentId,
        assigneeId,
        title: opts.title ?? 'Repair',
        status: opts.status ?? 'new',
        closedAt: opts.status === 'closed' ? new Date() : null,
        dueDate: opts.dueDate ?? null,
        createdAt: opts.createdAt ?? new Date(),
      })
      .returning(),
  );
}

async function employee(opts: { active?: boolean; digestOptOut?: boolean; locale?: 'ru' | 'en' } = {}) {
  const e = await makeEmployee(database(), { departmentId, active: opts.active ?? true });
  await database().update(employees).set({ digestOptOut: opts.digestOptOut ?? false, locale: opts.locale ?? 'ru' }).where(eq(employees.id, e.id));
  return e.id;
}

const digestsTo = () => fake.delivered().filter((m) => m.body.tags?.some((t) => t.value === 'digest')).map((m) => m.body.to as string);
const addressOf = async (id: number) => (await first(database().select({ email: employees.email }).from(employees).where(eq(employees.id, id)).limit(1)))!.email;

beforeAll(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  fake = await startFakeResend();
  process.env.RESEND_API_KEY = 're_digest_test';
  process.env.RESEND_BASE_URL = fake.url;
  process.env.CRON_SECRET = SECRET;
  resetEnvForTests();
  const db = database();
  departmentId = (await makeDepartment(db)).id;
  clientId = (await makeClient(db)).id;
  staff.alice = await employee({ locale: 'en' });
  staff.bob = await employee();
  staff.optedOut = await employee({ digestOptOut: true });
  staff.inactive = await employee();
  staff.onlyClosed = await employee();
  staff.idle = await employee();
  await ticket(staff.alice);
  await ticket(staff.alice, { status: 'in_progress', dueDate: '2000-01-01' });
  await ticket(staff.bob, { status: 'awaiting_parts' });
  await ticket(staff.optedOut);
  await ticket(staff.inactive);
  await db.update(employees).set({ active: false }).where(eq(employees.id, staff.inactive));
  await ticket(staff.onlyClosed, { status: 'closed' });
  await ticket(staff.onlyClosed, { status: 'cancelled' });
});

afterAll(async () => {
  for (const k of ['RESEND_API_KEY', 'RESEND_BASE_URL', 'CRON_SECRET']) delete process.env[k];
  resetEnvForTests();
  await fake.close();
});

beforeEach(async () => {
  await database().delete(notifications);
  fake.reset();
});

describe('the cron endpoint', () => {
  it.each([
    ['no header', undefined],
    ['an empty bearer', 'Bearer '],
    ['a wrong secret', 'Bearer wrong-secret'],
    ['the secret with a suffix', `Bearer ${SECRET}x`],
    ['a prefix of the secret', `Bearer ${SECRET.slice(0, -1)}`],
    ['another scheme', `Basic ${SECRET}`],
    ['the bare secret', SECRET],
  ])('answers 401 to %s, and sends nothing', async (_name, authorization) => {
    for (const method of ['GET', 'POST'] as const) {
      const res = await call(method, authorization);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, error: 'unauthorized' });
    }
    expect(await database().select().from(notifications)).toHaveLength(0);
    expect(fake.requests).toHaveLength(0);
  });

  it('answers JSON with what it queued and sent, to GET and POST alike', async () => {
    const res = await call('POST', `Bearer ${SECRET}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ ok: true, queued: 2, alreadyQueued: 0, delivery: { sent: 2, retrying: 0, failed: 0 } });
    expect(body.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const again = await (await call('GET', `bearer ${SECRET}`)).json();
    expect(again).toMatchObject({ ok: true, queued: 0, alreadyQueued: 2, delivery: { sent: 0 } });
  });

  it('sends one digest to each active employee with open tickets who has not opted out', async () => {
    await call('GET', `Bearer ${SECRET}`);
    expect(digestsTo().sort()).toEqual([await addressOf(staff.alice), await addressOf(staff.bob)].sort());
  });

  it.each([2, 10])('%i concurrent calls on one day send one digest per eligible employee', async (n) => {
    const responses = await Promise.all(Array.from({ length: n }, (_, i) => call(i % 2 ? 'GET' : 'POST', `Bearer ${SECRET}`)));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(bodies.reduce((sum, b) => sum + b.queued, 0)).toBe(2);
    expect(bodies.reduce((sum, b) => sum + b.delivery.sent, 0)).toBe(2);
    expect(digestsTo().sort()).toEqual([await addressOf(staff.alice), await addressOf(staff.bob)].sort());
    expect(await database().select().from(notifications)).toHaveLength(2);
  });

  it('counts the day in APP_TIMEZONE: a minute after local midnight is a new day', async () => {
    // 20:59 UTC is 23:59 in Moscow; 21:01 UTC is already the next day there.
    const late = new Date('2030-06-15T20:59:00Z');
    const afterMidnight = new Date('2030-06-15T21:01:00Z');
    expect(await runDigest(late)).toMatchObject({ date: '2030-06-15', queued: 2 });
    expect(await runDigest(new Date('2030-06-15T06:00:00Z'))).toMatchObject({ date: '2030-06-15', queued: 0, alreadyQueued: 2 });
    expect(await runDigest(afterMidnight)).toMatchObject({ date: '2030-06-16', queued: 2 });
    const keys = (await database().select({ k: notifications.dedupeKey }).from(notifications)).map((r) => r.k);
    expect(keys).toContain(`digest:${staff.alice}:2030-06-15`);
    expect(keys).toContain(`digest:${staff.alice}:2030-06-16`);
    expect(digestsTo()).toHaveLength(4);
  });

  it('a digest that failed to send today is not queued again; the sweep retries it', async () => {
    fake.failNext(1);
    const first = await (await call('GET', `Bearer ${SECRET}`)).json();
    expect(first.delivery.retrying).toBe(1);
    expect(first.delivery.sent).toBe(1);
    expect(await enqueueDigests()).toMatchObject({ queued: 0, alreadyQueued: 2 });
  });
});

describe('what the digest lists', () => {
  it('open tickets only, overdue first, then by due date, then oldest first', async () => {
    const now = new Date('2030-05-15T09:00:00Z'); // 12:00 in Moscow
    const carol = await employee();
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
    const young = await ticket(carol, { createdAt: at(1), title: 'no due, young' });
    const old = await ticket(carol, { createdAt: at(9), title: 'no due, old' });
    const dueLater = await ticket(carol, { createdAt: at(2), dueDate: '2030-05-20', title: 'due 20th' });
    const dueToday = await ticket(carol, { createdAt: at(2), dueDate: '2030-05-15', title: 'due today' });
    const overdueLittle = await ticket(carol, { createdAt: at(3), dueDate: '2030-05-14', title: 'overdue 1 day' });
    const overdueLots = await ticket(carol, { createdAt: at(1), dueDate: '2030-05-01', title: 'overdue 2 weeks' });
    await ticket(carol, { status: 'closed', dueDate: '2030-05-01' });
    await ticket(carol, { status: 'cancelled' });

    const list = await openTicketsOf(carol, { now, limit: 100 });
    expect(list.rows.map((t) => t.id)).toEqual([overdueLots.id, overdueLittle.id, dueToday.id, dueLater.id, old.id, young.id]);
    expect(list.rows.map((t) => t.overdue)).toEqual([true, true, false, false, false, false]);
    expect(list.rows[0].clientName).toMatch(/^Client/);
    expect(list).toMatchObject({ total: 6, overdue: 2 });
    // Fewer shown than there are: the first ones in the same order, and the same totals.
    expect(await openTicketsOf(carol, { now, limit: 2 })).toEqual({ rows: list.rows.slice(0, 2), total: 6, overdue: 2 });
  });

  it('the mail shows the list with links, in the employee language', async () => {
    await call('GET', `Bearer ${SECRET}`);
    const alice = await addressOf(staff.alice);
    const mail = fake.delivered().find((m) => m.body.to === alice)!;
    expect(mail.idempotencyKey).toMatch(new RegExp(`^digest:${staff.alice}:\\d{4}-\\d{2}-\\d{2}$`));
    expect(mail.body.subject).toMatch(/^Your open tickets on .+: 2$/);
    expect(mail.body.text).toContain('You have 2 open ticket(s), 1 of them overdue.');
    const overdue = (await first(database().select().from(tickets).where(eq(tickets.dueDate, '2000-01-01')).limit(1)))!;
    const links = [...mail.body.html!.matchAll(/href="http:\/\/localhost:3000\/tickets\/(SC-\d{6})"/g)].map((m) => m[1]);
    expect(links[0]).toBe(`SC-${String(overdue.id).padStart(6, '0')}`);
    expect(links).toHaveLength(2);
    const bobAddress = await addressOf(staff.bob);
    const bob = fake.delivered().find((m) => m.body.to === bobAddress)!;
    expect(bob.body.subject).toMatch(/^Ваши открытые заявки на/);
  });
});

describe('hasCronSecret', () => {
  const req = (authorization: string) => new Request(URL, { headers: { authorization } });
  it('accepts only the exact secret as a bearer token', () => {
    expect(hasCronSecret(req(`Bearer ${SECRET}`), SECRET)).toBe(true);
    expect(hasCronSecret(req(`Bearer ${SECRET}`), '')).toBe(false);
    expect(hasCronSecret(req(`Bearer ${SECRET} extra`), SECRET)).toBe(false);
    expect(hasCronSecret(req(`Bearer ${SECRET.toUpperCase()}`), SECRET)).toBe(false);
  });
});
