import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

import {
  createEmployeeAction,
  deactivateEmployeeAction,
  deleteEmployeeAction,
  reactivateEmployeeAction,
  setEmployeePasswordAction,
  updateEmployeeAction,
} from '@/app/(staff)/employees/actions';
import { listEmployees } from '@/db/queries/employees';
import { decodeCursor } from '@/lib/domain/cursor';
import { first } from '@/db/exec';
import { auditLog, employees, tickets } from '@/db/tables';
import type { ActionState } from '@/lib/action';
import { verifyPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/domain/enums';
import { makeClient, makeDepartment, makeEmployee, makeTicket } from '../helpers/records';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();

const STRONG = 'Sturdy-password-42';
const FORBIDDEN = 'You do not have permission to do this.';

let departmentId = 0;
let otherDepartmentId = 0;
const staff = {} as Record<Role, Staff>;

function asStaff(row: Awaited<ReturnType<typeof makeEmployee>>): Staff {
  return { id: row.id, fullName: row.fullName, email: row.email, role: row.role, locale: 'en', departmentId: row.departmentId };
}

beforeAll(async () => {
  departmentId = (await makeDepartment(database(), 'Repairs')).id;
  otherDepartmentId = (await makeDepartment(database(), 'Support')).id;
  for (const role of ['admin', 'manager', 'technician'] as const) {
    staff[role] = asStaff(await makeEmployee(database(), { departmentId, role, email: `${role}@actors.test` }));
  }
});

function form(fields: Record<string, string | number | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) data.set(key, String(value));
  return data;
}

const validNew = (overrides: Record<string, string | number | undefined> = {}) =>
  form({
    fullName: 'Anna Sokolova',
    email: `anna.${Math.random().toString(36).slice(2)}@example.com`,
    phone: '+7 912 345-67-89',
    position: 'Engineer',
    departmentId,
    role: 'technician',
    locale: 'ru',
    password: STRONG,
    ...overrides,
  });

function editForm(target: { id: number; email: string }, overrides: Record<string, string | number | undefined> = {}) {
  return form({
    id: target.id,
    fullName: 'Renamed Person',
    email: target.email,
    phone: '',
    position: 'Senior engineer',
    departmentId: otherDepartmentId,
    role: 'technician',
    locale: 'en',
    ...overrides,
  });
}

/** Everything an action could change: the employees table (hashes included) and the audit log. */
async function snapshot() {
  return JSON.stringify({
    employees: await database().select().from(employees).orderBy(employees.id),
    audit: (await first(database().select({ n: count() }).from(auditLog).limit(1)))?.n,
  });
}

async function auditRows(entityId: number) {
  return (await database().select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id))
    .filter((row) => row.entityType === 'employee');
}

const employeeRow = (id: number) => first(database().select().from(employees).where(eq(employees.id, id)).limit(1));

function target(opts: { role?: Role; active?: boolean } = {}) {
  return makeEmployee(database(), { departmentId, ...opts });
}

async function redirectTarget(run: Promise<ActionState>): Promise<string> {
  const error = (await run.then(
    () => {
      throw new Error('expected a redirect');
    },
    (e: unknown) => e,
  )) as { digest?: string };
  expect(error.digest).toMatch(/^NEXT_REDIRECT/);
  return error.digest!.split(';')[2];
}

type Case = {
  name: string;
  /** Makes a fresh target and returns the form and the check of the admin's success. */
  arrange: () => Promise<{ run: () => Promise<ActionState>; succeeded: (outcome: Promise<ActionState>) => Promise<void> }>;
};

const redirectsTo = (path: string | RegExp) => async (outcome: Promise<ActionState>) => {
  expect(await redirectTarget(outcome)).toMatch(path);
};
const returnsOk = async (outcome: Promise<ActionState>) => {
  expect(await outcome).toMatchObject({ ok: true });
};

