import { count } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIntakeClientAction } from '@/app/(staff)/tickets/new/actions';
import { GET } from '@/app/api/clients/search/route';
import { first } from '@/db/exec';
import { auditLog, clients } from '@/db/tables';
import { ticketIntakeEn, ticketIntakeRu } from '@/lib/i18n/messages/features/ticket-intake';
import { makeDepartment, makeEmployee } from '../helpers/records';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const database = setupTestDatabase();

let technician: Staff;

beforeAll(async () => {
  const departmentId = (await makeDepartment(database())).id;
  const e = await makeEmployee(database(), { departmentId, role: 'technician' });
  technician = { id: e.id, fullName: e.fullName, email: e.email, role: 'technician', locale: 'en', departmentId };

  const insert = async (values: typeof clients.$inferInsert) => {
    await database().insert(clients).values(values);
  };
  await insert({ name: 'Анна Петрова', phone: '+79123456789', email: 'anna.petrova@example.com', notes: 'secret note' });
  await insert({ name: 'ООО «Ромашка»', kind: 'company', contactPerson: 'Сергей Ильин', phone: '+74951112233' });
  await insert({ name: 'John Smith', email: 'john@smith.example' });
  for (let i = 1; i <= 12; i++) await insert({ name: `Тестовый клиент ${String(i).padStart(2, '0')}`, phone: `+7999000${String(i).padStart(4, '0')}` });
});

beforeEach(() => signInAs(technician));

async function search(q: string | null) {
  const url = new URL('http://localhost/api/clients/search');
  if (q !== null) url.searchParams.set('q', q);
  const response = await GET(new Request(url));
  return { status: response.status, body: await response.json() };
}

const names = (body: { clients: { name: string }[] }) => body.clients.map((c) => c.name);

describe('GET /api/clients/search', () => {
  it('answers 401 with a message to an anonymous caller, and shows no client', async () => {
    signInAs(null);
    const { status, body } = await search('Анна');
    expect(status).toBe(401);
    expect(body).toEqual({ error: 'unauthorized', message: expect.any(String) });
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['only spaces', '   '],
    ['longer than 100 characters', 'а'.repeat(101)],
  ])('answers 400 with a message in the user’s language when q is %s', async (_, q) => {
    const { status, body } = await search(q);
    expect(status).toBe(400);
    expect(body).toEqual({ error: 'invalid_query', message: ticketIntakeEn.api.badQuery });

    signInAs({ ...technician, locale: 'ru' });
    expect((await search(q)).body.message).toBe(ticketIntakeRu.api.badQuery);
  });

  it('accepts exactly 100 characters', async () => {
    expect((await search('x'.repeat(100))).status).toBe(200);
  });

  it.each(['анна', 'АННА', 'Петрова', 'пЕТРОВ'])('finds a Cyrillic name in any case: %s', async (q) => {
    const { status, body } = await search(q);
    expect(status).toBe(200);
    expect(names(body)).toEqual(['Анна Петрова']);
  });

  it.each(['8 912 345-67-89', '+7 (912) 345-67-89', '89123456789', '912 345'])('finds a client by the phone written as %s', async (q) => {
    expect(names((await search(q)).body)).toEqual(['Анна Петрова']);
  });

  it('finds by e-mail, any case', async () => {
    expect(names((await search('ANNA.PETROVA@example')).body)).toEqual(['Анна Петрова']);
    expect(names((await search('smith.example')).body)).toEqual(['John Smith']);
  });

  it('finds a company by its contact person and says it is a company', async () => {
    const { body } = await search('ильин');
    expect(body.clients).toEqual([expect.objectContaining({ name: 'ООО «Ромашка»', kind: 'company' })]);
  });

  it('answers at most 10 clients, by name', async () => {
    const { body } = await search('тестовый');
    expect(body.clients).toHaveLength(10);
    expect(names(body)).toEqual([...names(body)].sort());
  });

  it('gives only id, name, kind, the formatted phone and the e-mail', async () => {
    const { body } = await search('Анна');
    expect(body).toEqual({
      clients: [{ id: expect.any(Number), name: 'Анна Петрова', kind: 'person', phone: '+7 912 345 67 89', email: 'anna.petrova@example.com' }],
    });
  });

  it('finds nothing for text nobody has, and treats % and _ literally', async () => {
    expect((await search('нет такого')).body).toEqual({ clients: [] });
    expect((await search('%')).body).toEqual({ clients: [] });
    expect((await search('_')).body).toEqual({ clients: [] });
  });
});

/** The inline "new client" of the intake form (app/(staff)/tickets/new/actions.ts). */
describe('createIntakeClientAction', () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  };
  const base = { kind: 'person', name: 'Пётр Сидоров', phone: '', email: '', locale: 'ru', notify: 'on' };
  const totals = async () => ({
    clients: (await first(database().select({ n: count() }).from(clients)))!.n,
    audit: (await first(database().select({ n: count() }).from(auditLog)))!.n,
  });

  it('refuses an anonymous caller and saves nothing', async () => {
    signInAs(null);
    const before = await totals();
    await expect(createIntakeClientAction(undefined, form({ ...base, phone: '+79161234567' }))).rejects.toMatchObject({
      digest: expect.stringContaining('NEXT_REDIRECT'),
    });
    expect(await totals()).toEqual(before);
  });

  it('creates the client with an audit entry and hands it back to be chosen, without leaving the page', async () => {
    const before = await totals();
    const state = await createIntakeClientAction(undefined, form({ ...base, phone: '8 916 123-45-67' }));
    expect(state.ok).toBe(true);
    expect(state.created).toEqual({ id: expect.any(Number), name: 'Пётр Сидоров', kind: 'person', phone: '+7 916 123 45 67', email: null });
    expect(await totals()).toEqual({ clients: before.clients + 1, audit: before.audit + 1 });
  });

  it('shows field errors, keeps what was typed and saves nothing', async () => {
    const before = await totals();
    const state = await createIntakeClientAction(undefined, form({ ...base, name: '', phone: 'abc' }));
    expect(state.fieldErrors?.name).toEqual(['Required.']);
    expect(state.fieldErrors?.phone?.[0]).toMatch(/valid phone/);
    expect(state.values).toMatchObject({ name: '', phone: 'abc' });
    expect(await totals()).toEqual(before);
  });

  it('asks for a phone or an e-mail in words', async () => {
    const state = await createIntakeClientAction(undefined, form(base));
    expect(state.fieldErrors?.phone).toEqual([expect.stringContaining('phone or an e-mail')]);
  });

  it('offers a client with the same phone instead of creating one, then creates when confirmed', async () => {
    const before = await totals();
    const first = await createIntakeClientAction(undefined, form({ ...base, name: 'Анна П.', phone: '8 (912) 345-67-89' }));
    expect(first.created).toBeUndefined();
    expect(first.duplicates).toEqual([expect.objectContaining({ name: 'Анна Петрова', phoneDisplay: '+7 912 345 67 89', samePhone: true })]);
    expect(first.values).toMatchObject({ name: 'Анна П.' });
    expect(await totals()).toEqual(before);

    const confirm = first.duplicates!.map((d) => d.id).join(',');
    const second = await createIntakeClientAction(first, form({ ...base, name: 'Анна П.', phone: '8 (912) 345-67-89', confirmDuplicate: confirm }));
    expect(second.created?.name).toBe('Анна П.');
    expect((await totals()).clients).toBe(before.clients + 1);
  });
});
