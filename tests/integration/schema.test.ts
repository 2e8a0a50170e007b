import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { departments, employees, tickets } from '@/db/tables';
import { ticketListQuery } from '@/db/queries/ticket-list';
import type { TicketListFilters } from '@/lib/tickets/list-vocabulary';
import { onPostgres, setupTestDatabase } from '../helpers/test-db';
import { makeClient, makeDepartment, makeEmployee, makeTicket } from '../helpers/records';

const database = setupTestDatabase();

/**
 * The database's own words for a write it refused, on either engine: drizzle's error names the
 * query and keeps the driver's (SQLite's "UNIQUE constraint failed", PostgreSQL's "duplicate key
 * value violates unique constraint") as its cause.
 */
async function refusal(write: PromiseLike<unknown>): Promise<string> {
  try {
    await write;
  } catch (error) {
    const messages: string[] = [];
    for (let e = error as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) messages.push(e.message ?? '');
    return messages.join(' | ');
  }
  throw new Error('the database accepted the write');
}

const UNIQUE = /UNIQUE constraint failed|duplicate key value violates unique constraint/;
const CHECK = /CHECK constraint failed|violates check constraint/;
const FOREIGN_KEY = /FOREIGN KEY constraint failed|violates foreign key constraint/;

describe('the database schema', () => {
  it('never hands out a deleted ticket number again', async () => {
    const db = database();
    const dept = await makeDepartment(db);
    const client = await makeClient(db);
    const first = await makeTicket(db, { clientId: client.id, departmentId: dept.id });
    const second = await makeTicket(db, { clientId: client.id, departmentId: dept.id });
    await db.delete(tickets).where(eq(tickets.id, second.id));
    const third = await makeTicket(db, { clientId: client.id, departmentId: dept.id });
    expect(third.id).toBeGreaterThan(second.id);
    expect(second.id).toBeGreaterThan(first.id);
  });

  it('refuses a department name that differs only in case, Cyrillic included', async () => {
    const db = database();
    await makeDepartment(db, 'Ремонт ноутбуков');
    expect(await refusal(makeDepartment(db, 'РЕМОНТ НОУТБУКОВ'))).toMatch(UNIQUE);
  });

  it('refuses unknown statuses, roles and a closed ticket without closed_at', async () => {
    const db = database();
    const dept = await makeDepartment(db);
    const client = await makeClient(db);
    const ticket = await makeTicket(db, { clientId: client.id, departmentId: dept.id });
    const setStatus = (status: string) => db.update(tickets).set({ status: status as never }).where(eq(tickets.id, ticket.id));
    expect(await refusal(setStatus('lost'))).toMatch(CHECK);
    expect(await refusal(setStatus('closed'))).toMatch(CHECK);
    expect(await refusal(makeEmployee(db, { departmentId: dept.id, role: 'boss' as never }))).toMatch(CHECK);
  });

  it('keeps employee e-mails unique regardless of case', async () => {
    const db = database();
    const dept = await makeDepartment(db);
    await makeEmployee(db, { departmentId: dept.id, email: 'anna@test.local' });
    expect(await refusal(makeEmployee(db, { departmentId: dept.id, email: 'Anna@Test.local' }))).toMatch(CHECK);
    expect(await refusal(makeEmployee(db, { departmentId: dept.id, email: 'anna@test.local' }))).toMatch(UNIQUE);
  });

  it('refuses to delete a department that still has employees', async () => {
    const db = database();
    const dept = await makeDepartment(db);
    await makeEmployee(db, { departmentId: dept.id });
    expect(await refusal(db.delete(departments).where(eq(departments.id, dept.id)))).toMatch(FOREIGN_KEY);
    expect(await db.select().from(employees).where(eq(employees.departmentId, dept.id))).toHaveLength(1);
  });
});

// SQLite's planner; on PostgreSQL the list lets its planner choose (docs/decisions/0004-postgresql.md).
describe.skipIf(onPostgres())('ticket list queries use an index for filtering and ordering', () => {
  function plan(filters: TicketListFilters) {
    const db = database();
    const { sql: text, params } = ticketListQuery(filters).toSQL();
    const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[];
    return rows.map((r) => r.detail).join('\n');
  }

  const cases: [string, TicketListFilters, string][] = [
    ['default (newest first)', {}, 'tickets_created_idx'],
    ['client', { clientId: 1 }, 'tickets_client_created_idx'],
    ['assignee', { assigneeId: 1 }, 'tickets_assignee_created_idx'],
    ['unassigned', { assigneeId: 'none' }, 'tickets_assignee_created_idx'],
    ['status', { statuses: ['new'] }, 'tickets_status_created_idx'],
    ['department', { departmentId: 1 }, 'tickets_department_created_idx'],
    ['priority', { priorities: ['urgent'] }, 'tickets_priority_created_idx'],
    ['creation date range', { createdFrom: new Date('2026-03-01'), createdBefore: new Date('2026-03-02') }, 'tickets_created_idx'],
  ];

  it.each(cases)('%s', (_name, filters, index) => {
    const detail = plan(filters);
    // A covering index (the page's ids and sort keys come from the index alone) is as good.
    expect(detail).toMatch(new RegExp(`USING (COVERING )?INDEX ${index}\\b`));
    expect(detail).not.toMatch(/TEMP B-TREE/);
    expect(detail).not.toMatch(/SCAN tickets(?! USING)/);
  });
});
