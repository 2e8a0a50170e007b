import { transaction } from '@/db';
import { writeAudit } from '@/db/queries/audit';
import { endAllStaffSessions, endStaffSession } from '@/db/queries/staff-sessions';
import {
  countActiveAdmins,
  countAssignedTickets,
  deleteEmployeeRow,
  departmentExists,
  emailInUse,
  findEmployeeForUpdate,
  insertEmployee,
  replacePassword,
  updateEmployeeRow,
  type EmployeeRecord,
  type EmployeeValues,
  type EmployeeWriter,
} from '@/db/queries/employees';
import { diffFields, type FieldChanges } from '@/lib/audit-diff';
import { refuse } from './refusals';
import { AUDITED_EMPLOYEE_FIELDS, PASSWORD_CHANGED, employeeDeleteBlocker, removesLastAdmin } from './rules';

type Actor = { id: number; fullName: string };

async function existing(tx: EmployeeWriter, id: number): Promise<EmployeeRecord> {
  const found = await findEmployeeForUpdate(tx, id);
  if (!found) throw refuse('not_found', {});
  return found;
}

async function audit(tx: EmployeeWriter, actor: Actor, entityId: number, action: 'create' | 'update' | 'delete', changes: FieldChanges) {
  if (action === 'update' && Object.keys(changes).length === 0) return;
  await writeAudit(tx, { actor, entityType: 'employee', entityId, action, changes });
}

/** The unique index is the last word on e-mails: a race between two admins still ends in "taken". */
async function withUniqueEmail<T>(run: () => Promise<T>): Promise<T> {
  try {
    return run();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw refuse('email_taken', {});
    throw error;
  }
}

async function checkContacts(tx: EmployeeWriter, values: Pick<EmployeeValues, 'email' | 'departmentId'>, exceptId?: number) {
  if (await emailInUse(tx, values.email, exceptId)) throw refuse('email_taken', {});
  if (!await departmentExists(tx, values.departmentId)) throw refuse('unknown_department', {});
}

export async function createEmployee(values: EmployeeValues & { passwordHash: string }, actor: Actor): Promise<number> {
  return withUniqueEmail(() =>
    transaction(async (tx) => {
      await checkContacts(tx, values);
      const created = await insertEmployee(tx, values);
      await audit(tx, actor, created.id, 'create', diffFields(null, created, AUDITED_EMPLOYEE_FIELDS));
      return created.id;
    }),
  );
}

export async function updateEmployee(id: number, values: EmployeeValues, actor: Actor): Promise<FieldChanges> {
  return withUniqueEmail(() =>
    transaction(async (tx) => {
      const before = await existing(tx, id);
      await checkContacts(tx, values, id);
      if (removesLastAdmin(before, { role: values.role, active: before.active }, await countActiveAdmins(tx))) {
        throw refuse('last_admin', { action: 'demote' });
      }
      await updateEmployeeRow(tx, id, values);
      const changes = diffFields(before, await existing(tx, id), AUDITED_EMPLOYEE_FIELDS);
      await audit(tx, actor, id, 'update', changes);
      return changes;
    }),
  );
}

/** Sets a password (an admin's reset or the employee's own change) and signs out every session. */
export async function setEmployeePassword(id: number, passwordHash: string, actor: Actor) {
  await transaction(async (tx) => {
    await existing(tx, id);
    await replacePassword(tx, id, passwordHash);
    await endAllStaffSessions(tx, id);
    await audit(tx, actor, id, 'update', { ...PASSWORD_CHANGED });
  });
}

export async function setEmployeeActive(id: number, active: boolean, actor: Actor) {
  await transaction(async (tx) => {
    const before = await existing(tx, id);
    if (before.active === active) return;
    if (removesLastAdmin(before, { ...before, active }, await countActiveAdmins(tx))) throw refuse('last_admin', { action: 'deactivate' });
    if (!active && id === actor.id) throw refuse('self', { action: 'deactivate' });
    await updateEmployeeRow(tx, id, { active });
    // For good: reactivation starts from a new sign-in, never from a cookie issued before.
    if (!active) await endAllStaffSessions(tx, id);
    await audit(tx, actor, id, 'update', { active: { from: before.active, to: active } });
  });
}

/** An administrator signs an employee out of every browser (a lost laptop, a dismissal under way). */
export async function endEmployeeSessions(id: number, actor: Actor): Promise<number> {
  return transaction(async (tx) => {
    await existing(tx, id);
    const ended = await endAllStaffSessions(tx, id);
    if (ended > 0) await audit(tx, actor, id, 'update', { sessions: { from: ended, to: 0 } });
    return ended;
  });
}

/** One of the employee's own sessions; refused when it is not theirs or already over. */
export async function endOwnSession(employeeId: number, sessionId: number) {
  if (!(await endStaffSession(employeeId, sessionId))) throw refuse('session_not_found', {});
}

/** The employee's own "sign out everywhere": every session, the current one included. */
export async function endOwnSessions(employeeId: number): Promise<number> {
  return transaction(async (tx) => await endAllStaffSessions(tx, employeeId));
}

/** Deletes for real unless something blocks it; the audit row keeps what was deleted. */
export async function deleteEmployee(id: number, actor: Actor) {
  await transaction(async (tx) => {
    const before = await existing(tx, id);
    const blocker = employeeDeleteBlocker({
      actorId: actor.id,
      employee: before,
      activeAdmins: await countActiveAdmins(tx),
      assignedTickets: await countAssignedTickets(tx, id),
    });
    if (blocker?.kind === 'self') throw refuse('self', { action: 'delete' });
    if (blocker?.kind === 'last_admin') throw refuse('last_admin', { action: 'delete' });
    if (blocker?.kind === 'tickets') throw refuse('tickets', { count: blocker.count });
    await deleteEmployeeRow(tx, id);
    await audit(tx, actor, id, 'delete', diffFields(before, null, AUDITED_EMPLOYEE_FIELDS));
  });
}

/** The employee's own details: only these four fields, whatever else the form carried. */
export async function updateOwnProfile(
  self: Actor,
  values: Pick<EmployeeValues, 'fullName' | 'phone' | 'locale' | 'digestOptOut'>,
): Promise<FieldChanges> {
  return transaction(async (tx) => {
    const before = await existing(tx, self.id);
    await updateEmployeeRow(tx, self.id, values);
    const changes = diffFields(before, await existing(tx, self.id), AUDITED_EMPLOYEE_FIELDS);
    await audit(tx, self, self.id, 'update', changes);
    return changes;
  });
}
