// The app's own queries and commands, run on PostgreSQL: db/tables.ts picks the engine's tables
// as the modules load, so DATABASE_URL must name a server before anything imports them.
import { vi } from 'vitest';
vi.hoisted(() => {
  process.env.DATABASE_URL = 'postgres://the-test-sets-the-pool/';
});

import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPostgresForTests, transaction } from '@/db';
import { first } from '@/db/exec';
import * as pgSchema from '@/db/pg/schema';
import { departments } from '@/db/tables';
import { openPostgres, runPostgresMigrations, type PgDb } from '@/db/pg/connection';
import { getDepartment, listDepartments } from '@/db/queries/departments';
import { getClient, listClients } from '@/db/queries/clients';
import { getTicket, listTicketEvents } from '@/db/queries/tickets';
import { countTicketList, listAndCountTickets, listTickets } from '@/db/queries/ticket-list';
import { ticketSearchMatch } from '@/lib/tickets/search-match';
import { formatTicketNumber } from '@/lib/tickets/number';
import { createDepartment, deleteDepartment, updateDepartment } from '@/lib/departments/commands';
import { createClient } from '@/lib/clients/commands';
import { clientFormSchema } from '@/lib/validation/clients';
import { changeTicketStatus, createTicket } from '@/lib/tickets/commands';
import { createDatabase } from './database';
import { intakeOf } from '../helpers/records';

let pool: PgDb;
let admin: { id: number; fullName: string; role: 'admin' };
let homeDepartment: number;

beforeAll(async () => {
  pool = openPostgres(await createDatabase(), 4);
  await runPostgresMigrations(pool);
  setPostgresForTests(pool);
  const [dept] = await pool.insert(pgSchema.departments).values({ name: 'Администрация', nameKey: 'администрация' }).returning();
  homeDepartment = dept.id;
  const [employee] = await pool
    .insert(pgSchema.employees)
    .values({ fullName: 'Анна Админова', email: 'admin@pg.test', passwordHash: 'x', role: 'admin', departmentId: dept.id, position: 'Администратор' })
    .returning();
  admin = { id: employee.id, fullName: employee.fullName, role: 'admin' };
});

afterAll(() => setPostgresForTests(undefined));

const department = (name: string) => ({ name, description: '', email: null, phone: null });

describe('starting on PostgreSQL', () => {
  it('migrates once when two servers start at the same moment', async () => {
    const url = await createDatabase();
    const servers = [openPostgres(url, 1), openPostgres(url, 1)];
    await Promise.all(servers.map((server) => runPostgresMigrations(server)));
    const { rows } = await servers[0].$client.query('SELECT count(*) AS n FROM drizzle.__drizzle_migrations');
    expect(rows[0].n).toBe(4);
    await Promise.all(servers.map((server) => server.$client.end()));
  });

  it('keeps parallel workers out of the app\'s sessions (a page\'s query would wait for them to start)', async () => {
    const { rows } = await pool.$client.query('SHOW max_parallel_workers_per_gather');
    expect(rows[0].max_parallel_workers_per_gather).toBe('0');
  });
});

describe('departments on PostgreSQL', () => {
  it('creates, lists, finds by name, renames and deletes, with the audit rows', async () => {
    const id = await createDepartment(department('Ремонт ноутбуков'), admin);
    await createDepartment(department('Mobile devices'), admin);
    expect(await getDepartment(id)).toMatchObject({ name: 'Ремонт ноутбуков', nameKey: 'ремонт ноутбуков' });

    const byName = await listDepartments({ sort: 'name' }, {});
    expect(byName.rows.map((d) => d.name)).toEqual(['Mobile devices', 'Администрация', 'Ремонт ноутбуков']);
    expect((await listDepartments({ q: 'НОУТ', sort: 'name' }, {})).rows.map((d) => d.name)).toEqual(['Ремонт ноутбуков']);

    await updateDepartment(id, department('Ремонт ноутбуков и ПК'), admin);
    expect((await getDepartment(id))?.name).toBe('Ремонт ноутбуков и ПК');
    await expect(createDepartment(department('ремонт НОУТБУКОВ и пк'), admin)).rejects.toThrow();

    await deleteDepartment(id, admin);
    expect(await getDepartment(id)).toBeUndefined();
    const audit = await pool.select().from(pgSchema.auditLog);
    expect(audit.map((a) => a.action)).toEqual(['create', 'create', 'update', 'delete']);
  });
});

