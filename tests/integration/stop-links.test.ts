import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as stopLinkGet, POST as oneClickStop } from '@/app/api/stop/[code]/route';
import { GET as shortLink } from '@/app/s/[code]/route';
import { resumeChannelOnStatusAction, stopChannelOnStatusAction } from '@/app/status/channel-actions';
import { resumeByLinkAction, stopByLinkAction } from '@/app/u/actions';
import { first } from '@/db/exec';
import { auditLog, clients, throttles, tickets } from '@/db/tables';
import { LINK_POLICY } from '@/lib/channels/link-throttle';
import { oneClickStopUrl, parseStopCode, SHORT_TOKEN_LENGTH, stopCode } from '@/lib/channels/stop-codes';
import { resetEnvForTests } from '@/lib/env';
import { makeClient, makeDepartment, makeTicket } from '../helpers/records';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

/** Issue 18: the links in a client's messages — stop (/u/, one-click /api/stop/) and the short status link (/s/). */
const database = setupTestDatabase();
const REDIRECT = (to: string) => ({ digest: expect.stringContaining(`;${to};`) });
let departmentId = 0;

beforeAll(async () => {
  process.env.APP_URL = 'https://crm.example.ru';
  resetEnvForTests();
  departmentId = (await makeDepartment(database())).id;
});

afterAll(() => {
  process.env.APP_URL = 'http://localhost:3000';
  resetEnvForTests();
});

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

const clientRow = async (id: number) => (await first(database().select().from(clients).where(eq(clients.id, id)).limit(1)))!;
const auditRows = async (id: number) => (await database().select().from(auditLog).where(eq(auditLog.entityId, id))).filter((r) => r.entityType === 'client');
const post = (code: string, body?: string) =>
  oneClickStop(new Request(`https://crm.example.ru/api/stop/${code}`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }), {
    params: Promise.resolve({ code }),
  });
const short = (code: string) => shortLink(new Request(`https://crm.example.ru/s/${code}`), { params: Promise.resolve({ code }) });

describe('stop codes', () => {
  it('round-trip the client and channel, and a changed character or another client is refused', () => {
    const code = stopCode(4242, 'sms');
    expect(parseStopCode(code)).toEqual({ clientId: 4242, channel: 'sms' });
    expect(parseStopCode(code.replace('-s-', '-e-'))).toBeNull(); // same MAC, other channel
    expect(parseStopCode(code.replace(/^[0-9a-z]+/, (4243).toString(36)))).toBeNull(); // same MAC, other client
    const last = code.at(-1) === '0' ? '1' : '0';
    expect(parseStopCode(code.slice(0, -1) + last)).toBeNull();
    for (const junk of ['', 'x', '../../etc/passwd', `${code}0`, code.toUpperCase(), '0-s-0123456789abcdef']) expect(parseStopCode(junk)).toBeNull();
  });
});

describe('the one-click stop (RFC 8058)', () => {
  it('stops the channel at once, once, with an audit row', async () => {
    const client = await makeClient(database());
    const code = oneClickStopUrl(client.id, 'email').split('/').pop()!;
    expect((await post(code, 'List-Unsubscribe=One-Click')).status).toBe(200);
    const stoppedAt = (await clientRow(client.id)).emailStoppedAt;
    expect(stoppedAt).toBeInstanceOf(Date);
    expect((await clientRow(client.id)).smsStoppedAt).toBeNull();
    // A second POST (the mail client retrying) keeps the first time and writes no second audit row.
    expect((await post(code, 'List-Unsubscribe=One-Click')).status).toBe(200);
    expect((await clientRow(client.id)).emailStoppedAt).toEqual(stoppedAt);
    expect(await auditRows(client.id)).toHaveLength(1);
  });

  it('a forged code is a 404 and stops nothing; a POST without the one-click body is refused', async () => {
    const client = await makeClient(database());
    const forged = `${client.id.toString(36)}-s-0123456789abcdef`;
    const forgedResponse = await post(forged, 'List-Unsubscribe=One-Click');
    expect(forgedResponse.status).toBe(404);
    expect(await forgedResponse.text()).toBe('This link is not valid');
    const code = stopCode(client.id, 'sms');
    expect((await post(code)).status).toBe(400);
    expect((await post(code, 'List-Unsubscribe=Yes')).status).toBe(400);
    expect((await post(code, `List-Unsubscribe=One-Click&pad=${'x'.repeat(5000)}`)).status).toBe(400);
    expect((await clientRow(client.id)).smsStoppedAt).toBeNull();
  });

  it('a GET changes nothing and leads to the stop page', async () => {
    const client = await makeClient(database());
    const code = stopCode(client.id, 'sms');
    const response = await stopLinkGet(new Request(`https://crm.example.ru/api/stop/${code}`), { params: Promise.resolve({ code }) });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`https://crm.example.ru/u/${code}`);
    expect((await clientRow(client.id)).smsStoppedAt).toBeNull();
    expect((await stopLinkGet(new Request('https://crm.example.ru/api/stop/nope'), { params: Promise.resolve({ code: 'nope' }) })).status).toBe(404);
  });
});