const CASES: Case[] = [
  { name: 'create', arrange: async () => ({ run: () => createEmployeeAction(undefined, validNew()), succeeded: redirectsTo(/^\/employees\/\d+$/) }) },
  {
    name: 'update',
    arrange: async () => {
      const t = await target();
      return { run: () => updateEmployeeAction(undefined, editForm(t)), succeeded: redirectsTo(`/employees/${t.id}`) };
    },
  },
  {
    name: 'set password',
    arrange: async () => {
      const t = await target();
      return { run: () => setEmployeePasswordAction(undefined, form({ id: t.id, password: STRONG })), succeeded: returnsOk };
    },
  },
  {
    name: 'deactivate',
    arrange: async () => {
      const t = await target();
      return { run: () => deactivateEmployeeAction(undefined, form({ id: t.id })), succeeded: returnsOk };
    },
  },
  {
    name: 'reactivate',
    arrange: async () => {
      const t = await target({ active: false });
      return { run: () => reactivateEmployeeAction(undefined, form({ id: t.id })), succeeded: returnsOk };
    },
  },
  {
    name: 'delete',
    arrange: async () => {
      const t = await target();
      return { run: () => deleteEmployeeAction(undefined, form({ id: t.id })), succeeded: redirectsTo('/employees') };
    },
  },
];

describe('who may manage employees (SPEC §3: admin only)', () => {
  describe.each(CASES)('$name', ({ arrange }) => {
    it('sends an anonymous caller to sign in and changes nothing', async () => {
      const { run } = await arrange();
      const before = await snapshot();
      signInAs(null);
      expect(await redirectTarget(run())).toBe('/login');
      expect(await snapshot()).toBe(before);
    });

    it.each(['technician', 'manager'] as const)('refuses a %s and changes nothing', async (role) => {
      const { run } = await arrange();
      const before = await snapshot();
      signInAs(staff[role]);
      expect(await run()).toMatchObject({ message: FORBIDDEN });
      expect(await snapshot()).toBe(before);
    });

    it('lets an admin do it', async () => {
      const { run, succeeded } = await arrange();
      const before = await snapshot();
      signInAs(staff.admin);
      await succeeded(run());
      expect(await snapshot()).not.toBe(before);
    });
  });
});

describe('creating an employee', () => {
  it('stores the employee with a hashed password and an audit row with every field', async () => {
    signInAs(staff.admin);
    const path = await redirectTarget(createEmployeeAction(undefined, validNew({ email: '  Maria.Ivanova@Example.COM ', digestOptOut: 'on' })));
    const id = Number(path.split('/').pop());
    const row = (await employeeRow(id))!;
    expect(row).toMatchObject({ email: 'maria.ivanova@example.com', phone: '+79123456789', digestOptOut: true, active: true, sessionVersion: 1 });
    expect(await verifyPassword(row.passwordHash, STRONG)).toBe(true);
    const [entry] = await auditRows(id);
    expect(entry).toMatchObject({ action: 'create', actorId: staff.admin.id, actorName: staff.admin.fullName });
    expect(entry.changes).toMatchObject({
      fullName: { from: null, to: 'Anna Sokolova' },
      email: { from: null, to: 'maria.ivanova@example.com' },
      role: { from: null, to: 'technician' },
      departmentId: { from: null, to: departmentId },
    });
    expect(JSON.stringify(entry.changes)).not.toContain(row.passwordHash);
    expect(entry.changes).not.toHaveProperty('passwordHash');
  });

  it.each([
    ['an empty name', { fullName: '   ' }, 'fullName', 'Required.'],
    ['a 300-character name', { fullName: 'x'.repeat(300) }, 'fullName', 'Too long: at most 200 characters.'],
    ['a bad e-mail', { email: 'not-an-email' }, 'email', 'Enter a valid e-mail address, e.g. name@example.com.'],
    ['an empty e-mail', { email: '' }, 'email', 'Required.'],
    ['a bad phone', { phone: '12' }, 'phone', 'Enter a valid phone number, e.g. +7 912 345-67-89.'],
    ['no department', { departmentId: '' }, 'departmentId', 'Required.'],
    ['an unknown department', { departmentId: 999999 }, 'departmentId', 'Choose one of the options.'],
    ['an unknown role', { role: 'owner' }, 'role', 'Choose one of the options.'],
    ['a short password', { password: 'Ab1' }, 'password', 'At least 10 characters.'],
    ['a one-class password', { password: 'abcdefghijkl' }, 'password', 'Too simple: mix letters of both cases, digits or symbols.'],
    ['no password', { password: '' }, 'password', 'Required.'],
  ])('refuses %s with a field error and writes nothing', async (_label, overrides, field, message) => {
    signInAs(staff.admin);
    const before = await snapshot();
    const result = await createEmployeeAction(undefined, validNew(overrides));
    expect(result.fieldErrors?.[field]).toEqual([message]);
    expect(await snapshot()).toBe(before);
  });

  it('refuses an e-mail that differs from an existing one only in case', async () => {
    await makeEmployee(database(), { departmentId, email: 'olga.petrova@example.com' });
    signInAs(staff.admin);
    const before = await snapshot();
    const result = await createEmployeeAction(undefined, validNew({ email: 'Olga.Petrova@EXAMPLE.com' }));
    expect(result.fieldErrors?.email).toEqual(['Already in use.']);
    expect(await snapshot()).toBe(before);
  });

  it('keeps what was typed after an error, but never sends a password back', async () => {
    signInAs(staff.admin);
    const result = await createEmployeeAction(undefined, validNew({ fullName: 'Kept Name', password: 'weak' }));
    expect(result.values).toMatchObject({ fullName: 'Kept Name', position: 'Engineer' });
    expect(result.values).not.toHaveProperty('password');
  });
});

