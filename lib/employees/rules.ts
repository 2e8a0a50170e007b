import type { Role } from '@/lib/domain/enums';

type AdminState = { role: Role; active: boolean };

const isActiveAdmin = (e: AdminState | null) => !!e && e.active && e.role === 'admin';

/**
 * The company must always keep one administrator who can sign in: a change (or a delete, when
 * `after` is null) that takes the last active admin away is refused. `activeAdmins` is counted
 * before the change and includes the employee being changed.
 */
export function removesLastAdmin(before: AdminState, after: AdminState | null, activeAdmins: number): boolean {
  return isActiveAdmin(before) && !isActiveAdmin(after) && activeAdmins <= 1;
}

export type DeleteBlocker = { kind: 'self' } | { kind: 'last_admin' } | { kind: 'tickets'; count: number };

/** Why an employee cannot be deleted, or null when nothing blocks it. */
export function employeeDeleteBlocker(input: {
  actorId: number;
  employee: AdminState & { id: number };
  activeAdmins: number;
  assignedTickets: number;
}): DeleteBlocker | null {
  // The last admin hears the rule that really binds, even when it is also themselves.
  if (removesLastAdmin(input.employee, null, input.activeAdmins)) return { kind: 'last_admin' };
  if (input.employee.id === input.actorId) return { kind: 'self' };
  if (input.assignedTickets > 0) return { kind: 'tickets', count: input.assignedTickets };
  return null;
}

/** The fields of an employee that the audit log records (never the password hash). */
export const AUDITED_EMPLOYEE_FIELDS = [
  'fullName',
  'email',
  'phone',
  'position',
  'departmentId',
  'role',
  'active',
  'locale',
  'digestOptOut',
] as const;

/** What the audit log says about a password: that it changed, never what it is. */
export const PASSWORD_CHANGED = { password: { from: null, to: 'changed' } } as const;
