import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { db } from '@/db';
import { departments, employees, tickets } from '@/db/schema';
import { diffFields } from '@/lib/audit-diff';
import { OPEN_STATUSES } from '@/lib/domain/enums';
import { departmentNameKey, type DepartmentInput } from '@/lib/validation/departments';
import { writeAudit } from './audit';
import { keysetClauses, toPage, type PageRequest } from './keyset';
import { textMatches } from './search';

type Actor = { id: number; fullName: string };
const AUDITED = ['name', 'description', 'email', 'phone'] as const;
const openList = sql.raw(OPEN_STATUSES.map((s) => `'${s}'`).join(', '));

export function listDepartments(f: { q?: string; sort: 'name' | 'newest' }, page: PageRequest, size = 50) {
  const sortColumn = f.sort === 'name' ? departments.nameKey : departments.createdAt;
  const { where, orderBy } = keysetClauses(sortColumn, departments.id, f.sort === 'name' ? 'asc' : 'desc', page);
  const rows = db()
    .select({
      id: departments.id,
      name: departments.name,
      nameKey: departments.nameKey,
      email: departments.email,
      phone: departments.phone,
      createdAt: departments.createdAt,
      // Correlated counts over indexed columns: one query for the page, not one per row. The outer
      // id is written out: in a select without joins drizzle renders ${departments.id} as a bare
      // "id", which SQLite binds to the inner table (every department then showed 1 and 0).
      employeeCount: sql<number>`(SELECT count(*) FROM employees e WHERE e.department_id = departments.id)`,
      openTicketCount: sql<number>`(SELECT count(*) FROM tickets t WHERE t.department_id = departments.id AND t.status IN (${openList}))`,
    })
    .from(departments)
    .where(and(textMatches(f.q, [departments.name, departments.email, departments.phone]), where))
    .orderBy(...orderBy)
    .limit(size + 1)
    .all();
  return toPage(rows, size, page, (r) => (f.sort === 'name' ? r.nameKey : r.createdAt.getTime()));
}

export function getDepartment(id: number) {
  return db().select().from(departments).where(eq(departments.id, id)).get();
}

/** For department pickers in other forms. */
export function listDepartmentOptions() {
  return db().select({ id: departments.id, name: departments.name }).from(departments).orderBy(asc(departments.nameKey)).all();
}

export function listDepartmentEmployees(departmentId: number) {
  return db()
    .select({ id: employees.id, fullName: employees.fullName, position: employees.position, role: employees.role, active: employees.active })
    .from(employees)
    .where(eq(employees.departmentId, departmentId))
    .orderBy(asc(employees.fullName))
    .all();
}

export function departmentDependents(id: number) {
  const employeeCount = db().select({ n: count() }).from(employees).where(eq(employees.departmentId, id)).get()?.n ?? 0;
  const ticketCount = db().select({ n: count() }).from(tickets).where(eq(tickets.departmentId, id)).get()?.n ?? 0;
  return { employees: employeeCount, tickets: ticketCount };
}

export class DepartmentNameTaken extends Error {}

function assertNameFree(name: string, exceptId?: number) {
  const key = departmentNameKey(name);
  const clash = db()
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.nameKey, key), exceptId ? ne(departments.id, exceptId) : undefined))
    .get();
  if (clash) throw new DepartmentNameTaken();
}

export function createDepartment(input: DepartmentInput, actor: Actor): number {
  return db().transaction((tx) => {
    assertNameFree(input.name);
    const row = tx
      .insert(departments)
      .values({ ...input, nameKey: departmentNameKey(input.name) })
      .returning()
      .get();
    writeAudit(tx, { actor, entityType: 'department', entityId: row.id, action: 'create', changes: diffFields(null, row, AUDITED) });
    return row.id;
  });
}

/** Returns false when the department no longer exists. */
export function updateDepartment(id: number, input: DepartmentInput, actor: Actor): boolean {
  return db().transaction((tx) => {
    const before = tx.select().from(departments).where(eq(departments.id, id)).get();
    if (!before) return false;
    assertNameFree(input.name, id);
    const after = tx
      .update(departments)
      .set({ ...input, nameKey: departmentNameKey(input.name) })
      .where(eq(departments.id, id))
      .returning()
      .get();
    const changes = diffFields(before, after, AUDITED);
    if (Object.keys(changes).length > 0) writeAudit(tx, { actor, entityType: 'department', entityId: id, action: 'update', changes });
    return true;
  });
}

export type DeleteDepartmentResult = { ok: true } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'in_use'; employees: number; tickets: number };

export function deleteDepartment(id: number, actor: Actor): DeleteDepartmentResult {
  return db().transaction((tx) => {
    const before = tx.select().from(departments).where(eq(departments.id, id)).get();
    if (!before) return { ok: false, reason: 'not_found' };
    const deps = departmentDependents(id);
    if (deps.employees > 0 || deps.tickets > 0) return { ok: false, reason: 'in_use', ...deps };
    tx.delete(departments).where(eq(departments.id, id)).run();
    writeAudit(tx, { actor, entityType: 'department', entityId: id, action: 'delete', changes: diffFields(before, null, AUDITED) });
    return { ok: true };
  });
}
