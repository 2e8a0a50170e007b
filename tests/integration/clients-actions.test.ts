import { and, count, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClientAction, deleteClientAction, updateClientAction } from '@/app/(staff)/clients/actions';
import { listClients, openTicketCounts } from '@/db/queries/clients';
import { decodeCursor } from '@/lib/domain/cursor';
import { first, one } from '@/db/exec';
import { auditLog, clients, tickets } from '@/db/tables';
import { phoneSearchDigits } from '@/lib/clients/phone-search';
import type { Role } from '@/lib/domain/enums';
import { clientsEn } from '@/lib/i18n/messages/features/clients';
import { makeDepartment, makeEmployee, makeTicket } from '../helpers/records';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const database = setupTestDatabase();
const FORBIDDEN = 'You do not have permission to do this.';

let departmentId = 0;
const staff = {} as Record<Role, Staff>;

beforeAll(async () => {
  departmentId = (await makeDepartment(database())).id;
  for (const role of ['technician', 'manager', 'admin'] as const) {
    const e = await makeEmployee(database(), { departmentId, role });
    staff[role] = { id: e.id, fullName: e.fullName, email: e.email, role, locale: 'en', departmentId };
  }
});

beforeEach(() => signInAs(staff.manager));

let serial = 0;
/** A fresh, valid, unique phone in a shape people type. */
const newPhone = () => `+7 (913) ${String(++serial).padStart(7, '0').replace(/(\d{3})(\d{2})(\d{2})/, '$1-$2-$3')}`;

function form(fields: Record<string, string | undefined>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) data.set(k, v);
  return data;
}

function clientForm(over: Record<string, string | undefined> = {}): FormData {
  return form({ kind: 'person', name: 'Anna Petrova', phone: newPhone(), email: '', locale: 'ru', notify: 'on', notes: '', ...over });
}

/** A client straight in the database, with the values an update form would carry. */
function insertClient(values: Partial<typeof clients.$inferInsert> = {}) {
  return one(
    database()
      .insert(clients)
      .values({ name: `Client ${++serial}`, phone: `+7914${String(serial).padStart(7, '0')}`, ...values })
      .returning(),
  );
}

function updateForm(client: typeof clients.$inferSelect, over: Record<string, string | undefined> = {}): FormData {
  return form({
    id: String(client.id),
    kind: client.kind,
    name: client.name,
    contactPerson: client.contactPerson ?? '',
    phone: client.phone ?? '',
    email: client.email ?? '',
    locale: client.locale,
    notify: client.notify ? 'on' : undefined,
    notes: client.notes,
    ...over,
  });
}

async function counts() {
  const db = database();
  return {
    clients: (await first(db.select({ n: count() }).from(clients).limit(1)))!.n,
    audit: (await first(db.select({ n: count() }).from(auditLog).limit(1)))!.n,
  };
}

async function snapshot() {
  return JSON.stringify({ rows: await database().select().from(clients).orderBy(clients.id), audit: (await counts()).audit });
}

function auditOf(id: number) {
  return database()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'client'), eq(auditLog.entityId, id)))
    .orderBy(auditLog.id);
}

const redirectTo = (path: string) => ({ digest: expect.stringMatching(new RegExp(`^NEXT_REDIRECT;[a-z]+;${path};`)) });

type Who = 'anonymous' | Role;
type Outcome = 'done' | 'forbidden' | 'sign-in';

/** SPEC §3: all staff create and edit clients; only an admin deletes; nobody signed out does anything. */
const ALLOWED: Record<'create' | 'update' | 'delete', Record<Who, Outcome>> = {
  create: { anonymous: 'sign-in', technician: 'done', manager: 'done', admin: 'done' },
  update: { anonymous: 'sign-in', technician: 'done', manager: 'done', admin: 'done' },
  delete: { anonymous: 'sign-in', technician: 'forbidden', manager: 'forbidden', admin: 'done' },
};
const TABLE = Object.entries(ALLOWED).flatMap(([action, byWho]) =>
  Object.entries(byWho).map(([who, outcome]) => [action, who, outcome] as ['create' | 'update' | 'delete', Who, Outcome]),
);

