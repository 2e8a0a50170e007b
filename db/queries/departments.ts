import 'server-only';
import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { db, type Db } from '@/db';
import { departments, employees, tickets } from '@/db/tables';
import { OPEN_STATUSES } from '@/lib/domain/enums';
import { keysetClauses, toPage, type PageRequest } from './keyset';
import { textMatches } from './search';
import { first, one } from '@/db/exec';
import { memoUntilWrite } from '@/db/read-memo';

const openList = sql.raw(OPEN_STATUSES.map((s) => `'${s}'`).join(', '));

export async function listDepartments(f: { q?: string; sort: 'name' | 'newest' }, page: PageRequest, size = 50) {
  const sortColumn = f.sort === 'name' ? departments.nameKey : departments.createdAt;
  const { where, orderBy } = keysetClauses(sortColumn, departments.id, f.sort === 'name' ? 'asc' : 'desc', page);
  const rows = await db()
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
    .limit(size + 1);
  return toPage(rows, size, page, (r) => (f.sort === 'name' ? r.nameKey : r.createdAt.getTime()));
}

export async function getDepartment(id: number) {
  return await first(db().select().from(departments).where(eq(departments.id, id)).limit(1));
}

const departmentOptions = memoUntilWrite(1, () => '', async () => await db().select({ id: departments.id, name: departments.name }).from(departments).orderBy(asc(departments.nameKey)));

/** For department pickers in other forms (a manager's every ticket page has one): kept until the next write. */
export async function listDepartmentOptions(): Promise<{ id: number; name: string }[]> {
  return [...(await departmentOptions())];
}

export async function listDepartmentEmployees(departmentId: number) {
  return await db()
    .select({ id: employees.id, fullName: employees.fullName, position: employees.position, role: employees.role, active: employees.active })
    .from(employees)
    .where(eq(employees.departmentId, departmentId))
    .orderBy(asc(employees.fullName));
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DepartmentWriter = Db | Tx;
export type DepartmentRow = typeof departments.$inferSelect;
export type DepartmentValues = Omit<typeof departments.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export async function departmentDependents(id: number, w: DepartmentWriter = db()) {
  const employeeCount = (await first(w.select({ n: count() }).from(employees).where(eq(employees.departmentId, id)).limit(1)))?.n ?? 0;
  const ticketCount = (await first(w.select({ n: count() }).from(tickets).where(eq(tickets.departmentId, id)).limit(1)))?.n ?? 0;
  return { employees: employeeCount, tickets: ticketCount };
}

/** Another department already has this name key (names are unique regardless of case). */
export async function departmentNameInUse(w: DepartmentWriter, nameKey: string, exceptId?: number): Promise<boolean> {
  const clash = await first(
    w
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.nameKey, nameKey), exceptId ? ne(departments.id, exceptId) : undefined))
      .limit(1),
  );
  return !!clash;
}

export async function findDepartmentForUpdate(w: DepartmentWriter, id: number): Promise<DepartmentRow | undefined> {
  return await first(w.select().from(departments).where(eq(departments.id, id)).limit(1));
}

export async function insertDepartment(w: DepartmentWriter, values: DepartmentValues): Promise<DepartmentRow> {
  return await one(w.insert(departments).values(values).returning());
}

export async function updateDepartmentRow(w: DepartmentWriter, id: number, values: DepartmentValues): Promise<DepartmentRow> {
  return await one(w.update(departments).set(values).where(eq(departments.id, id)).returning());
}

export async function deleteDepartmentRow(w: DepartmentWriter, id: number) {
  await w.delete(departments).where(eq(departments.id, id));
}