describe('clients and tickets on PostgreSQL', () => {
  it('registers a client and a ticket, moves it, and lists and finds it', async () => {
    const saved = await createClient(
      clientFormSchema.parse({ kind: 'person', name: 'Сергей Смирнов', phone: '+7 916 123-45-67', email: 'smirnov@pg.test', locale: 'ru', notify: 'on' }),
      admin,
    );
    const clientId = saved.saved!;
    expect(await getClient(clientId)).toMatchObject({ name: 'Сергей Смирнов', phone: '+79161234567' });
    expect((await listClients({ q: 'смирн' }, 'name')).rows.map((c) => c.id)).toEqual([clientId]);

    const ticket = await createTicket(intakeOf(clientId, homeDepartment, { title: 'Ноутбук не включается' }), admin);
    const moved = await changeTicketStatus(ticket.id, 'diagnostics', admin);
    expect(moved).toMatchObject({ status: 'diagnostics', version: ticket.version + 1 });
    expect((await getTicket(ticket.id))?.status).toBe('diagnostics');
    expect((await listTicketEvents(ticket.id)).map((e) => e.kind)).toEqual(['created', 'status_changed']);

    // The client hears of a cancellation (the default rules): the mail waits in the outbox, written by the same transaction.
    await changeTicketStatus(ticket.id, 'cancelled', admin);
    const mail = await pool.select().from(pgSchema.notifications);
    expect(mail.map((m) => m.kind).sort()).toEqual(['status_changed', 'ticket_created']);
  });

  it('rolls a failed command back whole', async () => {
    const before = await pool.select().from(pgSchema.departments);
    await expect(
      transaction(async () => {
        await createDepartment(department(`Временный ${randomBytes(3).toString('hex')}`), admin);
        throw new Error('after the insert');
      }),
    ).rejects.toThrow('after the insert');
    expect(await pool.select().from(pgSchema.departments)).toEqual(before);
  });

  it('runs two conflicting transactions both: the one that lost is run again from the start', async () => {
    let runs = 0;
    // Both first runs have read before either writes, however busy the machine; a run again passes at once.
    let reads = 0;
    let bothHaveRead!: () => void;
    const barrier = new Promise<void>((resolve) => (bothHaveRead = resolve));
    const append = () =>
      transaction(async (tx) => {
        runs++;
        const row = await first(tx.select({ description: departments.description }).from(departments).where(eq(departments.id, homeDepartment)).limit(1));
        if (++reads === 2) bothHaveRead();
        await barrier;
        await tx.update(departments).set({ description: `${row!.description}x` }).where(eq(departments.id, homeDepartment));
      });
    await Promise.all([append(), append()]);
    expect((await getDepartment(homeDepartment))?.description).toBe('xx');
    expect(runs).toBe(3);
  });
});

describe('the ticket list on PostgreSQL', () => {
  let ids: number[] = [];
  let clientId = 0;
  const search = (q: string) => ticketSearchMatch(q, 'RU')!;
  const idsOf = async (f: Parameters<typeof listTickets>[0], sort: Parameters<typeof listTickets>[3] = 'created') => {
    const seen: number[] = [];
    let page = await listTickets(f, {}, 4, sort);
    for (;;) {
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) return seen;
      page = await listTickets(f, { after: page.next }, 4, sort);
    }
  };

  beforeAll(async () => {
    const saved = await createClient(
      clientFormSchema.parse({ kind: 'person', name: 'Ольга Кузнецова', phone: '+7 903 555-12-34', email: 'kuz@pg.test', locale: 'ru', notify: 'on' }),
      admin,
    );
    clientId = saved.saved!;
    const titles = ['Ноутбук не заряжается', 'iPhone 13 разбит экран', 'Принтер мажет', 'Ноутбуки офиса: чистка', 'Samsung не включается', 'Планшет'];
    ids = [];
    for (const [i, title] of titles.entries()) {
      const ticket = await createTicket(intakeOf(clientId, homeDepartment, { title, priority: i % 3 === 0 ? 'urgent' : 'normal', dueDate: i % 2 ? `2026-12-1${i}` : null }), admin);
      ids.push(ticket.id);
    }
    await changeTicketStatus(ids[1], 'diagnostics', admin);
  });

  it('pages through every ticket newest first and back to front, by keyset', async () => {
    const mine = { clientId };
    expect(await idsOf(mine)).toEqual([...ids].reverse());
    expect(await idsOf(mine, '-created')).toEqual(ids);
    const urgentFirst = await idsOf(mine, 'priority');
    expect(urgentFirst.slice(0, 2)).toEqual([ids[3], ids[0]]);
    expect(new Set(await idsOf(mine, 'due'))).toEqual(new Set(ids));
    const second = await listTickets(mine, {}, 4);
    const back = await listTickets(mine, { before: (await listTickets(mine, { after: second.next! }, 4)).prev! }, 4);
    expect(back.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
    expect(second.rows[0]).toMatchObject({ clientName: 'Ольга Кузнецова', status: 'new' });
    expect(second.rows[0].createdAt).toBeInstanceOf(Date);
  });

  it('filters and counts by status from the kept counts, and by client by counting', async () => {
    expect(await idsOf({ clientId, statuses: ['diagnostics'] })).toEqual([ids[1]]);
    const byStatus = await countTicketList({ statuses: ['diagnostics'] });
    expect(byStatus.byStatus?.diagnostics).toBeGreaterThanOrEqual(1);
    expect(await countTicketList({ clientId })).toMatchObject({ total: 6, capped: false, byStatus: expect.objectContaining({ new: 5, diagnostics: 1 }) });
  });

  it('finds tickets by a word prefix, another spelling, the phone and the number', async () => {
    expect(await idsOf({ clientId, search: search('ноутб') })).toEqual([ids[3], ids[0]]);
    expect(await idsOf({ clientId, search: search('айфон') })).toEqual([ids[1]]);
    expect(await idsOf({ search: search('кузнец принтер') })).toEqual([ids[2]]);
    expect(await idsOf({ search: search('8 903 555') })).toEqual([...ids].reverse());
    expect(await idsOf({ search: search(formatTicketNumber(ids[4])) })).toEqual([ids[4]]);
    expect(await idsOf({ search: search('o\'brien "(') })).toEqual([]);
    // A plain search reads its first page and its count from one read of the index.
    const { page, counts } = await listAndCountTickets({ search: search('заряжа') }, {}, 50, 'created');
    expect(page.rows.map((r) => r.id)).toEqual([ids[0]]);
    expect(counts).toMatchObject({ total: 1, capped: false });
    expect(await countTicketList({ clientId, search: search('ноутб'), statuses: ['new'] })).toMatchObject({ total: 2 });
  });
});

