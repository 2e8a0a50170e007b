import 'server-only';
import { asc, eq, inArray, or } from 'drizzle-orm';
import { db } from '@/db';
import { employees } from '@/db/tables';

export type AssignableEmployee = { id: number; fullName: string; departmentId: number; role: string; active: boolean };

/**
 * Who a ticket can be assigned to: the active employees, plus the current assignee even when
 * deactivated, so the picker still shows who holds the ticket.
 */
export async function listAssignableEmployees(currentAssigneeId: number | null = null): Promise<AssignableEmployee[]> {
  const who = currentAssigneeId === null ? eq(employees.active, true) : or(eq(employees.active, true), eq(employees.id, currentAssigneeId));
  return await db()
    .select({ id: employees.id, fullName: employees.fullName, departmentId: employees.departmentId, role: employees.role, active: employees.active })
    .from(employees)
    .where(who)
    .orderBy(asc(employees.fullName), asc(employees.id));
}

/** Names of the given employees in one query (the timeline's actors and assignees); unknown ids are absent. */
export async function employeeNames(ids: Iterable<number>): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db().select({ id: employees.id, fullName: employees.fullName }).from(employees).where(inArray(employees.id, unique));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}