describe('clients actions: who may do what', () => {
  it.each(TABLE)('%s by %s: %s', async (action, who, outcome) => {
    const client = await insertClient();
    const name = `${action} by ${who}`;
    signInAs(who === 'anonymous' ? null : staff[who]);
    const call = {
      create: () => createClientAction(undefined, clientForm({ name })),
      update: () => updateClientAction(undefined, updateForm(client, { name })),
      delete: () => deleteClientAction(undefined, form({ id: String(client.id) })),
    }[action];
    const before = await snapshot();

    if (outcome === 'sign-in') await expect(call()).rejects.toMatchObject(redirectTo('/login'));
    if (outcome === 'forbidden') await expect(call()).resolves.toMatchObject({ message: FORBIDDEN });
    if (outcome !== 'done') return expect(await snapshot()).toBe(before);

    const target = { create: '/clients/\\d+', update: `/clients/${client.id}`, delete: '/clients' }[action];
    await expect(call()).rejects.toMatchObject(redirectTo(target));
    const byName = await first(database().select().from(clients).where(eq(clients.name, name)).limit(1));
    const stillThere = await first(database().select().from(clients).where(eq(clients.id, client.id)).limit(1));
    if (action === 'delete') expect(stillThere).toBeUndefined();
    else expect(byName).toBeDefined();
    const entityId = action === 'create' ? byName!.id : client.id;
    expect((await auditOf(entityId)).at(-1)).toMatchObject({ action, actorId: (staff as Record<string, Staff>)[who].id });
  });

  it('records who created a client and every field they gave', async () => {
    signInAs(staff.technician);
    await expect(
      createClientAction(undefined, clientForm({ name: 'Full record', phone: '+7 912 000-11-22', email: 'full@record.test', notes: 'Hi' })),
    ).rejects.toMatchObject(redirectTo('/clients/\\d+'));
    const row = (await first(database().select().from(clients).where(eq(clients.name, 'Full record')).limit(1)))!;
    expect(await auditOf(row.id)).toMatchObject([
      {
        action: 'create',
        actorId: staff.technician.id,
        actorName: staff.technician.fullName,
        changes: {
          kind: { from: null, to: 'person' },
          name: { from: null, to: 'Full record' },
          phone: { from: null, to: '+79120001122' },
          email: { from: null, to: 'full@record.test' },
          locale: { from: null, to: 'ru' },
          notify: { from: null, to: true },
          notes: { from: null, to: 'Hi' },
        },
      },
    ]);
  });

  it('deletes for real and keeps what was deleted in the audit log', async () => {
    signInAs(staff.admin);
    const client = await insertClient();
    await expect(deleteClientAction(undefined, form({ id: String(client.id) }))).rejects.toMatchObject(redirectTo('/clients'));
    expect(await first(database().select().from(clients).where(eq(clients.id, client.id)).limit(1))).toBeUndefined();
    expect(await auditOf(client.id)).toMatchObject([
      { action: 'delete', actorId: staff.admin.id, changes: { name: { from: client.name, to: null }, phone: { from: client.phone, to: null } } },
    ]);
  });
});

