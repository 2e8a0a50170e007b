import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { one } from '@/db/exec';
import { catalogItems, ticketEvents, ticketLines, tickets } from '@/db/tables';
import { warrantyReturnsPerDepartment } from '@/db/queries/dashboard-warranty';
import { ticketListQuery, listTickets } from '@/db/queries/ticket-list';
import { getTicket, listTicketsWithSerial, type Actor, type Ticket } from '@/db/queries/tickets';
import { listWarrantyReturnsOf } from '@/db/queries/warranty';
import { catalogCodeKey, catalogSearchKey } from '@/lib/catalog/search-key';
import { addTicketLine } from '@/lib/estimates/commands';
import { parseTicketListParams, resolveTicketFilters } from '@/lib/tickets/filters';
import { createTicket } from '@/lib/tickets/commands';
import { startOfLocalDay } from '@/lib/time/local-date';
import type { LineInput } from '@/lib/validation/estimates';
import { intakeOf, makeClient, makeDepartment, makeEmployee } from '../helpers/records';
import { onPostgres, setupTestDatabase } from '../helpers/test-db';

const ZONE = 'Europe/Moscow'; // APP_TIMEZONE's default in tests
const at = (date: string, hh: number, mm = 0) => new Date(startOfLocalDay(date, ZONE).getTime() + (hh * 60 + mm) * 60_000);
const CLOSED = at('2026-03-01', 15); // a 90-day line is under warranty through 30 May
const DAY = 86_400_000;

const database = setupTestDatabase();
let manager: Actor;
let departmentId: number;
let otherDepartmentId: number;
let clientId: number;
let serials = 0;

beforeAll(async () => {
  departmentId = (await makeDepartment(database(), 'Phones')).id;
  otherDepartmentId = (await makeDepartment(database(), 'Laptops')).id;
  clientId = (await makeClient(database())).id;
  const e = await makeEmployee(database(), { departmentId, role: 'manager' });
  manager = { id: e.id, fullName: e.fullName, role: 'manager' };
});

afterEach(() => vi.useRealTimers());

async function intakeAt(when: Date, serialNumber: string, departmentOf = departmentId): Promise<Ticket> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(when);
  try {
    return await createTicket(intakeOf(clientId, departmentOf, { serialNumber, assigneeId: manager.id }), manager);
  } finally {
    vi.useRealTimers();
  }
}

const typedLine = (ticketId: number, patch: Partial<LineInput> = {}): LineInput => ({
  ticketId,
  catalogItemId: null,
  kind: 'work',
  name: 'Screen replacement',
  quantity: 1,
  unitPriceMinor: 500_000,
  discountMinor: 0,
  warrantyDays: 90,
  stockOverrideReason: null,
  ...patch,
});

/** A repair of `serial` with a 90-day line, closed at `closedAt` (null: still open). */
async function repairOf(serial: string, closedAt: Date | null = CLOSED, days = 90): Promise<Ticket> {
  const ticket = await intakeAt(new Date((closedAt ?? CLOSED).getTime() - 3 * DAY), serial);
  await addTicketLine(typedLine(ticket.id, { warrantyDays: days }), manager);
  if (closedAt) await database().update(tickets).set({ status: 'closed', closedAt }).where(eq(tickets.id, ticket.id));
  return (await getTicket(ticket.id))!;
}

const newSerial = () => `SN-WR-${++serials}`;
const eventsOf = async (ticketId: number) => (await database().select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticketId)).orderBy(ticketEvents.id)).filter((e) => e.kind === 'warranty_return');

describe('a device taken in again under warranty', () => {
  it('on day 89 is flagged as a warranty return, linked both ways, with an event on each timeline', async () => {
    const serial = newSerial();
    const original = await repairOf(serial);
    const back = await intakeAt(new Date(CLOSED.getTime() + 89 * DAY), serial);

    expect(back.warrantyReturnOfId).toBe(original.id);
    expect(back.warranty).toBe(true);
    expect((await getTicket(back.id))?.warrantyReturnOfId).toBe(original.id);
    expect(await listWarrantyReturnsOf(original.id)).toEqual([{ id: back.id }]);
    expect((await eventsOf(back.id)).map((e) => e.details)).toEqual([{ original: original.id }]);
    expect((await eventsOf(original.id)).map((e) => e.details)).toEqual([{ returnTicket: back.id }]);
  });

  it('on the last day of the warranty (30 May, 23:30 local) still counts; on day 91 it does not', async () => {
    const serial = newSerial();
    const original = await repairOf(serial);
    expect((await intakeAt(at('2026-05-30', 23, 30), serial)).warrantyReturnOfId).toBe(original.id);

    const later = newSerial();
    const expired = await repairOf(later);
    const back = await intakeAt(new Date(CLOSED.getTime() + 91 * DAY), later);
    expect(back.warrantyReturnOfId).toBeNull();
    expect(back.warranty).toBe(false);
    expect(await eventsOf(back.id)).toEqual([]);
    expect(await eventsOf(expired.id)).toEqual([]);
  });

  it('is not flagged when the earlier ticket is still open, or its lines carry no warranty', async () => {
    const serial = newSerial();
    await repairOf(serial, null);
    expect((await intakeAt(new Date(CLOSED.getTime() + 10 * DAY), serial)).warrantyReturnOfId).toBeNull();

    const other = newSerial();
    await repairOf(other, CLOSED, 0);
    expect((await intakeAt(new Date(CLOSED.getTime() + 10 * DAY), other)).warrantyReturnOfId).toBeNull();
  });

  it('finds the serial typed in another case and with spaces, and links the most recently closed repair', async () => {
    const serial = newSerial();
    await repairOf(serial, CLOSED);
    const recent = await repairOf(serial, new Date(CLOSED.getTime() + 20 * DAY));
    const back = await intakeAt(new Date(CLOSED.getTime() + 30 * DAY), `  ${serial.toLowerCase()} `);
    expect(back.warrantyReturnOfId).toBe(recent.id);
    // The device history of the return lists both repairs, each with its warranty end.
    const history = await listTicketsWithSerial(back.serialNumber!, back.id);
    expect(history.map((h) => h.id).sort()).toEqual([recent.id, recent.id - 1].sort());
    expect(history.every((h) => h.warrantyDays === 90 && h.closedAt !== null)).toBe(true);
  });

  it("shows each earlier visit's own longest warranty in the device history, and none for a visit without lines", async () => {
    const serial = newSerial();
    const short = await repairOf(serial, CLOSED, 30);
    const long = await repairOf(serial, null, 180);
    await addTicketLine(typedLine(long.id, { warrantyDays: 14 }), manager);
    await database().update(tickets).set({ status: 'closed', closedAt: new Date(CLOSED.getTime() + DAY) }).where(eq(tickets.id, long.id));
    const bare = await intakeAt(new Date(CLOSED.getTime() + 2 * DAY), serial);
    const current = await intakeAt(new Date(CLOSED.getTime() + 3 * DAY), serial);

    const days = new Map((await listTicketsWithSerial(serial, current.id)).map((h) => [h.id, h.warrantyDays]));
    expect(days).toEqual(
      new Map([
        [short.id, 30],
        [long.id, 180],
        [bare.id, null],
      ]),
    );
  });
});

