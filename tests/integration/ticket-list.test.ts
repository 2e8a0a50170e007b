import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { one } from '@/db/exec';
import { clients, tickets } from '@/db/tables';
import { countTicketList, listAndCountTickets, listTickets } from '@/db/queries/ticket-list';
import type { TicketListFilters } from '@/lib/tickets/list-vocabulary';
import type { Priority, Status } from '@/lib/domain/enums';
import { pageRequestOf, parseTicketListParams, resolveTicketFilters } from '@/lib/tickets/filters';
import { setupTestDatabase } from '../helpers/test-db';
import { makeDepartment, makeEmployee } from '../helpers/records';

const database = setupTestDatabase();
const TZ = 'Europe/Moscow';
const TODAY = '2026-03-10';

type TicketSpec = Partial<typeof tickets.$inferInsert> & { clientId: number; departmentId: number };

function addTicket(db: Db, spec: TicketSpec) {
  return one(
    db
      .insert(tickets)
      .values({ publicToken: randomBytes(16).toString('base64url'), kind: 'repair', channel: 'walk_in', title: 'Ticket', ...spec })
      .returning(),
  );
}

let ids: Record<string, number> = {};
let people: { me: number; other: number; deptA: number; deptB: number; smirnov: number; smith: number; company: number };

/** The list as the page reads it: the URL parsed, resolved for `me`, then queried. */
async function view(query: Record<string, string>, staffId = people.me) {
  const parsed = parseTicketListParams(query);
  const resolved = resolveTicketFilters(parsed.params, { staffId, timeZone: TZ, today: TODAY, phoneRegion: 'RU' });
  const page = await listTickets(resolved.filters, pageRequestOf(parsed.params), 50, parsed.params.sort);
  return { ids: page.rows.map((r) => r.id), page, counts: await countTicketList(resolved.filters), ignored: [...parsed.ignored, ...resolved.ignored] };
}

const named = (...names: string[]) => names.map((n) => ids[n]).sort((a, b) => b - a);
const sorted = (list: number[]) => [...list].sort((a, b) => b - a);

beforeAll(async () => {
  const db = database();
  const deptA = (await makeDepartment(db, 'Ремонт ноутбуков')).id;
  const deptB = (await makeDepartment(db, 'Phones')).id;
  const me = (await makeEmployee(db, { departmentId: deptA })).id;
  const other = (await makeEmployee(db, { departmentId: deptB })).id;
  const client = async (name: string, phone: string, contactPerson?: string) => (await one(db.insert(clients).values({ name, phone, contactPerson }).returning())).id;
  const smirnov = await client('Пётр Смирнов', '+79123456789');
  const smith = await client('John Smith', '+447911123456');
  const company = await client('ООО «Вектор»', '+74951234567', 'Анна Ёлкина');
  people = { me, other, deptA, deptB, smirnov, smith, company };
  const at = (iso: string) => new Date(iso);
  const specs: Record<string, TicketSpec> = {
    // 23:30 on 1 March in Moscow, and 00:10 on 2 March.
    lateMar1: { clientId: smirnov, departmentId: deptA, assigneeId: me, createdAt: at('2026-03-01T20:30:00Z'), title: 'Не включается ноутбук', brand: 'Lenovo', model: 'ThinkPad T14', serialNumber: 'PF3XK9', priority: 'high', status: 'diagnostics', dueDate: '2026-03-05' },
    earlyMar2: { clientId: smith, departmentId: deptB, assigneeId: other, createdAt: at('2026-03-01T21:10:00Z'), title: 'Cracked screen', deviceType: 'Phone', brand: 'Apple', model: 'iPhone 13', serialNumber: '356938035643809', priority: 'urgent', status: 'new', dueDate: '2026-03-20' },
    mar3: { clientId: company, departmentId: deptA, createdAt: at('2026-03-03T09:00:00Z'), title: 'Ёлочная гирлянда не мигает', description: 'Перегорел контроллер', priority: 'low', status: 'new' },
    mar5closed: { clientId: smirnov, departmentId: deptB, assigneeId: me, createdAt: at('2026-03-05T10:00:00Z'), title: 'Replace battery', brand: 'Samsung', model: 'Galaxy S21', priority: 'normal', status: 'closed', closedAt: at('2026-03-06T10:00:00Z'), dueDate: '2026-03-06' },
    mar6cancelled: { clientId: smith, departmentId: deptA, assigneeId: other, createdAt: at('2026-03-06T10:00:00Z'), title: 'Consultation about warranty', kind: 'consultation', priority: 'normal', status: 'cancelled', dueDate: '2026-03-07' },
    mar8parts: { clientId: company, departmentId: deptB, assigneeId: me, createdAt: at('2026-03-08T10:00:00Z'), title: 'Замена шлейфа матрицы', brand: 'ASUS', model: 'ZenBook 14', priority: 'urgent', status: 'awaiting_parts', dueDate: '2026-03-09' },
  };
  for (const [name, spec] of Object.entries(specs)) ids[name] = (await addTicket(db, { updatedAt: spec.createdAt, ...spec })).id;
  ids = { ...ids };
});