describe('client form validation', () => {
  it.each([
    ['an empty name', { name: '  ' }, 'name', 'Required.'],
    ['a 300-character name', { name: 'Я'.repeat(300) }, 'name', 'Too long: at most 200 characters.'],
    ['a bad e-mail', { email: 'anna@' }, 'email', 'Enter a valid e-mail address, e.g. name@example.com.'],
    ['a bad phone', { phone: '12345' }, 'phone', 'Enter a valid phone number, e.g. +7 912 345-67-89.'],
    ['an unknown kind', { kind: 'robot' }, 'kind', 'Choose one of the options.'],
    ['an unknown language', { locale: 'de' }, 'locale', 'Choose one of the options.'],
  ])('refuses %s on create and writes nothing', async (_case, over, field, message) => {
    const before = await snapshot();
    const state = await createClientAction(undefined, clientForm(over));
    expect(state.fieldErrors?.[field]).toEqual([message]);
    expect(state.values).toMatchObject(over); // what the user typed comes back
    expect(await snapshot()).toBe(before);
  });

  it('asks for a phone or an e-mail, next to both fields, when both are empty', async () => {
    const before = await snapshot();
    const state = await createClientAction(undefined, clientForm({ phone: '', email: '  ' }));
    expect(state.fieldErrors?.phone).toEqual([clientsEn.phoneOrEmail]);
    expect(state.fieldErrors?.email).toEqual([clientsEn.phoneOrEmail]);
    expect(await snapshot()).toBe(before);
  });

  it('shows every problem at once: an empty name and no way to reach the client', async () => {
    const state = await createClientAction(undefined, clientForm({ name: '', phone: '', email: '' }));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['email', 'name', 'phone']);
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a bad phone', { phone: '12345' }, 'phone'],
    ['a bad e-mail', { email: 'no at sign' }, 'email'],
    ['no phone and no e-mail', { phone: '', email: '' }, 'phone'],
  ])('refuses %s on edit and changes nothing', async (_case, over, field) => {
    const client = await insertClient({ email: 'keep@example.com' });
    const before = await snapshot();
    const state = await updateClientAction(undefined, updateForm(client, over));
    expect(state.fieldErrors?.[field]?.length).toBe(1);
    expect(await snapshot()).toBe(before);
  });

  it('stores the phone as E.164 and the e-mail in lower case', async () => {
    const email = `Anna.${++serial}@Example.COM `;
    await expect(
      createClientAction(undefined, clientForm({ name: 'Normalised', phone: '8 (912) 345-67-89', email })),
    ).rejects.toMatchObject(redirectTo('/clients/\\d+'));
    const row = (await first(database().select().from(clients).where(eq(clients.name, 'Normalised')).limit(1)))!;
    expect(row.phone).toBe('+79123456789');
    expect(row.email).toBe(email.trim().toLowerCase());
  });

  it('keeps a contact person only for a company', async () => {
    await expect(
      createClientAction(undefined, clientForm({ name: 'OOO Romashka', kind: 'company', contactPerson: 'Ivan Ivanov' })),
    ).rejects.toMatchObject(redirectTo('/clients/\\d+'));
    await expect(
      createClientAction(undefined, clientForm({ name: 'Just a person', kind: 'person', contactPerson: 'Someone else' })),
    ).rejects.toMatchObject(redirectTo('/clients/\\d+'));
    const byName = (name: string) => first(database().select().from(clients).where(eq(clients.name, name)).limit(1));
    expect((await byName('OOO Romashka'))?.contactPerson).toBe('Ivan Ivanov');
    expect((await byName('Just a person'))?.contactPerson).toBeNull();
  });

  it('records the consent checkbox both ways', async () => {
    await expect(createClientAction(undefined, clientForm({ name: 'Says no', notify: undefined }))).rejects.toThrow();
    expect((await first(database().select().from(clients).where(eq(clients.name, 'Says no')).limit(1)))?.notify).toBe(false);
  });

  it('keeps the preferred channel the desk chose, automatic when none, and refuses a made-up one next to the field', async () => {
    await expect(createClientAction(undefined, clientForm({ name: 'Wants SMS', email: 'sms@mail.test', preferredChannel: 'sms' }))).rejects.toThrow();
    await expect(createClientAction(undefined, clientForm({ name: 'Automatic', preferredChannel: '' }))).rejects.toThrow();
    const byName = (name: string) => first(database().select().from(clients).where(eq(clients.name, name)).limit(1));
    expect((await byName('Wants SMS'))?.preferredChannel).toBe('sms');
    expect((await byName('Automatic'))?.preferredChannel).toBeNull();

    const state = await createClientAction(undefined, clientForm({ name: 'Pigeon', preferredChannel: 'pigeon' }));
    expect(state.fieldErrors?.preferredChannel).toEqual([expect.any(String)]);
    expect(await byName('Pigeon')).toBeUndefined();
  });
});

