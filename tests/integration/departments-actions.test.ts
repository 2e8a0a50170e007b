import { count, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { first } from '@/db/exec';
import { auditLog, departments, tickets } from '@/db/tables';
import { createDepartmentAction, deleteDepartmentAction, updateDepartmentAction } from '@/app/(staff)/departments/actions';
import { listDepartments } from '@/db/queries/departments';
import type { Role, Status } from '@/lib/domain/enums';
import { makeClient, makeDepartment, makeEmployee, makeTicket } from '../helpers/records';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const database = setupTestDatabase();

function form(values: Record<string, string | number>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, String(v));
  return data;
}

async function staff(role: Role): Promise<Staff> {
  const db = database();
  const dept = await makeDepartment(db);
  const e = await makeEmployee(db, { departmentId: dept.id, role });
  return { id: e.id, fullName: e.fullName, email: e.email, role, locale: 'en', departmentId: dept.id };
}

const snapshot = async () => {
  const db = database();
  return {
    // In id order: the comparisons below are of lists, and PostgreSQL gives rows in no order otherwise.
    departments: await db.select().from(departments).orderBy(departments.id),
    audit: (await first(db.select({ n: count() }).from(auditLog).limit(1)))?.n,
  };
};

const REDIRECT = { digest: expect.stringContaining('NEXT_REDIRECT') };

describe('department actions: who may call them', () => {
  const roles = [null, 'technician', 'manager', 'admin'] as const;
  const cases = roles.flatMap((role) => [
    { role, name: 'create', run: () => createDepartmentAction(undefined, form({ name: `Dept ${role} ${Math.random()}` })) },
    {
      role,
      name: 'update',
      run: async () => updateDepartmentAction(undefined, form({ id: (await makeDepartment(database())).id, name: `Renamed ${Math.random()}` })),
    },
    { role, name: 'delete', run: async () => deleteDepartmentAction(undefined, form({ id: (await makeDepartment(database())).id })) },
  ]);

  it.each(cases)('$name as $role', async ({ role, run }) => {
    signInAs(role ? await staff(role) : null);
    const before = await snapshot();
    if (role === 'admin') {
      await expect(run()).rejects.toMatchObject(REDIRECT); // success ends in a redirect
      expect((await snapshot()).audit).toBe((before.audit ?? 0) + 1);
      return;
    }
    const outcome = run();
    if (role === null) await expect(outcome).rejects.toMatchObject({ digest: expect.stringContaining('/login') });
    else await expect(outcome).resolves.toMatchObject({ message: 'You do not have permission to do this.' });
    const after = await snapshot();
    expect(after.audit).toBe(before.audit);
    // Only the department the case itself arranged may be new; nothing was renamed or deleted.
    expect(after.departments.filter((d) => before.departments.some((b) => b.id === d.id))).toEqual(before.departments);
  });
});

describe('department forms refuse bad input and change nothing', () => {
  beforeEach(async () => signInAs(await staff('admin')));

  it.each([
    ['an empty name', { name: '   ' }, 'name', 'Required.'],
    ['a name of 300 characters', { name: 'x'.repeat(300) }, 'name', 'Too long: at most 120 characters.'],
    ['a bad e-mail', { name: 'Good', email: 'not-an-email' }, 'email', 'Enter a valid e-mail address, e.g. name@example.com.'],
    ['a bad phone', { name: 'Good', phone: '12345' }, 'phone', 'Enter a valid phone number, e.g. +7 912 345-67-89.'],
  ])('%s', async (_case, values, field, message) => {
    const before = await snapshot();
    const state = await createDepartmentAction(undefined, form(values));
    expect(state.fieldErrors?.[field]).toEqual([message]);
    expect(state.values).toMatchObject(values);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a name that differs only in case, Cyrillic included', async () => {
    await makeDepartment(database(), 'Ремонт принтеров');
    const before = await snapshot();
    const state = await createDepartmentAction(undefined, form({ name: 'РЕМОНТ ПРИНТЕРОВ' }));
    expect(state.fieldErrors?.name).toEqual(['A department with this name already exists.']);
    expect(await snapshot()).toEqual(before);
  });

  it('lets a department keep its own name on edit, with a changed case', async () => {
    const dept = await makeDepartment(database(), 'Printers');
    await expect(updateDepartmentAction(undefined, form({ id: dept.id, name: 'PRINTERS', phone: '8 (495) 123-45-67' }))).rejects.toMatchObject(REDIRECT);
    const row = await first(database().select().from(departments).where(eq(departments.id, dept.id)).limit(1));
    expect(row).toMatchObject({ name: 'PRINTERS', phone: '+74951234567' });
    const audit = (await database().select().from(auditLog).where(eq(auditLog.entityId, dept.id)).orderBy(auditLog.id)).at(-1);
    expect(audit?.changes).toMatchObject({ name: { from: 'Printers', to: 'PRINTERS' }, phone: { from: null, to: '+74951234567' } });
  });
});

