import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { lookupStatusAction } from '@/app/status/actions';
import { clearThrottle, getThrottle } from '@/db/queries/throttles';
import { createTicket } from '@/lib/tickets/commands';
import { one } from '@/db/exec';
import { clients } from '@/db/tables';
import { lookupTicket, LOOKUP_POLICY } from '@/lib/status/lookup';
import { formatTicketNumber } from '@/lib/tickets/number';
import { intakeOf, makeDepartment, makeEmployee } from '../helpers/records';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

// The caller's address as `npm start`'s server stamps it; the X-Forwarded-For is the client's own
// invention, a new one on every request, and must change nothing.
const request = vi.hoisted(() => {
  process.env.CRM_SERVER_STAMPS_CLIENT_ADDRESS = '1';
  return { ip: '203.0.113.1', forged: 0 };
});
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
  headers: async () =>
    new Headers({ 'accept-language': 'en', 'x-crm-client-address': request.ip, 'x-forwarded-for': `192.0.2.${++request.forged % 250}` }),
}));

const database = setupTestDatabase();
const MISS = 'We could not find a request with this number and contact. Check both and try again, or call us.';

let ipCounter = 0;
/** Each test looks up from an address of its own, so one test's tries never lock another. */
function freshAddress() {
  ipCounter += 1;
  request.ip = `198.51.100.${ipCounter}`;
  return request.ip;
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

async function lookup(number: string, contact: string) {
  try {
    return { state: await lookupStatusAction(undefined, form({ number, contact })), redirectedTo: null };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { state: null, redirectedTo: digest.split(';')[2] };
  }
}

let ticket = { id: 0, token: '' };

beforeAll(async () => {
  const db = database();
  const departmentId = (await makeDepartment(db)).id;
  const manager = await makeEmployee(db, { departmentId, role: 'manager' });
  const actor = { id: manager.id, fullName: manager.fullName, role: 'manager' as const };
  const anna = await one(db.insert(clients).values({ name: 'Anna', phone: '+79123456789', email: 'anna@example.com' }).returning());
  const boris = await one(db.insert(clients).values({ name: 'Boris', phone: '+79001112233', email: 'boris@example.com' }).returning());
  const intake = async (clientId: number) =>
    await createTicket(
      intakeOf(clientId, departmentId, { title: 'Phone' }),
      actor,
    );
  // A few tickets first, so the number has leading zeros worth typing in different ways.
  for (let i = 0; i < 41; i += 1) await intake(boris.id);
  const t = await intake(anna.id);
  ticket = { id: t.id, token: t.publicToken };
  await intake(boris.id); // SC-000043
});

beforeEach(() => {
  freshAddress();
});

describe('finding a request by number and contact', () => {
  it.each([
    ['SC-000042', '+7 912 345-67-89'],
    ['sc-000042', '8 (912) 345-67-89'],
    ['  SC 42 ', '89123456789'],
    ['000042', '+7-912-345-67-89'],
    ['42', '9123456789'],
    ['Sc42', ' Anna@Example.COM '],
  ])('"%s" with "%s" opens the status page', async (number, contact) => {
    expect(formatTicketNumber(ticket.id)).toBe('SC-000042');
    const { redirectedTo } = await lookup(number, contact);
    expect(redirectedTo).toBe(`/status/${ticket.token}`);
  });

  it.each([
    ['a number that does not exist', 'SC-999999', '+79123456789'],
    ['another client’s ticket with my phone', 'SC-000043', '+79123456789'],
    ['my ticket with another client’s phone', 'SC-000042', '+79001112233'],
    ['my ticket with another client’s e-mail', 'SC-000042', 'boris@example.com'],
    ['a phone that is not a phone', 'SC-000042', '12'],
    ['a number that is not a number', 'SC-00004X', '+79123456789'],
    ['an e-mail that is nearly mine', 'SC-000042', 'anna@example.co'],
  ])('one neutral message for every miss: %s', async (_case, number, contact) => {
    const { state, redirectedTo } = await lookup(number, contact);
    expect(redirectedTo).toBeNull();
    expect(state).toEqual({ message: MISS, values: { number: number.trim(), contact: contact.trim() } });
  });

  it('asks for both fields, without counting a try', async () => {
    const { state } = await lookup(' ', '');
    expect(state?.fieldErrors).toEqual({ number: ['Enter the request number.'], contact: ['Enter your phone number or e-mail.'] });
    expect(state?.message).toBeUndefined();
    expect(await getThrottle(`status-lookup:${request.ip}`)).toBeUndefined();
  });
});

describe('the per-address limit', () => {
  it('allows 10 tries in 10 minutes, then refuses even the right answer with a clear message', async () => {
    for (let i = 0; i < 10; i += 1) expect((await lookup('SC-000042', `+7912000000${i}`)).state?.message).toBe(MISS);
    const refused = await lookup('SC-000042', '+79123456789');
    expect(refused.redirectedTo).toBeNull();
    expect(refused.state).toMatchObject({ locked: true, message: expect.stringMatching(/^Too many attempts from your network\..*try again in 10 min/) });
    // Someone at another address is not affected.
    freshAddress();
    expect((await lookup('SC-000042', '+79123456789')).redirectedTo).toBe(`/status/${ticket.token}`);
  });

  it('counts found requests too: the limit is on tries, not only on misses', async () => {
    for (let i = 0; i < 10; i += 1) expect((await lookup('SC-000042', '+79123456789')).redirectedTo).toBe(`/status/${ticket.token}`);
    expect((await lookup('SC-000042', '+79123456789')).state).toMatchObject({ locked: true });
  });

  it('opens again when the pause is over, and refused tries do not prolong it', async () => {
    const address = freshAddress();
    const start = new Date('2030-01-01T10:00:00Z');
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const right = { number: 'SC-000042', contact: '+79123456789' };
    for (let i = 0; i < LOOKUP_POLICY.maxFailures; i += 1) expect((await lookupTicket(right, address, at(i / 2))).kind).toBe('found');
    expect(await lookupTicket(right, address, at(6))).toMatchObject({ kind: 'locked' });
    expect(await lookupTicket(right, address, at(14))).toMatchObject({ kind: 'locked' });
    expect(await lookupTicket(right, address, at(14.6))).toMatchObject({ kind: 'found', token: ticket.token });
    await clearThrottle(`status-lookup:${address}`);
  });

});