describe('the price of a warranty return', () => {
  function service(priceMinor: number) {
    const code = `WS-${++serials}`;
    return one(
      database()
        .insert(catalogItems)
        .values({ kind: 'service', code, codeKey: catalogCodeKey(code), name: `Repair ${code}`, searchKey: catalogSearchKey(code, `Repair ${code}`), priceMinor, warrantyDays: 30 })
        .returning(),
    );
  }

  it('is zero by default for lines from the price list and typed in; a typed price still wins', async () => {
    const serial = newSerial();
    await repairOf(serial);
    const back = await intakeAt(new Date(CLOSED.getTime() + 89 * DAY), serial);
    const item = await service(150_000);

    expect((await addTicketLine(typedLine(back.id, { catalogItemId: item.id, name: null, unitPriceMinor: null }), manager)).unitPriceMinor).toBe(0);
    expect((await addTicketLine(typedLine(back.id, { unitPriceMinor: null }), manager)).unitPriceMinor).toBe(0);
    expect((await addTicketLine(typedLine(back.id, { catalogItemId: item.id, name: null, unitPriceMinor: 70_000 }), manager)).unitPriceMinor).toBe(70_000);
    expect((await getTicket(back.id))?.estimateMinor).toBe(70_000);

    // An ordinary ticket still takes the list price.
    const ordinary = await intakeAt(new Date(), newSerial());
    expect((await addTicketLine(typedLine(ordinary.id, { catalogItemId: item.id, name: null, unitPriceMinor: null }), manager)).unitPriceMinor).toBe(150_000);
    const lines = await database().select().from(ticketLines).where(eq(ticketLines.ticketId, back.id));
    expect(lines).toHaveLength(3);
  });
});

describe('the "warranty returns" quick view and the dashboard', () => {
  it('warranty=1 lists only warranty returns, newest first, through tickets_warranty_return_idx', async () => {
    const serial = newSerial();
    await repairOf(serial);
    const first = await intakeAt(new Date(CLOSED.getTime() + 5 * DAY), serial);
    const second = await intakeAt(new Date(CLOSED.getTime() + 6 * DAY), serial);
    await intakeAt(new Date(CLOSED.getTime() + 7 * DAY), newSerial()); // not a return

    const { params, ignored } = parseTicketListParams({ warranty: '1' });
    expect(ignored).toEqual([]);
    const { filters } = resolveTicketFilters(params, { staffId: manager.id, timeZone: ZONE, today: '2026-06-01', phoneRegion: 'RU' });
    const rows = (await listTickets(filters)).rows;
    const returns = (await database().select({ id: tickets.id, of: tickets.warrantyReturnOfId }).from(tickets)).filter((t) => t.of !== null);
    expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(returns.map((t) => t.id).sort((a, b) => a - b));
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    const times = rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a)); // newest first

    // The index is SQLite's choice, named in the query (INDEXED BY, db/queries/ticket-list.ts). PostgreSQL's planner
    // picks its own by the table's size: over this file's few rows it rightly reads tickets_created_idx and filters.
    if (onPostgres()) return;
    const { sql: text, params: args } = ticketListQuery(filters).toSQL();
    const plan = (database().$client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...args) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toContain('tickets_warranty_return_idx');
    expect(plan).not.toMatch(/SCAN tickets(?! USING)/);
  });

  it('the dashboard counts warranty returns per department within the 30 days', async () => {
    const start = at('2026-07-01', 0);
    const end = at('2026-07-31', 0);
    const closed = at('2026-06-20', 12);
    const serial = newSerial();
    await repairOf(serial, closed);
    await intakeAt(at('2026-07-02', 10), serial);
    await intakeAt(at('2026-07-10', 10), serial);
    await intakeAt(at('2026-07-11', 10), serial, otherDepartmentId);
    await intakeAt(at('2026-08-05', 10), serial); // after the window

    const rows = await warrantyReturnsPerDepartment(start, end);
    expect(rows).toEqual([
      { departmentId, name: 'Phones', count: 2 },
      { departmentId: otherDepartmentId, name: 'Laptops', count: 1 },
    ]);
  });
});