describe('deleting a department', () => {
  beforeEach(async () => signInAs(await staff('admin')));

  it('is blocked while employees or tickets remain, with a message saying what to do', async () => {
    const db = database();
    const dept = await makeDepartment(db);
    await makeEmployee(db, { departmentId: dept.id });
    await makeTicket(db, { clientId: (await makeClient(db)).id, departmentId: dept.id });
    const before = await snapshot();
    const state = await deleteDepartmentAction(undefined, form({ id: dept.id }));
    expect(state.message).toMatch(/1 employee\(s\) and 1 ticket\(s\).*Move the employees/);
    expect(await snapshot()).toEqual(before);
  });

  it('really deletes an empty department and records it', async () => {
    const dept = await makeDepartment(database(), 'Temporary');
    await expect(deleteDepartmentAction(undefined, form({ id: dept.id }))).rejects.toMatchObject(REDIRECT);
    expect(await first(database().select().from(departments).where(eq(departments.id, dept.id)).limit(1))).toBeUndefined();
    const audit = (await database().select().from(auditLog).where(eq(auditLog.entityId, dept.id)).orderBy(auditLog.id)).at(-1);
    expect(audit).toMatchObject({ entityType: 'department', action: 'delete', changes: { name: { from: 'Temporary', to: null } } });
  });
});

describe('the department list', () => {
  it("shows each department's own number of employees and of open tickets", async () => {
    const db = database();
    const client = (await makeClient(db)).id;
    // Sizes that differ from one another and from the departments' ids, with closed and cancelled
    // tickets that must not count: a count bound to the wrong table cannot match them all.
    const plan = [
      { name: 'Counted: bench', employees: 8, statuses: ['new', 'diagnostics', 'ready', 'awaiting_parts', 'closed', 'closed'] },
      { name: 'Counted: field', employees: 4, statuses: ['in_progress', 'cancelled'] },
      { name: 'Counted: phones', employees: 2, statuses: ['new', 'new', 'new', 'awaiting_approval', 'new'] },
      { name: 'Counted: empty', employees: 0, statuses: [] },
    ] satisfies { name: string; employees: number; statuses: Status[] }[];
    for (const p of plan) {
      const dept = await makeDepartment(db, p.name);
      for (let i = 0; i < p.employees; i++) await makeEmployee(db, { departmentId: dept.id });
      for (const status of p.statuses) {
        const ticket = await makeTicket(db, { clientId: client, departmentId: dept.id });
        await db.update(tickets).set({ status, closedAt: status === 'closed' ? new Date() : null }).where(eq(tickets.id, ticket.id));
      }
    }

    const { rows } = await listDepartments({ q: 'Counted', sort: 'name' }, {});
    expect(rows.map((r) => [r.name, r.employeeCount, r.openTicketCount])).toEqual([
      ['Counted: bench', 8, 4],
      ['Counted: empty', 0, 0],
      ['Counted: field', 4, 1],
      ['Counted: phones', 2, 5],
    ]);
  });
});