describe('possible duplicates on create', () => {
  it('shows a client with the same phone written differently, saves nothing, and saves once confirmed', async () => {
    const existing = await insertClient({ name: 'Ivan Sidorov', phone: '+79161112233' });
    const before = await snapshot();
    const typed = clientForm({ name: 'Ivan S.', phone: '8 916 111-22-33' });
    const first = await createClientAction(undefined, typed);
    expect(first.duplicates).toEqual([expect.objectContaining({ id: existing.id, name: 'Ivan Sidorov', samePhone: true, sameEmail: false })]);
    expect(first.values).toMatchObject({ name: 'Ivan S.', phone: '8 916 111-22-33' });
    expect(await snapshot()).toBe(before);

    typed.set('confirmDuplicate', String(existing.id));
    await expect(createClientAction(first, typed)).rejects.toMatchObject(redirectTo('/clients/\\d+'));
    expect(await database().select().from(clients).where(eq(clients.phone, '+79161112233'))).toHaveLength(2);
  });

  it('shows a client whose e-mail differs only in letter case', async () => {
    const existing = await insertClient({ name: 'Olga Smirnova', phone: null, email: 'olga.smirnova@mail.test' });
    const before = await snapshot();
    const state = await createClientAction(undefined, clientForm({ name: 'Olga', phone: '', email: 'OLGA.Smirnova@MAIL.test' }));
    expect(state.duplicates).toEqual([expect.objectContaining({ id: existing.id, sameEmail: true, samePhone: false })]);
    expect(await snapshot()).toBe(before);
  });

  it('asks again when the confirmation was for another client', async () => {
    const existing = await insertClient({ phone: '+79165554433' });
    const state = await createClientAction(undefined, clientForm({ phone: '+7 916 555 44 33', confirmDuplicate: '999999' }));
    expect(state.duplicates?.map((d) => d.id)).toEqual([existing.id]);
  });

  it('on edit, warns about another client with the new phone, but not about an unchanged one', async () => {
    const other = await insertClient({ phone: '+79167778899' });
    const client = await insertClient({ phone: '+79167778899' }); // saved knowingly beside `other`
    await expect(updateClientAction(undefined, updateForm(client, { notes: 'Calls in the morning' }))).rejects.toMatchObject(
      redirectTo(`/clients/${client.id}`),
    );

    const third = await insertClient();
    const before = await snapshot();
    const state = await updateClientAction(undefined, updateForm(third, { phone: '8 916 777-88-99' }));
    expect(state.duplicates?.map((d) => d.id).sort()).toEqual([other.id, client.id].sort());
    expect(await snapshot()).toBe(before);
  });
});

describe('editing and deleting', () => {
  it('writes field-level before and after, and nothing when nothing changed', async () => {
    const client = await insertClient({ name: 'Before', notify: true });
    await expect(updateClientAction(undefined, updateForm(client, { name: 'After', notify: undefined }))).rejects.toThrow();
    expect(await auditOf(client.id)).toMatchObject([
      { action: 'update', changes: { name: { from: 'Before', to: 'After' }, notify: { from: true, to: false } } },
    ]);
    expect(Object.keys((await auditOf(client.id))[0].changes ?? {}).sort()).toEqual(['name', 'notify']);

    const saved = (await first(database().select().from(clients).where(eq(clients.id, client.id)).limit(1)))!;
    await expect(updateClientAction(undefined, updateForm(saved))).rejects.toThrow();
    expect(await auditOf(client.id)).toHaveLength(1);
  });

  it('refuses to delete a client with tickets, says how many and what to do, and deletes nothing', async () => {
    signInAs(staff.admin);
    const client = await insertClient();
    await makeTicket(database(), { clientId: client.id, departmentId });
    await makeTicket(database(), { clientId: client.id, departmentId });
    const before = await snapshot();
    const state = await deleteClientAction(undefined, form({ id: String(client.id) }));
    expect(state.message).toBe(clientsEn.errors.hasTickets(2));
    expect(state.message).toMatch(/2 tickets.*Delete them first, or keep the client/);
    expect(await snapshot()).toBe(before);
  });

  it('says so when the client is already gone', async () => {
    signInAs(staff.admin);
    const state = await deleteClientAction(undefined, form({ id: '987654' }));
    expect(state.message).toBe(clientsEn.errors.notFound);
    const edit = await updateClientAction(undefined, updateForm(await insertClient(), { id: '987654' }));
    expect(edit.message).toBe(clientsEn.errors.notFound);
  });
});