describe('the stop page /u/<code>', () => {
  it('its button stops the channel and its resume turns it back on', async () => {
    const client = await makeClient(database());
    const code = stopCode(client.id, 'sms');
    await expect(stopByLinkAction(form({ code }))).rejects.toMatchObject(REDIRECT(`/u/${code}?done=stopped`));
    expect((await clientRow(client.id)).smsStoppedAt).toBeInstanceOf(Date);
    await expect(resumeByLinkAction(form({ code }))).rejects.toMatchObject(REDIRECT(`/u/${code}?done=resumed`));
    expect((await clientRow(client.id)).smsStoppedAt).toBeNull();
    expect((await auditRows(client.id)).map((r) => Object.keys(r.changes ?? {}))).toEqual([['smsStoppedAt'], ['smsStoppedAt']]);
  });

  it('refuses garbage and forged codes without writing anything', async () => {
    const client = await makeClient(database());
    for (const code of ['', 'garbage', `${client.id.toString(36)}-s-ffffffffffffffff`, 'x'.repeat(5000)]) {
      await expect(stopByLinkAction(form({ code }))).rejects.toMatchObject(REDIRECT('/u/invalid'));
    }
    await expect(stopByLinkAction(new FormData())).rejects.toMatchObject(REDIRECT('/u/invalid'));
    expect((await clientRow(client.id)).smsStoppedAt).toBeNull();
    expect(await auditRows(client.id)).toHaveLength(0);
  });
});

describe('the status page\'s Stop / Resume', () => {
  it('acts on the client of the ticket behind the token, whatever else the form says', async () => {
    const mine = await makeClient(database());
    const other = await makeClient(database());
    const ticket = await makeTicket(database(), { clientId: mine.id, departmentId });
    const attempt = form({ token: ticket.publicToken, channel: 'sms', clientId: String(other.id) });
    await expect(stopChannelOnStatusAction(attempt)).rejects.toMatchObject(REDIRECT(`/status/${ticket.publicToken}?messages=stopped#messages`));
    expect((await clientRow(mine.id)).smsStoppedAt).toBeInstanceOf(Date);
    expect((await clientRow(other.id)).smsStoppedAt).toBeNull();
    await expect(resumeChannelOnStatusAction(form({ token: ticket.publicToken, channel: 'sms' }))).rejects.toMatchObject(REDIRECT(`/status/${ticket.publicToken}?messages=resumed#messages`));
    expect((await clientRow(mine.id)).smsStoppedAt).toBeNull();
  });

  it('an unknown token or channel goes to the look-up and writes nothing', async () => {
    const before = (await database().select().from(auditLog)).length;
    await expect(stopChannelOnStatusAction(form({ token: 'A'.repeat(22), channel: 'sms' }))).rejects.toMatchObject(REDIRECT('/status'));
    const ticket = await makeTicket(database(), { clientId: (await makeClient(database())).id, departmentId });
    await expect(stopChannelOnStatusAction(form({ token: ticket.publicToken, channel: 'fax' }))).rejects.toMatchObject(REDIRECT('/status'));
    expect(await database().select().from(auditLog)).toHaveLength(before);
  });
});

describe('the short status link /s/<code>', () => {
  it('leads to the status page of the one ticket whose token starts with the code', async () => {
    await database().delete(throttles);
    const ticket = await makeTicket(database(), { clientId: (await makeClient(database())).id, departmentId });
    const response = await short(ticket.publicToken.slice(0, SHORT_TOKEN_LENGTH));
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(`https://crm.example.ru/status/${ticket.publicToken}`);
  });

  it('refuses garbage, a wrong length, no match and an ambiguous prefix with a plain 404', async () => {
    await database().delete(throttles);
    const clientId = (await makeClient(database())).id;
    const a = await makeTicket(database(), { clientId, departmentId });
    const b = await makeTicket(database(), { clientId, departmentId });
    // Two tokens that share their first 12 characters (not possible by chance; forced here).
    await database().update(tickets).set({ publicToken: 'SAMEPREFIX12aaaaaaaaaa' }).where(eq(tickets.id, a.id));
    await database().update(tickets).set({ publicToken: 'SAMEPREFIX12bbbbbbbbbb' }).where(eq(tickets.id, b.id));
    for (const code of ['SAMEPREFIX12', 'nothing12345', 'short', `${'a'.repeat(13)}`, "'; DROP--'xx", '../../status', '%_%_%_%_%_%_']) {
      const response = await short(code);
      expect(response.status, code).toBe(404);
      expect(await response.text()).toBe('This link is not valid');
    }
  });

  it('is rate-limited per address like the status look-up', async () => {
    await database().delete(throttles);
    const ticket = await makeTicket(database(), { clientId: (await makeClient(database())).id, departmentId });
    const code = ticket.publicToken.slice(0, SHORT_TOKEN_LENGTH);
    for (let i = 1; i < LINK_POLICY.maxFailures; i += 1) await short('nothing12345');
    expect((await short(code)).status).toBe(307); // the last one allowed
    const locked = await short(code);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    await database().delete(throttles);
  });
});
