import { count, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createCatalogItemAction,
  deleteCatalogItemAction,
  setCatalogItemActiveAction,
  updateCatalogItemAction,
} from '@/app/(staff)/catalog/actions';
import { GET as searchRoute } from '@/app/api/catalog/search/route';
import { listCatalogItems } from '@/db/queries/catalog';
import { first } from '@/db/exec';
import { auditLog, catalogItems, ticketLines } from '@/db/tables';
import { catalogQueryWords } from '@/lib/catalog/search-key';
import { decodeCursor } from '@/lib/domain/cursor';
import type { Role } from '@/lib/domain/enums';
import { makeClient, makeDepartment, makeEmployee, makeTicket } from '../helpers/records';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const database = setupTestDatabase();
const REDIRECT = { digest: expect.stringContaining('NEXT_REDIRECT') };
const FORBIDDEN = 'You do not have permission to do this.';

function form(values: Record<string, string | number>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, String(v));
  return data;
}

async function staff(role: Role): Promise<Staff> {
  const dept = await makeDepartment(database());
  const e = await makeEmployee(database(), { departmentId: dept.id, role });
  return { id: e.id, fullName: e.fullName, email: e.email, role, locale: 'en', departmentId: dept.id };
}

let codes = 0;
const uniqueCode = (prefix = 'T') => `${prefix}-${++codes}`;
const itemByCode = (code: string) => first(database().select().from(catalogItems).where(eq(catalogItems.code, code)).limit(1));
const snapshot = async () => ({
  items: await database().select().from(catalogItems).orderBy(catalogItems.id),
  audit: (await first(database().select({ n: count() }).from(auditLog)))?.n,
});
/** The audit rows of an entity id, in the order written (PostgreSQL returns rows in no order without ORDER BY). */
const auditOf = (entityId: number) => database().select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);

/** Creates an item through the action, as a manager, and returns its row. */
async function created(values: Record<string, string>) {
  signInAs(await staff('manager'));
  await expect(createCatalogItemAction(undefined, form({ kind: 'service', priceMinor: '100', ...values }))).rejects.toMatchObject(REDIRECT);
  return (await itemByCode(values.code))!;
}

/** A line of a ticket that uses the item (what blocks its deletion). */
async function useOnTicket(itemId: number) {
  const db = database();
  const ticket = await makeTicket(db, { clientId: (await makeClient(db)).id, departmentId: (await makeDepartment(db)).id });
  await db.insert(ticketLines).values({ ticketId: ticket.id, kind: 'part', catalogItemId: itemId, name: 'Used', quantity: 1, unitPriceMinor: 100 });
}

