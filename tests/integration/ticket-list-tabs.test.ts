import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TAB_SAMPLE_CAP, countTicketList } from '@/db/queries/ticket-counts';
import { tickets } from '@/db/tables';
import type { Status } from '@/lib/domain/enums';
import { makeClient, makeDepartment } from '../helpers/records';
import { setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();

/** `count` tickets of one status, taken in at `at`, in one insert. */
async function addTickets(clientId: number, departmentId: number, status: Status, at: string, count: number) {
  const createdAt = new Date(at);
  const rows = Array.from({ length: count }, (_, i) => ({
    publicToken: randomBytes(16).toString('base64url'),
    kind: 'repair' as const,
    channel: 'walk_in' as const,
    title: `Tab ticket ${i}`,
    status,
    clientId,
    departmentId,
    createdAt,
  }));
  await database().insert(tickets).values(rows);
}

const day = (date: string) => ({ createdFrom: new Date(`${date}T00:00:00Z`), createdBefore: new Date(new Date(`${date}T00:00:00Z`).getTime() + 86_400_000) });

/**
 * A filter the trigger-kept counts cannot answer (a day of creation) is counted from the tickets;
 * its status tabs are counted too when the filter's tickets of every status are at most
 * TAB_SAMPLE_CAP, and left out (null) when there are more, whatever the total of the chosen status.
 */
describe('the status tabs of a filter counted from the tickets', () => {
  it('are exact for a day with few tickets, with and without a status chosen', async () => {
    const department = await makeDepartment(database(), 'Tabs few');
    const client = await makeClient(database());
    await addTickets(client.id, department.id, 'new', '2027-02-01T10:00:00Z', 3);
    await addTickets(client.id, department.id, 'diagnostics', '2027-02-01T11:00:00Z', 2);
    const filter = { departmentId: department.id, ...day('2027-02-01') };
    expect(await countTicketList(filter)).toMatchObject({ total: 5, capped: false, byStatus: { new: 3, diagnostics: 2, closed: 0 } });
    expect(await countTicketList({ ...filter, statuses: ['new'] })).toMatchObject({ total: 3, capped: false, byStatus: { new: 3, diagnostics: 2 } });
  });

  it('are left out when the day has more tickets than the sample, though the chosen status has few', async () => {
    const department = await makeDepartment(database(), 'Tabs many');
    const client = await makeClient(database());
    await addTickets(client.id, department.id, 'new', '2027-02-02T10:00:00Z', 4);
    await addTickets(client.id, department.id, 'diagnostics', '2027-02-02T11:00:00Z', TAB_SAMPLE_CAP);
    const filter = { departmentId: department.id, ...day('2027-02-02') };
    expect(await countTicketList({ ...filter, statuses: ['new'] })).toEqual({ total: 4, capped: false, byStatus: null });
    expect(await countTicketList(filter)).toEqual({ total: TAB_SAMPLE_CAP + 4, capped: false, byStatus: null });
  });

  it('are counted when the day has exactly as many tickets as the sample', async () => {
    const department = await makeDepartment(database(), 'Tabs edge');
    const client = await makeClient(database());
    await addTickets(client.id, department.id, 'new', '2027-02-03T10:00:00Z', 4);
    await addTickets(client.id, department.id, 'diagnostics', '2027-02-03T11:00:00Z', TAB_SAMPLE_CAP - 4);
    const filter = { departmentId: department.id, ...day('2027-02-03'), statuses: ['new' as const] };
    expect(await countTicketList(filter)).toMatchObject({ total: 4, capped: false, byStatus: { new: 4, diagnostics: TAB_SAMPLE_CAP - 4 } });
  });
});