describe('each filter of SPEC §4 on its own', () => {
  it('client', async () => {
    expect((await view({ client: String(people.smirnov) })).ids).toEqual(named('lateMar1', 'mar5closed'));
  });

  it('assignee: an id, me, and none', async () => {
    expect((await view({ assignee: String(people.other) })).ids).toEqual(named('earlyMar2', 'mar6cancelled'));
    expect((await view({ assignee: 'me' })).ids).toEqual(named('lateMar1', 'mar5closed', 'mar8parts'));
    expect((await view({ assignee: 'me' }, people.other)).ids).toEqual(named('earlyMar2', 'mar6cancelled'));
    expect((await view({ assignee: 'none' })).ids).toEqual(named('mar3'));
  });

  it('status: one, several, and the open and closed groups', async () => {
    expect((await view({ status: 'new' })).ids).toEqual(named('earlyMar2', 'mar3'));
    expect((await view({ status: 'new,awaiting_parts' })).ids).toEqual(named('earlyMar2', 'mar3', 'mar8parts'));
    expect((await view({ status: 'open' })).ids).toEqual(named('lateMar1', 'earlyMar2', 'mar3', 'mar8parts'));
    expect((await view({ status: 'closed' })).ids).toEqual(named('mar5closed', 'mar6cancelled'));
  });

  it('department', async () => {
    expect((await view({ department: String(people.deptB) })).ids).toEqual(named('earlyMar2', 'mar5closed', 'mar8parts'));
  });

  it('priority: one or several', async () => {
    expect((await view({ priority: 'urgent' })).ids).toEqual(named('earlyMar2', 'mar8parts'));
    expect((await view({ priority: 'low,high' })).ids).toEqual(named('lateMar1', 'mar3'));
  });

  it('from and to: inclusive local dates', async () => {
    expect((await view({ from: '2026-03-05' })).ids).toEqual(named('mar5closed', 'mar6cancelled', 'mar8parts'));
    expect((await view({ to: '2026-03-03' })).ids).toEqual(named('lateMar1', 'earlyMar2', 'mar3'));
    expect((await view({ from: '2026-03-03', to: '2026-03-06' })).ids).toEqual(named('mar3', 'mar5closed', 'mar6cancelled'));
  });

  it('overdue: open tickets due before today', async () => {
    expect((await view({ overdue: '1', sort: 'due' })).ids).toEqual([ids.lateMar1, ids.mar8parts]); // soonest due first
  });

  it('sort: newest, oldest, recently changed, due date (undated last), priority', async () => {
    const all = named('lateMar1', 'earlyMar2', 'mar3', 'mar5closed', 'mar6cancelled', 'mar8parts');
    expect((await view({})).ids).toEqual(all);
    expect((await view({ sort: '-created' })).ids).toEqual([...all].reverse());
    await database().update(tickets).set({ updatedAt: new Date('2026-03-09T12:00:00Z') }).where(eq(tickets.id, ids.mar3));
    expect((await view({ sort: 'updated' })).ids[0]).toBe(ids.mar3);
    expect((await view({ sort: 'due' })).ids).toEqual([ids.lateMar1, ids.mar5closed, ids.mar6cancelled, ids.mar8parts, ids.earlyMar2, ids.mar3]);
    expect((await view({ sort: 'priority' })).ids).toEqual([ids.mar8parts, ids.earlyMar2, ids.lateMar1, ids.mar6cancelled, ids.mar5closed, ids.mar3]);
  });
});

