import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { first, one } from '@/db/exec';
import { catalogItems, clients, estimates, notifications, ticketEvents, ticketLines, tickets } from '@/db/tables';
import { getTicket, type Actor } from '@/db/queries/tickets';
import { catalogCodeKey, catalogSearchKey } from '@/lib/catalog/search-key';
import { DomainError } from '@/lib/domain/errors';
import { addTicketLine, removeTicketLine, setTicketDiscount, updateTicketLine } from '@/lib/estimates/commands';
import { takePayment } from '@/lib/payments/commands';
import { changeTicketStatus, createTicket, updateTicket } from '@/lib/tickets/commands';
import type { LineInput } from '@/lib/validation/estimates';
import { intakeOf, makeClient, makeDepartment, makeEmployee } from '../helpers/records';
import { race } from '../helpers/race';
import { setupTestDatabase, testDatabaseUrl } from '../helpers/test-db';

const database = setupTestDatabase();
let manager: Actor;
let technician: Actor;
let colleague: Actor;
let departmentId: number;
let clientId: number;

beforeAll(async () => {
  departmentId = (await makeDepartment(database())).id;
  clientId = (await makeClient(database())).id;
  // The client takes mail, so the estimate's mail can be checked.
  await database().update(clients).set({ email: 'client@test.local', notify: true }).where(eq(clients.id, clientId));
  const actor = async (role: Actor['role']): Promise<Actor> => {
    const e = await makeEmployee(database(), { departmentId, role });
    return { id: e.id, fullName: e.fullName, role };
  };
  manager = await actor('manager');
  technician = await actor('technician');
  colleague = await actor('technician');
});

function repair(assigneeId: number | null = technician.id, kind: 'repair' | 'consultation' = 'repair') {
  return createTicket(intakeOf(clientId, departmentId, { assigneeId, kind }), manager);
}

let codes = 0;
function part(stock: number, priceMinor = 250_000) {
  const code = `P-${++codes}`;
  const name = `Battery ${codes}`;
  return one(
    database()
      .insert(catalogItems)
      .values({ kind: 'part', code, codeKey: catalogCodeKey(code), name, searchKey: catalogSearchKey(code, name), priceMinor, warrantyDays: 90, stockOnHand: stock })
      .returning(),
  );
}

function service(priceMinor = 150_000) {
  const code = `S-${++codes}`;
  const name = `Diagnostics ${codes}`;
  return one(
    database()
      .insert(catalogItems)
      .values({ kind: 'service', code, codeKey: catalogCodeKey(code), name, searchKey: catalogSearchKey(code, name), priceMinor, warrantyDays: 30 })
      .returning(),
  );
}

const line = (ticketId: number, patch: Partial<LineInput>): LineInput => ({
  ticketId,
  catalogItemId: null,
  kind: 'work',
  name: null,
  quantity: 1,
  unitPriceMinor: null,
  discountMinor: 0,
  warrantyDays: 0,
  stockOverrideReason: null,
  ...patch,
});

const stockOf = async (id: number) => (await first(database().select().from(catalogItems).where(eq(catalogItems.id, id)).limit(1)))!.stockOnHand;
// In the order they happened: PostgreSQL gives rows without ORDER BY in no order.
const eventsOf = (ticketId: number, kind: (typeof ticketEvents.$inferSelect)['kind']) =>
  database().select().from(ticketEvents).where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.kind, kind))).orderBy(asc(ticketEvents.id));
const linesOf = (ticketId: number) => database().select().from(ticketLines).where(eq(ticketLines.ticketId, ticketId)).orderBy(asc(ticketLines.id));