describe('editing an employee', () => {
  it('saves the change and records only the changed fields, before and after', async () => {
    const t = await target();
    signInAs(staff.admin);
    await redirectTarget(updateEmployeeAction(undefined, editForm(t, { fullName: t.fullName, role: 'manager' })));
    const entries = await auditRows(t.id);
    expect(entries).toHaveLength(1);
    expect(entries[0].action).toBe('update');
    expect(entries[0].changes).toEqual({
      position: { from: '', to: 'Senior engineer' },
      departmentId: { from: departmentId, to: otherDepartmentId },
      role: { from: 'technician', to: 'manager' },
      locale: { from: 'ru', to: 'en' },
    });
  });

  it('refuses the e-mail of another employee in another case, and a 300-character name', async () => {
    await makeEmployee(database(), { departmentId, email: 'taken.address@example.com' });
    const t = await target();
    signInAs(staff.admin);
    const before = await snapshot();
    const taken = await updateEmployeeAction(undefined, editForm(t, { email: 'TAKEN.Address@example.com' }));
    expect(taken.fieldErrors?.email).toEqual(['Already in use.']);
    const long = await updateEmployeeAction(undefined, editForm(t, { fullName: 'y'.repeat(300), phone: 'abc' }));
    expect(long.fieldErrors).toMatchObject({ fullName: ['Too long: at most 200 characters.'], phone: ['Enter a valid phone number, e.g. +7 912 345-67-89.'] });
    expect(await snapshot()).toBe(before);
  });

  it('lets an employee keep their own e-mail in a new case', async () => {
    const t = await target();
    signInAs(staff.admin);
    await redirectTarget(updateEmployeeAction(undefined, editForm(t, { email: t.email.toUpperCase() })));
    expect((await employeeRow(t.id))?.email).toBe(t.email);
  });
});

