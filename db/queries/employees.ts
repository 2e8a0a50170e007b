import 'server-only';
import { and, asc, count, eq, like, ne, or, sql, type SQL } from 'drizzle-orm';
import { db, transaction, type Db } from '@/db';
import { departments, employees, tickets } from '@/db/tables';
import { keysetClauses, toPage, type PageRequest } from './keyset';
import { textMatches } from './search';
import { first, one } from '@/db/exec';

export async function getEmployeeByEmail(email: string) {
  return await first(db().select().from(employees).where(eq(employees.email, email.trim().toLowerCase())).limit(1));
}

export async function setEmployeeLocale(id: number, locale: 'ru' | 'en') {
  await transaction(async (tx) => await tx.update(employees).set({ locale }).where(eq(employees.id, id)));
}

// ---- Employee management (lists, detail, writes). Writers take a transaction so the change and its audit row commit together.

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type EmployeeWriter = Db | Tx;

export type EmployeeListQuery = { q?: string; sort: 'name' | 'newest' };

export const EMPLOYEE_PAGE_SIZE = 50;

const listColumns = {
  id: employees.id,
  fullName: employees.fullName,
  email: employees.email,
  phone: employees.phone,
  position: employees.position,
  role: employees.role,
  active: employees.active,
  departmentId: employees.departmentId,
  departmentName: departments.name,
  createdAt: employees.createdAt,
};

/** Name, e-mail, position or phone; phones are stored as E.164, so "912 345-67" is matched by its digits. */
function employeeSearch(q: string | undefined): SQL | undefined {
  const text = textMatches(q, [employees.fullName, employees.email, employees.phone, employees.position]);
  const digits = q?.replace(/\D/g, '') ?? '';
  if (!text || digits.length < 3) return text;
  return or(text, like(employees.phone, `%${digits}%`));
}

/** Name A→Z (default) or newest first; keyset-paged on (full_name | created_at, id). */
export async function listEmployees(f: EmployeeListQuery, page: PageRequest = {}, size = EMPLOYEE_PAGE_SIZE) {
  const byName = f.sort !== 'newest';
  const { where, orderBy } = byName
    ? keysetClauses(employees.fullName, employees.id, 'asc', page)
    : keysetClauses(employees.createdAt, employees.id, 'desc', page);
  const rows = await db()
    .select(listColumns)
    .from(employees)
    .innerJoin(departments, eq(employees.departmentId, departments.id))
    .where(and(employeeSearch(f.q), where))
    .orderBy(...orderBy)
    .limit(size + 1);
  return toPage(rows, size, page, (row) => (byName ? row.fullName : row.createdAt.getTime()));
}

export type EmployeeListRow = Awaited<ReturnType<typeof listEmployees>>['rows'][number];

/** One employee with their department's name, for the detail and edit pages (no password hash). */
export async function getEmployee(id: number) {
  return await first(
    db()
      .select({ ...listColumns, locale: employees.locale, digestOptOut: employees.digestOptOut, updatedAt: employees.updatedAt })
      .from(employees)
      .innerJoin(departments, eq(employees.departmentId, departments.id))
      .where(eq(employees.id, id))
      .limit(1),
  );
}

export type EmployeeDetail = NonNullable<Awaited<ReturnType<typeof getEmployee>>>;

/** The choices of the department select, by name. */
export async function listDepartmentOptions() {
  return await db().select({ id: departments.id, name: departments.name }).from(departments).orderBy(asc(departments.nameKey));
}

/** The fields the audit log compares, plus what the rules need; read inside the writing transaction. */
export async function findEmployeeForUpdate(w: EmployeeWriter, id: number) {
  return await first(
    w
      .select({
        id: employees.id,
        fullName: employees.fullName,
        email: employees.email,
        phone: employees.phone,
        position: employees.position,
        departmentId: employees.departmentId,
        role: employees.role,
        active: employees.active,
        locale: employees.locale,
        digestOptOut: employees.digestOptOut,
      })
      .from(employees)
      .where(eq(employees.id, id))
      .limit(1),
  );
}

export type EmployeeRecord = NonNullable<Awaited<ReturnType<typeof findEmployeeForUpdate>>>;
export type EmployeeValues = Omit<EmployeeRecord, 'id' | 'active'>;

export async function getEmployeePasswordHash(id: number): Promise<string | undefined> {
  return (await first(db().select({ hash: employees.passwordHash }).from(employees).where(eq(employees.id, id)).limit(1)))?.hash;
}

/** E-mails are stored lower-cased, so equality is a case-insensitive check. */
export async function emailInUse(w: EmployeeWriter, email: string, exceptId?: number): Promise<boolean> {
  const row = await first(
    w
      .select({ id: employees.id })
      .from(employees)
      .where(and(eq(employees.email, email.toLowerCase()), exceptId === undefined ? undefined : ne(employees.id, exceptId)))
      .limit(1),
  );
  return !!row;
}

export async function departmentExists(w: EmployeeWriter, id: number): Promise<boolean> {
  return !!await first(w.select({ id: departments.id }).from(departments).where(eq(departments.id, id)).limit(1));
}

export async function countActiveAdmins(w: EmployeeWriter): Promise<number> {
  return (
    (await first(
      w
        .select({ n: count() })
        .from(employees)
        .where(and(eq(employees.role, 'admin'), eq(employees.active, true)))
        .limit(1),
    ))?.n ?? 0
  );
}

export async function countAssignedTickets(w: EmployeeWriter, id: number): Promise<number> {
  return (await first(w.select({ n: count() }).from(tickets).where(eq(tickets.assigneeId, id)).limit(1)))?.n ?? 0;
}

export async function insertEmployee(w: EmployeeWriter, values: EmployeeValues & { passwordHash: string }): Promise<EmployeeRecord> {
  const { id } = await one(w.insert(employees).values(values).returning({ id: employees.id }));
  return (await findEmployeeForUpdate(w, id))!;
}

export async function updateEmployeeRow(w: EmployeeWriter, id: number, patch: Partial<EmployeeValues & { active: boolean }>) {
  await w.update(employees).set(patch).where(eq(employees.id, id));
}

/** A new password signs out every session that carries the old session version. */
export async function replacePassword(w: EmployeeWriter, id: number, passwordHash: string) {
  await w.update(employees)
    .set({ passwordHash, sessionVersion: sql`${employees.sessionVersion} + 1` })
    .where(eq(employees.id, id));
}

export async function deleteEmployeeRow(w: EmployeeWriter, id: number) {
  await w.delete(employees).where(eq(employees.id, id));
}
