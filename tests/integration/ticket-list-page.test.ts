import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { one } from '@/db/exec';
import { clients, tickets } from '@/db/tables';
import type { Staff } from '@/lib/auth/session';
import { loadTicketList } from '@/app/(staff)/tickets/_components/load-list';
import { setupTestDatabase } from '../helpers/test-db';
import { makeDepartment, makeEmployee } from '../helpers/records';

const database = setupTestDatabase();
let staff: Staff;
let ids: { smirnov: number; smirnova: number; other: number; petrov: number };

/** What the page does with a URL: the view, or the address it redirects to. */
async function load(raw: Record<string, string | string[]>) {
  try {
    return { view: await loadTicketList(raw, staff, 'ru', new Date('2026-03-10T09:00:00Z')), redirect: null };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { view: null, redirect: digest.split(';')[2] };
  }
}

beforeAll(async () => {
  const db = database();
  const dept = (await makeDepartment(db)).id;
  const me = await makeEmployee(db, { departmentId: dept, role: 'manager' });
  staff = { id: me.id, fullName: me.fullName, email: me.email, role: 'manager', locale: 'ru', departmentId: dept };
  const client = async (name: string, phone: string) => (await one(db.insert(clients).values({ name, phone }).returning())).id;
  ids = {
    smirnov: await client('Пётр Смирнов', '+79120000001'),
    smirnova: await client('Анна Смирнова', '+79120000002'),
    other: await client('John Smith', '+447911000001'),
    petrov: (await makeEmployee(db, { departmentId: dept })).id,
  };
  for (let i = 0; i < 60; i++) {
    await db
      .insert(tickets)
      .values({ publicToken: randomBytes(16).toString('base64url'), kind: 'repair', channel: 'phone', clientId: i % 2 ? ids.smirnov : ids.other, departmentId: dept, assigneeId: i % 3 ? me.id : null, title: `Ticket ${i}` });
  }
});

describe('the ticket list page without JavaScript', () => {
  it('turns typed client text with one match into the client filter, at a clean URL', async () => {
    expect((await load({ q: '', clientSearch: 'smith', client: '', department: '', sort: 'created' })).redirect).toBe(`/tickets?client=${ids.other}`);
  });

  it('asks which client when the text matches several, keeping the other filters in the choices', async () => {
    const { view } = await load({ clientSearch: 'смирн', status: 'open' });
    expect(view?.questions).toEqual([
      {
        kind: 'client',
        q: 'смирн',
        choices: expect.arrayContaining([
          expect.objectContaining({ href: `/tickets?client=${ids.smirnov}&status=open`, label: 'Пётр Смирнов' }),
          expect.objectContaining({ href: `/tickets?client=${ids.smirnova}&status=open`, label: 'Анна Смирнова' }),
        ]),
      },
    ]);
    expect(view?.params.client).toBeUndefined();
  });

  it('says when nobody matches, and an emptied field removes the filter', async () => {
    expect((await load({ clientSearch: 'Nobody Here' })).view?.questions).toEqual([{ kind: 'client', q: 'Nobody Here', choices: [] }]);
    expect((await load({ client: String(ids.smirnov), clientSearch: '' })).redirect).toBe('/tickets');
    expect((await load({ client: String(ids.smirnov), clientSearch: 'Пётр Смирнов', sort: 'due' })).redirect).toBe(`/tickets?client=${ids.smirnov}&sort=due`);
  });

  it('reads the assignee text: "Я", "Не назначен" or a name', async () => {
    expect((await load({ assigneeSearch: 'я' })).redirect).toBe('/tickets?assignee=me');
    expect((await load({ assigneeSearch: 'не назначен' })).redirect).toBe('/tickets?assignee=none');
    expect((await load({ assigneeSearch: 'Employee' })).view?.questions[0]?.kind).toBe('employee'); // every factory employee
  });

  it('keeps a URL with bad params as it is, to say what it ignored', async () => {
    const { view, redirect } = await load({ status: 'lost', q: '' });
    expect(redirect).toBeNull();
    expect(view?.ignored).toEqual([{ param: 'status', value: 'lost' }]);
  });

  it('shows the total, the tabs and a page of 50 with a cursor to the next', async () => {
    const { view } = await load({});
    expect(view?.counts).toMatchObject({ total: 60, capped: false });
    expect(view?.counts.byStatus?.new).toBe(60);
    expect(view?.page.rows).toHaveLength(50);
    expect(view?.page.next).not.toBeNull();
    const mine = (await load({ assignee: 'me' })).view;
    expect(mine?.counts.total).toBe(40);
    expect(mine?.names.assignee).toBe('Я');
  });
});