describe('signing in on PostgreSQL', () => {
  it('checks the password through the throttle and keeps the session as a row', async () => {
    const { hashPassword } = await import('@/lib/auth/password');
    const { checkCredentials } = await import('@/lib/auth/sign-in');
    const { createStaffSession, findSessionEmployee } = await import('@/db/queries/staff-sessions');
    await pool.update(pgSchema.employees).set({ passwordHash: await hashPassword('right-password') }).where(eq(pgSchema.employees.id, admin.id));
    expect(await checkCredentials({ email: 'admin@pg.test', password: 'wrong-password' })).toMatchObject({ ok: false });
    const result = await checkCredentials({ email: 'admin@pg.test', password: 'right-password' });
    expect(result).toMatchObject({ ok: true, employee: { id: admin.id } });
    const { token } = await createStaffSession({ employeeId: admin.id, userAgent: 'test', address: '127.0.0.1', ttlMs: 60_000 });
    expect(await findSessionEmployee(token)).toMatchObject({ id: admin.id });
  });
});

describe('a repair on PostgreSQL: lines, the estimate the client approves, payments', () => {
  it('prices the work, takes the client\'s decision once, and takes and refunds money exactly', async () => {
    const { addTicketLine } = await import('@/lib/estimates/commands');
    const { decideOnStatusPage } = await import('@/lib/estimates/decisions');
    const { refundPayment, takePayment } = await import('@/lib/payments/commands');
    const { latestEstimate } = await import('@/db/queries/estimates');
    const { sumTicketPayments } = await import('@/db/queries/payments');
    const saved = await createClient(clientFormSchema.parse({ kind: 'person', name: 'Пётр Ремонтов', phone: '+7 905 111-22-33', locale: 'ru', notify: 'on' }), admin);
    const ticket = await createTicket(intakeOf(saved.saved!, homeDepartment, { assigneeId: admin.id, title: 'Замена экрана' }), admin);
    const line = { ticketId: ticket.id, catalogItemId: null, kind: 'work' as const, name: 'Замена экрана', quantity: 1, unitPriceMinor: 1_234_567, discountMinor: 0, warrantyDays: 90, stockOverrideReason: null };
    await addTicketLine(line, admin);
    await addTicketLine({ ...line, kind: 'part', name: 'Экран', quantity: 2, unitPriceMinor: 10_01 }, admin);
    await changeTicketStatus(ticket.id, 'diagnostics', admin);
    const sent = await changeTicketStatus(ticket.id, 'awaiting_approval', admin);
    expect(sent.estimateMinor).toBe(1_234_567 + 2 * 10_01);
    expect(await latestEstimate(ticket.id)).toMatchObject({ version: 1, state: 'pending', totalMinor: 1_234_567 + 2 * 10_01 });

    const decision = { token: sent.publicToken, version: 1, decision: 'approved' as const, reason: null };
    expect(await decideOnStatusPage(decision, '203.0.113.9')).toEqual({ kind: 'decided', decision: 'approved' });
    expect(await decideOnStatusPage(decision, '203.0.113.9')).toEqual({ kind: 'already', decision: 'approved' });
    expect((await getTicket(ticket.id))?.status).toBe('in_progress');

    await takePayment({ ticketId: ticket.id, kind: 'payment', method: 'card', amountMinor: 1_000_000 }, admin);
    await takePayment({ ticketId: ticket.id, kind: 'payment', method: 'cash', amountMinor: 254_569 }, admin);
    await expect(refundPayment({ ticketId: ticket.id, method: 'cash', amountMinor: 1_254_570, reason: 'Слишком много' }, admin)).rejects.toThrow();
    await refundPayment({ ticketId: ticket.id, method: 'cash', amountMinor: 20_002, reason: 'Экран не понадобился' }, admin);
    expect(await sumTicketPayments(ticket.id)).toBe(1_234_567);
    expect((await getTicket(ticket.id))?.paidMinor).toBe(1_234_567);
  });
});