async function refusal(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('lines and the ticket total', () => {
  it('copies a price-list item, computes the total on the server and writes a timeline event per change', async () => {
    const ticket = await repair();
    const item = await service(150_000);
    await addTicketLine(line(ticket.id, { catalogItemId: item.id, quantity: 2, discountMinor: 10_000 }), technician);
    const typed = await addTicketLine(line(ticket.id, { name: 'Cleaning', unitPriceMinor: 33_333, quantity: 3 }), technician);
    expect((await getTicket(ticket.id))!.estimateMinor).toBe(2 * 150_000 - 10_000 + 3 * 33_333);

    await updateTicketLine({ lineId: typed.id, quantity: 1, unitPriceMinor: 10, discountMinor: 0, stockOverrideReason: null }, technician);
    await setTicketDiscount({ ticketId: ticket.id, discountMinor: 5 }, technician);
    expect((await getTicket(ticket.id))!.estimateMinor).toBe(290_000 + 10 - 5);

    await removeTicketLine(typed.id, technician);
    expect((await getTicket(ticket.id))!.estimateMinor).toBe(290_000 - 5);
    const kinds = (await eventsOf(ticket.id, 'line_added')).length + (await eventsOf(ticket.id, 'line_changed')).length + (await eventsOf(ticket.id, 'line_removed')).length;
    expect(kinds).toBe(4);
    const added = (await eventsOf(ticket.id, 'line_added'))[0];
    expect(added.details).toMatchObject({ name: item.name, quantity: 2, totalMinor: 290_000 });
    expect(added.actorId).toBe(technician.id);
  });

  it('keeps the list price when none is typed and the typed one when it is', async () => {
    const ticket = await repair();
    const item = await service(99_900);
    await addTicketLine(line(ticket.id, { catalogItemId: item.id }), technician);
    await addTicketLine(line(ticket.id, { catalogItemId: item.id, unitPriceMinor: 50_000 }), technician);
    const prices = (await linesOf(ticket.id)).map((l) => l.unitPriceMinor);
    expect(prices).toEqual([99_900, 50_000]);
  });

  it('refuses a discount above the amount, an inactive item, and lines of a closed ticket', async () => {
    const ticket = await repair();
    expect(await refusal(() => addTicketLine(line(ticket.id, { name: 'X', unitPriceMinor: 100, discountMinor: 101 }), technician))).toBe('estimate.discount_too_large');
    const item = await service();
    await database().update(catalogItems).set({ active: false }).where(eq(catalogItems.id, item.id));
    expect(await refusal(() => addTicketLine(line(ticket.id, { catalogItemId: item.id }), technician))).toBe('estimate.item_unavailable');
    expect(await refusal(() => setTicketDiscount({ ticketId: ticket.id, discountMinor: 1 }, technician))).toBe('estimate.ticket_discount_too_large');
    await changeTicketStatus(ticket.id, 'cancelled', manager);
    expect(await refusal(() => addTicketLine(line(ticket.id, { name: 'X', unitPriceMinor: 100 }), manager))).toBe('estimate.locked');
  });

  it("refuses a technician who is not the ticket's assignee", async () => {
    const ticket = await repair();
    expect(await refusal(() => addTicketLine(line(ticket.id, { name: 'X', unitPriceMinor: 100 }), colleague))).toBe('ticket.forbidden');
    expect(await linesOf(ticket.id)).toHaveLength(0);
  });
});

describe('stock', () => {
  it('takes parts from stock and gives them back when the line shrinks or goes', async () => {
    const ticket = await repair();
    const battery = await part(5);
    const l = await addTicketLine(line(ticket.id, { catalogItemId: battery.id, quantity: 3 }), technician);
    expect(l.kind).toBe('part');
    expect(await stockOf(battery.id)).toBe(2);
    await updateTicketLine({ lineId: l.id, quantity: 1, unitPriceMinor: l.unitPriceMinor, discountMinor: 0, stockOverrideReason: null }, technician);
    expect(await stockOf(battery.id)).toBe(4);
    await removeTicketLine(l.id, technician);
    expect(await stockOf(battery.id)).toBe(5);
  });

  it('never goes below zero without a manager, who must give a reason that goes on the timeline', async () => {
    const ticket = await repair();
    const battery = await part(1);
    expect(await refusal(() => addTicketLine(line(ticket.id, { catalogItemId: battery.id, quantity: 2 }), technician))).toBe('estimate.out_of_stock');
    expect(await refusal(() => addTicketLine(line(ticket.id, { catalogItemId: battery.id, quantity: 2, stockOverrideReason: 'on its way' }), technician))).toBe(
      'estimate.override_forbidden',
    );
    expect(await stockOf(battery.id)).toBe(1);
    await addTicketLine(line(ticket.id, { catalogItemId: battery.id, quantity: 2, stockOverrideReason: 'Delivery arrives tomorrow' }), manager);
    expect(await stockOf(battery.id)).toBe(-1);
    expect((await eventsOf(ticket.id, 'line_added'))[0].details).toMatchObject({ stockOverride: 'Delivery arrives tomorrow' });
  });

  it('ten processes adding the last unit at once: one line, stock zero, nine refusals', async () => {
    const ticket = await repair();
    const battery = await part(1);
    const inputs = Array.from({ length: 10 }, () => ({ ...line(ticket.id, { catalogItemId: battery.id }), actor: technician }));
    const outcomes = await race(testDatabaseUrl(), 'addTicketLine', inputs);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok).map((o) => (o as { code: string }).code)).toEqual(Array(9).fill('estimate.out_of_stock'));
    expect(await stockOf(battery.id)).toBe(0);
    expect(await linesOf(ticket.id)).toHaveLength(1);
  }, 90_000);
});