describe('the client list', () => {
  const list = async (q: string, order: 'name' | 'newest' = 'name', page = {}, size = 50) =>
    await listClients({ q, phoneDigits: phoneSearchDigits(q, 'RU') }, order, page, size);

  it('finds a client by any part of the name, contact person or e-mail, whatever the case', async () => {
    const company = await insertClient({ kind: 'company', name: 'ООО «Зебра-Сервис»', contactPerson: 'Пётр Зеброев', email: 'zebra@service.test' });
    for (const q of ['зебра-с', 'ЗЕБРОЕВ', 'ZEBRA@SERVICE']) expect((await list(q)).rows.map((r) => r.id)).toEqual([company.id]);
  });

  it('finds a client by a phone typed any usual way', async () => {
    const client = await insertClient({ name: 'Phone search', phone: '+79261234567' });
    for (const q of ['8 926 123-45-67', '+7 (926) 123-45-67', '926 123', '8 926 12', '+79261234567']) {
      expect((await list(q)).rows.map((r) => r.id), q).toContain(client.id);
    }
  });

  it('pages by name forwards and back without losing or repeating anyone', async () => {
    const made: (typeof clients.$inferSelect)[] = [];
    for (const n of ['Kappa', 'Alpha', 'Delta', 'Beta', 'Gamma']) made.push(await insertClient({ name: `Pager ${n}` }));
    const first = await list('pager ', 'name', {}, 2);
    expect(first.rows.map((r) => r.name)).toEqual(['Pager Alpha', 'Pager Beta']);
    const second = await list('pager ', 'name', { after: decodeCursor(first.nextCursor) }, 2);
    expect(second.rows.map((r) => r.name)).toEqual(['Pager Delta', 'Pager Gamma']);
    const third = await list('pager ', 'name', { after: decodeCursor(second.nextCursor) }, 2);
    expect(third.rows.map((r) => r.name)).toEqual(['Pager Kappa']);
    expect(third.nextCursor).toBeNull();
    const back = await list('pager ', 'name', { before: decodeCursor(third.prevCursor) }, 2);
    expect(back.rows.map((r) => r.name)).toEqual(['Pager Delta', 'Pager Gamma']);
    expect(made).toHaveLength(5);
  });

  it('sorts newest first on request', async () => {
    const old = await insertClient({ name: 'Order old', createdAt: new Date('2024-01-01T00:00:00Z') });
    const recent = await insertClient({ name: 'Order new', createdAt: new Date('2025-01-01T00:00:00Z') });
    expect((await list('order ', 'newest')).rows.map((r) => r.id)).toEqual([recent.id, old.id]);
  });

  it('counts open tickets per client in one query', async () => {
    const busy = await insertClient();
    const idle = await insertClient();
    await makeTicket(database(), { clientId: busy.id, departmentId });
    await makeTicket(database(), { clientId: busy.id, departmentId });
    const closed = await makeTicket(database(), { clientId: idle.id, departmentId });
    await database().update(tickets).set({ status: 'cancelled' }).where(eq(tickets.id, closed.id));
    const counts = await openTicketCounts([busy.id, idle.id]);
    expect(counts.get(busy.id)).toBe(2);
    expect(counts.get(idle.id)).toBeUndefined();
  });
});