describe('filters combined', () => {
  it('client + status, assignee + status + priority, department + dates + search', async () => {
    expect((await view({ client: String(people.smirnov), status: 'open' })).ids).toEqual(named('lateMar1'));
    expect((await view({ assignee: 'me', status: 'open', priority: 'urgent' })).ids).toEqual(named('mar8parts'));
    expect((await view({ department: String(people.deptA), from: '2026-03-01', to: '2026-03-03', q: 'ноут' })).ids).toEqual(named('lateMar1'));
    expect((await view({ department: String(people.deptA), from: '2026-03-02', q: 'ноут' })).ids).toEqual([]);
    expect((await view({ assignee: 'me', overdue: '1', priority: 'high' })).ids).toEqual(named('lateMar1'));
  });

  it('counts the total and every status tab for the filter', async () => {
    const mine = (await view({ assignee: 'me', status: 'open' })).counts;
    expect(mine.total).toBe(2);
    expect(mine.byStatus).toMatchObject({ diagnostics: 1, awaiting_parts: 1, closed: 1, new: 0 });
    const dated = (await view({ from: '2026-03-01', to: '2026-03-03', status: 'new' })).counts; // not answerable by ticket_counts
    expect(dated).toMatchObject({ total: 2, capped: false });
    expect(dated.byStatus).toMatchObject({ new: 2, diagnostics: 1, closed: 0 });
  });
});

describe('the company time zone', () => {
  it('a ticket created at 23:30 local on 1 March is in 1 March, not in 2 March', async () => {
    expect((await view({ from: '2026-03-01', to: '2026-03-01' })).ids).toContain(ids.lateMar1);
    expect((await view({ from: '2026-03-01', to: '2026-03-01' })).ids).not.toContain(ids.earlyMar2);
    expect((await view({ from: '2026-03-02' })).ids).not.toContain(ids.lateMar1);
    expect((await view({ from: '2026-03-02', to: '2026-03-02' })).ids).toEqual([ids.earlyMar2]);
  });

  it('the same instants fall on other days in another zone', async () => {
    const parsed = parseTicketListParams({ from: '2026-03-01', to: '2026-03-01' }).params;
    const { filters } = resolveTicketFilters(parsed, { staffId: people.me, timeZone: 'UTC', today: TODAY, phoneRegion: 'RU' });
    expect((await listTickets(filters)).rows.map((r) => r.id)).toEqual(named('lateMar1', 'earlyMar2'));
  });
});

