import 'server-only';
import { asc, eq, inArray, or } from 'drizzle-orm';
import { db } from '@/db';
import { preparedRead } from '@/db/prepared';
import { memoUntilWrite } from '@/db/read-memo';
import { employees } from '@/db/tables';

export type AssignableEmployee = { id: number; fullName: string; departmentId: number; role: string; active: boolean };

// Every ticket page a manager opens reads this list: prepared once.
const assignable = preparedRead(['current'], (on, p) =>
  on
    .select({ id: employees.id, fullName: employees.fullName, departmentId: employees.departmentId, role: employees.role, active: employees.active })
    .from(employees)
    .where(or(eq(employees.active, true), eq(employees.id, p.current)))
    .orderBy(asc(employees.fullName), asc(employees.id)),
);

// A manager's every ticket page reads the whole staff list, which changes far less often than the tickets do.
const assignableUntilWrite = memoUntilWrite(64, (current: number) => String(current), async (current: number) => await assignable({ current }));

/**
 * Who a ticket can be assigned to: the active employees, plus the current assignee even when
 * deactivated, so the picker still shows who holds the ticket. Kept until the next write; the rows
 * are shared between callers, so the list is copied and its rows are not to be changed.
 */
export async function listAssignableEmployees(currentAssigneeId: number | null = null): Promise<AssignableEmployee[]> {
  // Ids start at 1: with nobody assigned, the second condition matches no one.
  return [...(await assignableUntilWrite(currentAssigneeId ?? 0))];
}

/** Names of the given employees in one query (the timeline's actors and assignees); unknown ids are absent. */
export async function employeeNames(ids: Iterable<number>): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db().select({ id: employees.id, fullName: employees.fullName }).from(employees).where(inArray(employees.id, unique));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}