describe('passwords and activation', () => {
  it('an admin reset sets the password, signs the employee out and audits no secret', async () => {
    const t = await target();
    signInAs(staff.admin);
    expect(await setEmployeePasswordAction(undefined, form({ id: t.id, password: STRONG }))).toMatchObject({ ok: true });
    const row = (await employeeRow(t.id))!;
    expect(row.sessionVersion).toBe(t.sessionVersion + 1);
    expect(await verifyPassword(row.passwordHash, STRONG)).toBe(true);
    expect((await auditRows(t.id)).at(-1)?.changes).toEqual({ password: { from: null, to: 'changed' } });
  });

  it('refuses a weak new password', async () => {
    const t = await target();
    signInAs(staff.admin);
    const before = await snapshot();
    expect((await setEmployeePasswordAction(undefined, form({ id: t.id, password: 'password123' }))).fieldErrors?.password).toEqual([
      'Too simple: mix letters of both cases, digits or symbols.',
    ]);
    expect(await snapshot()).toBe(before);
  });

  it('deactivates and reactivates, each with an audit row', async () => {
    const t = await target();
    signInAs(staff.admin);
    await deactivateEmployeeAction(undefined, form({ id: t.id }));
    expect((await employeeRow(t.id))?.active).toBe(false);
    await reactivateEmployeeAction(undefined, form({ id: t.id }));
    expect((await employeeRow(t.id))?.active).toBe(true);
    expect((await auditRows(t.id)).map((r) => r.changes)).toEqual([{ active: { from: true, to: false } }, { active: { from: false, to: true } }]);
  });

  it('an admin cannot deactivate themselves', async () => {
    const me = asStaff(await target({ role: 'admin' }));
    signInAs(me);
    const before = await snapshot();
    expect(await deactivateEmployeeAction(undefined, form({ id: me.id }))).toMatchObject({
      message: 'You cannot deactivate your own account. Ask another administrator.',
    });
    expect(await snapshot()).toBe(before);
  });
});

describe('deleting an employee', () => {
  it('is blocked while the employee is responsible for tickets, and says how many and what to do', async () => {
    const t = await target();
    const client = await makeClient(database());
    await makeTicket(database(), { clientId: client.id, departmentId, assigneeId: t.id });
    await makeTicket(database(), { clientId: client.id, departmentId, assigneeId: t.id });
    signInAs(staff.admin);
    const before = await snapshot();
    const result = await deleteEmployeeAction(undefined, form({ id: t.id }));
    expect(result.message).toBe(
      'Cannot delete: the employee is responsible for 2 tickets. Reassign them to someone else first, or deactivate the employee instead.',
    );
    expect(await snapshot()).toBe(before);
  });

  it('deletes for real otherwise, keeps tickets they created, and audits the delete', async () => {
    const t = await target();
    const client = await makeClient(database());
    const ticket = await makeTicket(database(), { clientId: client.id, departmentId });
    await database().update(tickets).set({ createdById: t.id }).where(eq(tickets.id, ticket.id));
    signInAs(staff.admin);
    expect(await redirectTarget(deleteEmployeeAction(undefined, form({ id: t.id })))).toBe('/employees');
    expect(await employeeRow(t.id)).toBeUndefined();
    expect((await first(database().select().from(tickets).where(eq(tickets.id, ticket.id)).limit(1)))?.createdById).toBeNull();
    const entry = (await auditRows(t.id)).at(-1)!;
    expect(entry).toMatchObject({ action: 'delete', actorId: staff.admin.id });
    expect(entry.changes).toMatchObject({ fullName: { from: t.fullName, to: null }, email: { from: t.email, to: null } });
  });

  it('an admin cannot delete themselves', async () => {
    const me = asStaff(await target({ role: 'admin' }));
    signInAs(me);
    const before = await snapshot();
    expect(await deleteEmployeeAction(undefined, form({ id: me.id }))).toMatchObject({
      message: 'You cannot delete your own account. Ask another administrator.',
    });
    expect(await snapshot()).toBe(before);
  });

  it('answers an unknown employee with a message, not a crash', async () => {
    signInAs(staff.admin);
    expect(await deleteEmployeeAction(undefined, form({ id: 987654 }))).toMatchObject({ message: 'This employee no longer exists.' });
  });
});