describe('the estimate is a versioned document', () => {
  it('moving to awaiting_approval needs lines, freezes them as version 1 and mails them to the client', async () => {
    const ticket = await repair();
    await changeTicketStatus(ticket.id, 'diagnostics', technician);
    expect(await refusal(() => changeTicketStatus(ticket.id, 'awaiting_approval', technician))).toBe('estimate.empty_estimate');
    await addTicketLine(line(ticket.id, { name: 'Replace the keyboard', unitPriceMinor: 420_000 }), technician);
    await changeTicketStatus(ticket.id, 'awaiting_approval', technician);
    const [v1] = await database().select().from(estimates).where(eq(estimates.ticketId, ticket.id));
    expect(v1).toMatchObject({ version: 1, state: 'pending', totalMinor: 420_000 });
    expect(v1.lines).toEqual([expect.objectContaining({ name: 'Replace the keyboard', totalMinor: 420_000 })]);
    const mail = (
      await database()
        .select()
        .from(notifications)
        .where(and(eq(notifications.ticketId, ticket.id), eq(notifications.kind, 'status_changed')))
        .orderBy(asc(notifications.id))
    ).at(-1)!;
    expect(mail.payload).toMatchObject({ to: 'awaiting_approval', estimate: { version: 1, totalMinor: 420_000 } });
  });

  it('changing lines while the client decides makes version 2 and withdraws version 1', async () => {
    const ticket = await repair();
    await addTicketLine(line(ticket.id, { name: 'Screen', unitPriceMinor: 800_000 }), technician);
    await changeTicketStatus(ticket.id, 'awaiting_approval', technician);
    await addTicketLine(line(ticket.id, { name: 'Glue', unitPriceMinor: 5_000 }), technician);
    const versions = await database().select().from(estimates).where(eq(estimates.ticketId, ticket.id)).orderBy(asc(estimates.version));
    expect(versions.map((v) => [v.version, v.state, v.totalMinor])).toEqual([
      [1, 'withdrawn', 800_000],
      [2, 'pending', 805_000],
    ]);
    expect(await eventsOf(ticket.id, 'estimate_withdrawn')).toHaveLength(1);
    const revised = await first(database().select().from(notifications).where(eq(notifications.dedupeKey, `estimate_sent:${ticket.id}:v2`)).limit(1));
    expect(revised?.payload).toMatchObject({ estimate: { version: 2 } });
  });

  it('leaving awaiting_approval without a decision withdraws the version the client has', async () => {
    const ticket = await repair();
    await addTicketLine(line(ticket.id, { name: 'Screen', unitPriceMinor: 800_000 }), technician);
    await changeTicketStatus(ticket.id, 'awaiting_approval', technician);
    await changeTicketStatus(ticket.id, 'diagnostics', technician);
    expect((await first(database().select().from(estimates).where(eq(estimates.ticketId, ticket.id)).limit(1)))!.state).toBe('withdrawn');
  });
});

describe('closing a repair', () => {
  it('needs a diagnosis, the work done, lines and the balance paid, unless a manager overrides with a reason', async () => {
    const ticket = await repair();
    await changeTicketStatus(ticket.id, 'ready', technician);
    expect(await refusal(() => changeTicketStatus(ticket.id, 'closed', technician))).toBe('estimate.closing_incomplete');
    expect(await refusal(() => changeTicketStatus(ticket.id, 'closed', technician, undefined, 'client in a hurry'))).toBe('estimate.override_forbidden');
    const closed = await changeTicketStatus(ticket.id, 'closed', manager, undefined, 'Warranty swap, no work billed');
    expect(closed.status).toBe('closed');
    expect((await eventsOf(ticket.id, 'status_changed')).at(-1)!.details).toEqual({ closeOverride: 'Warranty swap, no work billed' });
  });

  it('closes a complete repair and keeps its total as the final cost', async () => {
    const ticket = await repair();
    await addTicketLine(line(ticket.id, { name: 'Screen', unitPriceMinor: 800_000 }), technician);
    const current = (await getTicket(ticket.id))!;
    await updateTicket({ ...current, id: ticket.id, version: current.version, diagnosis: 'Broken screen', workDone: 'Replaced the screen' }, technician);
    await changeTicketStatus(ticket.id, 'ready', technician);
    await takePayment({ ticketId: ticket.id, kind: 'payment', method: 'cash', amountMinor: 800_000 }, technician);
    const closed = await changeTicketStatus(ticket.id, 'closed', technician);
    expect(closed.finalCostMinor).toBe(800_000);
    expect((await first(database().select().from(tickets).where(eq(tickets.id, ticket.id)).limit(1)))!.finalCostMinor).toBe(800_000);
  });

  it('a consultation closes without any of it', async () => {
    const ticket = await repair(technician.id, 'consultation');
    expect((await changeTicketStatus(ticket.id, 'closed', technician)).status).toBe('closed');
  });
});