describe('full-text search', () => {
  const q = async (text: string, extra: Record<string, string> = {}) => (await view({ q: text, ...extra })).ids;

  it('finds Cyrillic words by prefix, in any case, ё or е', async () => {
    expect(await q('ноут')).toEqual(named('lateMar1'));
    expect(await q('НОУТБУК')).toEqual(named('lateMar1'));
    expect(await q('елочная')).toEqual(named('mar3'));
    expect(await q('Ёлочн')).toEqual(named('mar3'));
    expect(await q('контроллер')).toEqual(named('mar3')); // the problem description
    expect(await q('смирн')).toEqual(named('lateMar1', 'mar5closed')); // the client's name
    expect(await q('ёлкина')).toEqual(named('mar3', 'mar8parts')); // a company's contact person
  });

  it('finds Latin words, devices and serials by prefix, in any case', async () => {
    expect(await q('iphone 13')).toEqual(named('earlyMar2'));
    expect(await q('IPHONE')).toEqual(named('earlyMar2'));
    expect(await q('thinkp')).toEqual(named('lateMar1'));
    expect(await q('lenovo thinkpad t14')).toEqual(named('lateMar1'));
    expect(await q('pf3x')).toEqual(named('lateMar1'));
    expect(await q('3569380')).toEqual(named('earlyMar2')); // IMEI prefix
    expect(await q('smith')).toEqual(named('earlyMar2', 'mar6cancelled'));
  });

  it('understands Russian spellings of brands and devices, and names in the other alphabet', async () => {
    expect(await q('айфон')).toEqual(named('earlyMar2'));
    expect(await q('айфон 13')).toEqual(named('earlyMar2'));
    expect(await q('самсунг')).toEqual(named('mar5closed'));
    expect(await q('леново')).toEqual(named('lateMar1'));
    expect(await q('асус')).toEqual(named('mar8parts'));
    expect(await q('laptop')).toEqual(named('lateMar1')); // "Не включается ноутбук"
    expect(await q('smirnov')).toEqual(named('lateMar1', 'mar5closed'));
    expect(await q('смит')).toEqual(named('earlyMar2', 'mar6cancelled'));
    // Every word must still match: the spellings widen a word, never the query.
    expect(await q('айфон самсунг')).toEqual([]);
  });

  it('finds a ticket by its number with or without the prefix', async () => {
    const number = `SC-${String(ids.mar3).padStart(6, '0')}`;
    expect(await q(number)).toEqual([ids.mar3]);
    expect(await q(number.toLowerCase())).toEqual([ids.mar3]);
    expect(await q(String(ids.mar3))).toContain(ids.mar3);
  });

  it('finds a client by phone digits written any way', async () => {
    for (const phone of ['8 912 345-67-89', '+7 (912) 345', '9123456789', '912 345 67', '79123456']) {
      expect(await q(phone), phone).toEqual(named('lateMar1', 'mar5closed'));
    }
    expect(await q('+44 7911 123')).toEqual(named('earlyMar2', 'mar6cancelled'));
  });

  it('combines with the other filters', async () => {
    expect(await q('смирн', { status: 'open' })).toEqual(named('lateMar1'));
    expect(await q('смирн', { sort: 'priority' })).toEqual([ids.lateMar1, ids.mar5closed]);
    expect(await q('smith', { sort: '-created' })).toEqual([ids.earlyMar2, ids.mar6cancelled]);
  });

  it('keeps the index in step when tickets and clients change or go', async () => {
    const db = database();
    const extra = await addTicket(db, { clientId: people.smith, departmentId: people.deptA, title: 'Стиральная машина течёт' });
    expect(await q('стиральн')).toEqual([extra.id]);
    await db.update(tickets).set({ title: 'Холодильник не морозит' }).where(eq(tickets.id, extra.id));
    expect(await q('стиральн')).toEqual([]);
    expect(await q('холодильн')).toEqual([extra.id]);
    await db.update(clients).set({ name: 'Jonathan Smythe', phone: '+79990001122' }).where(eq(clients.id, people.smith));
    expect(await q('smith')).toEqual([]);
    expect(await q('smythe')).toEqual(sorted([ids.earlyMar2, ids.mar6cancelled, extra.id]));
    expect(await q('8 999 000 11')).toEqual(sorted([ids.earlyMar2, ids.mar6cancelled, extra.id]));
    await db.delete(tickets).where(eq(tickets.id, extra.id));
    expect(await q('холодильн')).toEqual([]);
    await db.update(clients).set({ name: 'John Smith', phone: '+447911123456' }).where(eq(clients.id, people.smith));
  });

  it('never lets typed text break the query', async () => {
    for (const text of ['"', 'a" OR "b', 'NEAR(a b)', '*', 'title:foo', '^x', '{body}', '-', "o'brien", 'AND', '((', 'x'.repeat(500)]) {
      await expect(view({ q: text }), text).resolves.toBeDefined();
    }
    expect((await view({ q: '-- !!' })).ignored).toEqual([{ param: 'q', value: '-- !!', reason: 'nothing_to_search' }]);
  });
});

