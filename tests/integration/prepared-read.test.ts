import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, transaction } from '@/db';
import { preparedRead } from '@/db/prepared';
import { getTicket, listTicketEvents } from '@/db/queries/tickets';
import { departments, tickets } from '@/db/tables';
import { makeClient, makeDepartment, makeTicket } from '../helpers/records';
import { setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();

describe('a prepared read', () => {
  it('builds its SQL once per connection and answers each call with that call’s values', async () => {
    const a = await makeDepartment(database());
    const b = await makeDepartment(database());
    const builtOn: unknown[] = [];
    const nameOf = preparedRead(['id'], (on, p) => {
      builtOn.push(on);
      return on.select({ name: departments.name }).from(departments).where(eq(departments.id, p.id));
    });
    expect(await nameOf({ id: a.id })).toEqual([{ name: a.name }]);
    expect(await nameOf({ id: b.id })).toEqual([{ name: b.name }]);
    expect(await nameOf({ id: -1 })).toEqual([]);
    expect(builtOn).toEqual([db()]);
    // A transaction's connection is another: the read is prepared there too, not run beside it.
    await transaction(async () => expect(await nameOf({ id: a.id })).toEqual([{ name: a.name }]));
    expect(builtOn).toHaveLength(2);
    expect(builtOn[1]).not.toBe(db());
  });

  it('inside a transaction reads what the transaction wrote before it commits', async () => {
    const department = await makeDepartment(database());
    const ticket = await makeTicket(database(), { clientId: (await makeClient(database())).id, departmentId: department.id });
    await getTicket(ticket.id); // prepared on the reading connection first
    const seen = await transaction(async (tx) => {
      await tx.update(tickets).set({ title: 'Renamed inside' }).where(eq(tickets.id, ticket.id));
      return (await getTicket(ticket.id))?.title;
    });
    expect(seen).toBe('Renamed inside');
    expect((await getTicket(ticket.id))?.title).toBe('Renamed inside');
    expect(await getTicket(ticket.id + 1000)).toBeUndefined();
    expect(await listTicketEvents(ticket.id)).toEqual([]);
  });
});