describe('the last active administrator', () => {
  let lastAdmin: Staff;

  beforeAll(async () => {
    // Everyone else with the admin role is deactivated: one active admin is left.
    await database().update(employees).set({ active: false }).where(eq(employees.role, 'admin'));
    lastAdmin = asStaff(await target({ role: 'admin', active: true }));
  });

  it('cannot be demoted', async () => {
    signInAs(lastAdmin);
    const before = await snapshot();
    const result = await updateEmployeeAction(undefined, editForm(lastAdmin, { role: 'manager' }));
    expect(result.message).toMatch(/^This is the last active administrator: the role cannot be changed/);
    expect(await snapshot()).toBe(before);
  });

  it('cannot be deactivated', async () => {
    signInAs(lastAdmin);
    const before = await snapshot();
    const result = await deactivateEmployeeAction(undefined, form({ id: lastAdmin.id }));
    expect(result.message).toMatch(/^This is the last active administrator and cannot be deactivated/);
    expect(await snapshot()).toBe(before);
  });

  it('cannot be deleted', async () => {
    signInAs(lastAdmin);
    const before = await snapshot();
    const result = await deleteEmployeeAction(undefined, form({ id: lastAdmin.id }));
    expect(result.message).toMatch(/^This is the last active administrator and cannot be deleted/);
    expect(await snapshot()).toBe(before);
  });

  it('can still be edited while keeping the role, and can step down once another admin is active', async () => {
    signInAs(lastAdmin);
    await redirectTarget(updateEmployeeAction(undefined, editForm(lastAdmin, { role: 'admin', fullName: 'Still Admin' })));
    const second = await target({ role: 'technician' });
    await redirectTarget(updateEmployeeAction(undefined, editForm(second, { role: 'admin' })));
    await redirectTarget(updateEmployeeAction(undefined, editForm(lastAdmin, { role: 'manager' })));
    expect((await employeeRow(lastAdmin.id))?.role).toBe('manager');
  });
});

describe('the employee list', () => {
  let listDept = 0;
  beforeAll(async () => {
    listDept = (await makeDepartment(database(), 'Listing')).id;
    const people = [
      ['Яна Белова', 'yana@list.test', '+79001112233', 'Приёмщица'],
      ['Алексей Громов', 'gromov@list.test', null, 'Инженер-электронщик'],
      ['Борис Ёлкин', 'yolkin@list.test', '+79005556677', 'Инженер'],
    ] as const;
    for (const [fullName, email, phone, position] of people) {
      await database().insert(employees).values({ fullName, email, phone, position, departmentId: listDept, role: 'technician', passwordHash: 'x' });
    }
  });

  const names = (rows: { fullName: string }[]) => rows.map((r) => r.fullName);

  it('finds by any case of a Cyrillic name, by position, by e-mail and by phone digits as people type them', async () => {
    expect(names((await listEmployees({ q: 'белова', sort: 'name' })).rows)).toEqual(['Яна Белова']);
    expect(names((await listEmployees({ q: 'ИНЖЕНЕР', sort: 'name' })).rows)).toEqual(['Алексей Громов', 'Борис Ёлкин']);
    expect(names((await listEmployees({ q: 'GROMOV@', sort: 'name' })).rows)).toEqual(['Алексей Громов']);
    expect(names((await listEmployees({ q: '555-66', sort: 'name' })).rows)).toEqual(['Борис Ёлкин']);
  });

  it('pages by keyset forwards and back without losing or repeating anyone', async () => {
    const all = names((await listEmployees({ sort: 'name' }, {}, 1000)).rows);
    const seen: string[] = [];
    let page = await listEmployees({ sort: 'name' }, {}, 2);
    seen.push(...names(page.rows));
    while (page.nextCursor) {
      const next = await listEmployees({ sort: 'name' }, { after: decodeCursor(page.nextCursor) }, 2);
      if (!next.prevCursor) throw new Error('a later page must link back');
      const back = await listEmployees({ sort: 'name' }, { before: decodeCursor(next.prevCursor) }, 2);
      expect(names(back.rows)).toEqual(names(page.rows));
      page = next;
      seen.push(...names(page.rows));
    }
    expect(seen).toEqual(all);
    expect([...all].sort()).toEqual(all);
  });

  it('lists the newest first when asked', async () => {
    const rows = (await listEmployees({ sort: 'newest' }, {}, 1000)).rows;
    const times = rows.map((r) => r.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