describe('keyset pagination', () => {
  async function walk(filters: TicketListFilters, sort: Parameters<typeof listTickets>[3], size: number) {
    const seen: number[] = [];
    let page = await listTickets(filters, {}, size, sort);
    seen.push(...page.rows.map((r) => r.id));
    while (page.next) {
      page = await listTickets(filters, { after: page.next }, size, sort);
      seen.push(...page.rows.map((r) => r.id));
    }
    return { seen, last: page };
  }

  it('neither skips nor repeats rows while tickets are being added, forwards and back', async () => {
    const db = database();
    const dept = (await makeDepartment(db)).id;
    const client = (await one(db.insert(clients).values({ name: 'Пагинация', phone: '+79000000001' }).returning())).id;
    const base = Date.parse('2026-02-01T10:00:00Z');
    const made: number[] = [];
    for (let i = 0; i < 23; i++) made.push((await addTicket(db, { clientId: client, departmentId: dept, createdAt: new Date(base + Math.floor(i / 3) * 60_000) })).id); // ties in created_at
    const f: TicketListFilters = { clientId: client };

    const first = await listTickets(f, {}, 5);
    const pages = [first.rows.map((r) => r.id)];
    // New tickets arrive between page loads: they are newer, so they belong before page 1.
    let page = first;
    while (page.next) {
      await addTicket(db, { clientId: client, departmentId: dept, createdAt: new Date() });
      page = await listTickets(f, { after: page.next }, 5);
      pages.push(page.rows.map((r) => r.id));
    }
    const seen = pages.flat();
    expect(new Set(seen).size).toBe(seen.length);
    expect(sorted(seen.filter((id) => made.includes(id)))).toEqual(sorted(made));
    expect(seen.slice(-made.length)).toEqual(made.slice().reverse().filter((id) => seen.includes(id)));

    // Back from the last page: each previous page is exactly the one seen going forward.
    let back = page;
    for (let i = pages.length - 2; i >= 0 && back.prev; i--) {
      back = await listTickets(f, { before: back.prev }, 5);
      expect(back.rows.map((r) => r.id)).toEqual(pages[i]);
    }
    // Before the first page now come the tickets added meanwhile, and only they.
    const added = await listTickets(f, { before: back.prev! }, 50);
    expect(added.rows.every((r) => !made.includes(r.id))).toBe(true);
    expect(added.rows.length).toBe(pages.length - 1);
    expect(added.prev).toBeNull();
  });

  it('walks the segmented orders (priority, due) without gaps or repeats', async () => {
    const db = database();
    const dept = (await makeDepartment(db)).id;
    const client = (await one(db.insert(clients).values({ name: 'Сегменты', phone: '+79000000002' }).returning())).id;
    const priorities: Priority[] = ['low', 'normal', 'high', 'urgent'];
    const statuses: Status[] = ['new', 'in_progress', 'ready'];
    for (let i = 0; i < 30; i++) {
      await addTicket(db, {
        clientId: client,
        departmentId: dept,
        priority: priorities[i % 4],
        status: statuses[i % 3],
        dueDate: i % 5 === 0 ? null : `2026-03-${String(1 + (i % 9)).padStart(2, '0')}`,
        createdAt: new Date(Date.parse('2026-02-01T10:00:00Z') + i * 60_000),
      });
    }
    const all = (await listTickets({ clientId: client }, {}, 100)).rows;
    const rank: Record<Priority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };
    const byPriority = [...all].sort((a, b) => rank[a.priority] - rank[b.priority] || b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
    const byDue = [...all].sort((a, b) => (a.dueDate === null ? 1 : 0) - (b.dueDate === null ? 1 : 0) || (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || (a.dueDate === null ? b.id - a.id : a.id - b.id));
    for (const [sort, expected] of [['priority', byPriority], ['due', byDue]] as const) {
      const { seen, last } = await walk({ clientId: client }, sort, 7);
      expect(seen, sort).toEqual(expected.map((r) => r.id));
      const backwards: number[] = [...last.rows.map((r) => r.id)];
      let page = last;
      while (page.prev) {
        page = await listTickets({ clientId: client }, { before: page.prev }, 7, sort);
        backwards.unshift(...page.rows.map((r) => r.id));
      }
      expect(backwards, `${sort} backwards`).toEqual(seen);
    }
  });

  it('pages a search by number, newest first, both ways', async () => {
    const { seen } = await walk({ search: '{title body device serial client phone} : "ticket"*' }, 'created', 4);
    expect(seen).toEqual(sorted(seen));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(8);
  });
});

describe('a plain search reads its first page and its count in one pass', () => {
  it('gives what reading them apart gives', async () => {
    for (const text of ['ticket', 'smith', 'смирн', 'nothing-like-this']) {
      for (const sort of ['created', '-created'] as const) {
        const f = resolveTicketFilters(parseTicketListParams({ q: text }).params, { staffId: people.me, timeZone: TZ, today: TODAY, phoneRegion: 'RU' }).filters;
        const together = await listAndCountTickets(f, {}, 7, sort);
        const apart = await listTickets(f, {}, 7, sort);
        expect(together.page.rows.map((r) => r.id), `${text} ${sort}`).toEqual(apart.rows.map((r) => r.id));
        expect(together.page.next?.id).toEqual(apart.next?.id);
        expect(together.counts).toEqual(await countTicketList(f));
        if (apart.next) expect((await listTickets(f, { after: together.page.next! }, 7, sort)).rows).toEqual((await listTickets(f, { after: apart.next }, 7, sort)).rows);
      }
    }
  });
});

describe('a search with other filters and more matches than it examines', () => {
  const filtersOf = (query: Record<string, string>) =>
    resolveTicketFilters(parseTicketListParams(query).params, { staffId: people.me, timeZone: TZ, today: TODAY, phoneRegion: 'RU' }).filters;

  it('counts among its newest matches and says "at least"', async () => {
    // "смирнов" finds both of Smirnov's tickets: the closed one is the newer.
    expect(await countTicketList(filtersOf({ q: 'смирнов', status: 'closed' }), 1)).toEqual({ total: 1, capped: true, byStatus: null });
  });

  it('counts everything when none of the newest passes the other filters, or when all matches fit', async () => {
    const open = filtersOf({ q: 'смирнов', status: 'open' });
    expect(await countTicketList(open, 1)).toMatchObject({ total: 1, capped: false });
    expect(await countTicketList(filtersOf({ q: 'смирнов', status: 'closed' }), 2)).toMatchObject({ total: 1, capped: false });
    expect((await countTicketList(open, 1)).byStatus).toMatchObject({ diagnostics: 1, closed: 1 });
  });
});

describe('bad params', () => {
  it('an unknown status, an impossible date, a malformed cursor: ignored, listed, and the page still lists', async () => {
    const everything = (await view({})).ids;
    const bad = await view({ status: 'lost', from: '2026-02-30', to: 'yesterday', cursor: 'n.bm90LWpzb24', sort: 'sideways', client: 'x', priority: 'meh', assignee: '-3', department: '1.5' });
    expect(bad.ids).toEqual(everything);
    expect(bad.ignored.map((i) => i.param).sort()).toEqual(['assignee', 'client', 'cursor', 'department', 'from', 'priority', 'sort', 'status', 'to']);
  });

  it('a cursor for a row that no longer exists still pages from where it was', async () => {
    const db = database();
    const first = await listTickets({}, {}, 2);
    const gone = first.rows[1].id;
    await db.delete(tickets).where(eq(tickets.id, gone));
    const next = await listTickets({}, { after: first.next! }, 2);
    expect(next.rows.map((r) => r.id)).not.toContain(gone);
    expect(next.rows[0].id).toBeLessThan(gone);
  });
});
