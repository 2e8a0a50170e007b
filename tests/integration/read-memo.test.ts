import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, transaction } from '@/db';
import { cashGroups } from '@/db/queries/cash-report';
import { countTicketList } from '@/db/queries/ticket-counts';
import { listDepartmentOptions } from '@/db/queries/departments';
import { listAssignableEmployees } from '@/db/queries/ticket-people';
import { memoUntilWrite } from '@/db/read-memo';
import { departments, payments, tickets } from '@/db/tables';
import { makeClient, makeDepartment, makeEmployee, makeTicket } from '../helpers/records';
import { setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();

/** A memo of the departments' names, and how many times it really read them. */
function countedNames(size = 8) {
  const reads: string[] = [];
  const names = memoUntilWrite(
    size,
    (prefix: string) => prefix,
    async (prefix: string) => {
      reads.push(prefix);
      const rows = await db().select({ name: departments.name }).from(departments);
      return rows.map((r) => r.name).filter((name) => name.startsWith(prefix)).sort();
    },
  );
  return { names, reads };
}

describe('a read kept until the database changes', () => {
  it('answers a repeated call without reading, until anyone commits a write', async () => {
    const { names, reads } = countedNames();
    await makeDepartment(database(), 'Memo A');
    expect(await names('Memo')).toEqual(['Memo A']);
    expect(await names('Memo')).toEqual(['Memo A']);
    expect(reads).toEqual(['Memo']);

    // A command's transaction on this process's writer.
    await transaction(async (tx) => {
      await tx.insert(departments).values({ name: 'Memo B', nameKey: 'memo b' });
    });
    expect(await names('Memo')).toEqual(['Memo A', 'Memo B']);
    expect(reads).toEqual(['Memo', 'Memo']);

    // Another connection: another worker process, a script, an admin at the sqlite prompt.
    const other = new Database(database().$client.name);
    other.prepare("UPDATE departments SET name = 'Memo C' WHERE name = 'Memo A'").run();
    other.close();
    expect(await names('Memo')).toEqual(['Memo B', 'Memo C']);
    expect(await names('Memo')).toEqual(['Memo B', 'Memo C']);
    expect(reads).toHaveLength(3);
  });

  it('keeps each key apart and forgets the oldest past its size', async () => {
    const { names, reads } = countedNames(2);
    await makeDepartment(database(), 'Keyed');
    await names('K');
    await names('Ke');
    await names('K');
    expect(reads).toEqual(['K', 'Ke']);
    await names('Key'); // a third key: 'Ke', the least recently read, is forgotten
    await names('K');
    await names('Ke');
    expect(reads).toEqual(['K', 'Ke', 'Key', 'Ke']);
  });

  it('reads every time inside a transaction, which sees its own uncommitted writes', async () => {
    const { names, reads } = countedNames();
    await names('Inside');
    const seen = await transaction(async (tx) => {
      await tx.insert(departments).values({ name: 'Inside One', nameKey: 'inside one' });
      return await names('Inside');
    });
    expect(seen).toEqual(['Inside One']);
    expect(reads).toEqual(['Inside', 'Inside']);
    await transaction(async (tx) => {
      await tx.delete(departments).where(eq(departments.name, 'Inside One'));
    });
    expect(await names('Inside')).toEqual([]);
  });
});

describe('the cash report’s sums', () => {
  it('follow a payment written by hand between two openings of the same month', async () => {
    const start = new Date('2025-05-01T00:00:00Z');
    const end = new Date('2025-06-01T00:00:00Z');
    expect(await cashGroups(start, end)).toEqual([]);
    const ticket = await makeTicket(database(), { clientId: (await makeClient(database())).id, departmentId: (await makeDepartment(database())).id });
    // Written on the test's own connection, outside any command: as a script or the sqlite prompt would.
    database()
      .insert(payments)
      .values({ ticketId: ticket.id, kind: 'payment', method: 'cash', amountMinor: 12345, currency: 'RUB', takenByName: 'Desk', createdAt: new Date('2025-05-10T12:00:00Z') })
      .run();
    expect(await cashGroups(start, end)).toMatchObject([{ takenByName: 'Desk', method: 'cash', receivedMinor: 12345, count: 1 }]);
  });
});

describe('the ticket page’s staff and department lists', () => {
  it('show an employee deactivated or a department renamed by another process at once, and keep a deactivated current assignee', async () => {
    const department = await makeDepartment(database(), 'Picker dept');
    const kept = await makeEmployee(database(), { departmentId: department.id });
    const leaving = await makeEmployee(database(), { departmentId: department.id });
    const ids = async (current: number | null = null) => (await listAssignableEmployees(current)).map((e) => e.id);
    expect(await ids()).toEqual(expect.arrayContaining([kept.id, leaving.id]));
    expect((await listDepartmentOptions()).map((d) => d.name)).toContain('Picker dept');

    const other = new Database(database().$client.name);
    other.prepare('UPDATE employees SET active = 0 WHERE id = ?').run(leaving.id);
    other.prepare("UPDATE departments SET name = 'Picker dept renamed' WHERE id = ?").run(department.id);
    other.close();

    expect(await ids()).toContain(kept.id);
    expect(await ids()).not.toContain(leaving.id);
    expect(await ids(leaving.id)).toContain(leaving.id);
    expect((await listDepartmentOptions()).map((d) => d.name)).toContain('Picker dept renamed');
  });
});

describe('the ticket list’s status tabs', () => {
  it('count a ticket taken in, or moved by another process, on the next page view', async () => {
    const department = await makeDepartment(database(), 'Tabs dept');
    const client = await makeClient(database());
    const tabs = async () => (await countTicketList({ departmentId: department.id })).byStatus;
    expect(await tabs()).toMatchObject({ new: 0, diagnostics: 0 });

    const ticket = await makeTicket(database(), { clientId: client.id, departmentId: department.id });
    expect(await tabs()).toMatchObject({ new: 1, diagnostics: 0 });
    expect((await countTicketList({})).total).toBe((await database().select({ id: tickets.id }).from(tickets)).length);

    const other = new Database(database().$client.name);
    other.prepare("UPDATE tickets SET status = 'diagnostics' WHERE id = ?").run(ticket.id);
    other.close();
    expect(await tabs()).toMatchObject({ new: 0, diagnostics: 1 });
    expect(await countTicketList({ departmentId: department.id, statuses: ['diagnostics'] })).toMatchObject({ total: 1, capped: false });
  });
});