describe('price list items: who may change them', () => {
  it('a manager adds a part; the keys for the unique code and the search are filled in and the audit log records it', async () => {
    const before = await snapshot();
    const row = await created({ kind: 'part', code: 'АКБ-01', name: 'Аккумулятор iPhone 12', priceMinor: '2 500,50', warrantyDays: '90', stockOnHand: '' });
    expect(row).toMatchObject({ kind: 'part', codeKey: 'акб-01', priceMinor: 250050, warrantyDays: 90, stockOnHand: 0, active: true });
    expect(row.searchKey).toContain(' akkumu');
    expect((await snapshot()).audit).toBe((before.audit ?? 0) + 1);
  });

  it('a service keeps no stock even when one is typed', async () => {
    const row = await created({ code: uniqueCode(), name: 'Диагностика', stockOnHand: '5' });
    expect(row.stockOnHand).toBeNull();
  });

  it.each([
    ['technician', { message: FORBIDDEN }],
    [null, null],
  ] as const)('a %s cannot add, edit, deactivate or delete an item, and nothing changes', async (role, refusal) => {
    const item = await created({ code: uniqueCode(), name: 'Чистка' });
    signInAs(role ? await staff(role) : null);
    const before = await snapshot();
    const calls = [
      createCatalogItemAction(undefined, form({ kind: 'service', code: uniqueCode(), name: 'X', priceMinor: '1' })),
      updateCatalogItemAction(undefined, form({ id: item.id, kind: 'service', code: item.code, name: 'Renamed', priceMinor: '1' })),
      setCatalogItemActiveAction(undefined, form({ id: item.id })),
      deleteCatalogItemAction(undefined, form({ id: item.id })),
    ];
    for (const call of calls) {
      if (refusal) await expect(call).resolves.toMatchObject(refusal);
      else await expect(call).rejects.toMatchObject({ digest: expect.stringContaining('/login') });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('the item form refuses bad input and changes nothing', () => {
  beforeEach(async () => signInAs(await staff('manager')));

  it.each([
    ['an empty name', { name: '  ' }, 'name', 'Required.'],
    ['a price that is not an amount', { priceMinor: 'дорого' }, 'priceMinor', 'Enter a number.'],
    ['an empty price', { priceMinor: '' }, 'priceMinor', 'Required.'],
    ['a negative warranty', { warrantyDays: '-1' }, 'warrantyDays', 'Enter a number.'],
    ['an unknown kind', { kind: 'gadget' }, 'kind', 'Choose one of the options.'],
  ])('%s', async (_case, values, field, message) => {
    const before = await snapshot();
    const state = await createCatalogItemAction(undefined, form({ kind: 'service', code: uniqueCode(), name: 'Good', priceMinor: '10', ...values }));
    expect(state.fieldErrors?.[field]).toEqual([message]);
    expect(state.summary).toBeTruthy();
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a code that differs only in case, Cyrillic included', async () => {
    await created({ code: 'ЗАМ-77', name: 'Замена разъёма' });
    signInAs(await staff('admin'));
    const before = await snapshot();
    const state = await createCatalogItemAction(undefined, form({ kind: 'service', code: 'зам-77 ', name: 'Другая', priceMinor: '1' }));
    expect(state.fieldErrors?.code).toEqual(['Another item already has this code.']);
    expect(await snapshot()).toEqual(before);
  });

  it('edits an item, keeping its own code, and records the fields that changed', async () => {
    const item = await created({ kind: 'part', code: 'SCR-1', name: 'Экран', stockOnHand: '2' });
    const dept = await makeDepartment(database(), 'Мобильные устройства');
    await expect(
      updateCatalogItemAction(undefined, form({ id: item.id, kind: 'part', code: 'scr-1', name: 'Экран OLED', priceMinor: '3000', stockOnHand: '7', departmentId: dept.id })),
    ).rejects.toMatchObject(REDIRECT);
    const row = await itemByCode('scr-1');
    expect(row).toMatchObject({ name: 'Экран OLED', priceMinor: 300000, stockOnHand: 7, departmentId: dept.id });
    expect(row?.searchKey).toContain(' oled');
    const audit = (await auditOf(item.id)).at(-1);
    expect(audit?.changes).toMatchObject({ name: { from: 'Экран', to: 'Экран OLED' }, stockOnHand: { from: 2, to: 7 } });
  });
});

describe('deleting and deactivating', () => {
  beforeEach(async () => signInAs(await staff('manager')));

  it('an item used on a ticket is not deleted; the message says how many and to deactivate it', async () => {
    const item = await created({ code: uniqueCode(), name: 'Замена термопасты' });
    await useOnTicket(item.id);
    await useOnTicket(item.id);
    signInAs(await staff('admin'));
    const before = await snapshot();
    const state = await deleteCatalogItemAction(undefined, form({ id: item.id }));
    expect(state.message).toBe('This item cannot be deleted: it is used on 2 tickets — deactivate it instead.');
    expect(await snapshot()).toEqual(before);
  });

  it('an unused item is deleted for good and the deletion recorded', async () => {
    const item = await created({ code: uniqueCode(), name: 'Временная' });
    await expect(deleteCatalogItemAction(undefined, form({ id: item.id }))).rejects.toMatchObject(REDIRECT);
    expect(await itemByCode(item.code)).toBeUndefined();
    expect((await auditOf(item.id)).at(-1)?.action).toBe('delete');
  });

  it('a deactivated item disappears from the picker and comes back when activated', async () => {
    const item = await created({ code: 'HIDE-1', name: 'Прошивка' });
    const found = async () => ((await (await searchRoute(new Request('http://localhost/api/catalog/search?q=hide-1'))).json()) as { items: { id: number }[] }).items;
    expect((await found()).map((i) => i.id)).toEqual([item.id]);
    await expect(setCatalogItemActiveAction(undefined, form({ id: item.id }))).resolves.toMatchObject({ ok: true, message: expect.stringContaining('Deactivated') });
    expect((await itemByCode('HIDE-1'))?.active).toBe(false);
    expect(await found()).toEqual([]);
    await setCatalogItemActiveAction(undefined, form({ id: item.id, active: 'on' }));
    expect((await found()).map((i) => i.id)).toEqual([item.id]);
  });
});

describe('searching and paging the price list', () => {
  async function search(query: string) {
    const response = await searchRoute(new Request(`http://localhost/api/catalog/search?${query}`));
    return { status: response.status, body: (await response.json()) as { items: Record<string, unknown>[] } };
  }
  const names = (body: { items: Record<string, unknown>[] }) => body.items.map((i) => i.name);

  it('finds items by a prefix of a word in Russian or Latin letters, or by code, and answers the picker shape', async () => {
    await created({ kind: 'part', code: 'DSP-12', name: 'Дисплей iPhone 12', priceMinor: '5000', warrantyDays: '30', stockOnHand: '3' });
    await created({ code: 'SRV-CLEAN', name: 'Чистка ноутбука от пыли', priceMinor: '1500' });
    signInAs(await staff('technician'));
    expect(names((await search('q=дисп')).body)).toEqual(['Дисплей iPhone 12']);
    expect(names((await search('q=disp')).body)).toEqual(['Дисплей iPhone 12']);
    expect(names((await search('q=IPHONE disp')).body)).toEqual(['Дисплей iPhone 12']);
    expect(names((await search('q=iphone')).body)).toEqual(['Аккумулятор iPhone 12', 'Дисплей iPhone 12']);
    expect(names((await search('q=chist noutb')).body)).toEqual(['Чистка ноутбука от пыли']);
    expect(names((await search('q=ноут пыл')).body)).toEqual(['Чистка ноутбука от пыли']);
    expect(names((await search('q=dsp-12')).body)).toEqual(['Дисплей iPhone 12']);
    expect(names((await search('q=дисп&kind=service')).body)).toEqual([]);
    const { body } = await search('q=dsp&kind=part');
    expect(body.items[0]).toEqual({ id: expect.any(Number), kind: 'part', code: 'DSP-12', name: 'Дисплей iPhone 12', priceMinor: 500000, warrantyDays: 30, stockOnHand: 3 });
  });

  it('refuses strangers and bad queries', async () => {
    signInAs(null);
    expect((await search('q=a')).status).toBe(401);
    signInAs(await staff('technician'));
    expect((await search('q=a&kind=gadget')).status).toBe(400);
    expect((await search(`q=${'x'.repeat(101)}`)).status).toBe(400);
  });

  it('pages by name with a keyset, forwards and back, without repeats', async () => {
    for (const n of [5, 3, 1, 4, 2, 6, 7]) await created({ code: uniqueCode('PG'), name: `Страница ${n}` });
    const filters = { words: catalogQueryWords('страница') };
    const first = await listCatalogItems(filters, {}, 3);
    const second = await listCatalogItems(filters, { after: decodeCursor(first.nextCursor) }, 3);
    const third = await listCatalogItems(filters, { after: decodeCursor(second.nextCursor) }, 3);
    expect([first, second, third].map((p) => p.rows.map((r) => r.name.slice(-1)).join(''))).toEqual(['123', '456', '7']);
    expect(third.nextCursor).toBeNull();
    const back = await listCatalogItems(filters, { before: decodeCursor(third.prevCursor) }, 3);
    expect(back.rows.map((r) => r.name.slice(-1)).join('')).toBe('456');
    expect((await listCatalogItems({ ...filters, active: 'inactive' }, {}, 3)).rows).toEqual([]);
  });
});
