import 'server-only';
import { and, asc, count, eq, like, ne, or, sql, type SQL } from 'drizzle-orm';
import { db, transaction, type Db } from '@/db';
import { departments, employees, tickets } from '@/db/schema';
import { keysetClauses, toPage, type PageRequest } from './keyset';
import { textMatches } from './search';

export function getEmployeeByEmail(email: string) {
  return db().select().from(employees).where(eq(employees.email, email.trim().toLowerCase())).get();
}

export async function setEmployeeLocale(id: number, locale: 'ru' | 'en') {
  await transaction((tx) => tx.update(employees).set({ locale }).where(eq(employees.id, id)).run());
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
export function listEmployees(f: EmployeeListQuery, page: PageRequest = {}, size = EMPLOYEE_PAGE_SIZE) {
  const byName = f.sort !== 'newest';
  const { where, orderBy } = byName
    ? keysetClauses(employees.fullName, employees.id, 'asc', page)
    : keysetClauses(employees.createdAt, employees.id, 'desc', page);
  const rows = db()
    .select(listColumns)
    .from(employees)
    .innerJoin(departments, eq(employees.departmentId, departments.id))
    .where(and(employeeSearch(f.q), where))
    .orderBy(...orderBy)
    .limit(size + 1)
    .all();
  return toPage(rows, size, page, (row) => (byName ? row.fullName : row.createdAt.getTime()));
}

export type EmployeeListRow = ReturnType<typeof listEmployees>['rows'][number];

/** One employee with their department's name, for the detail and edit pages (no password hash). */
export function getEmployee(id: number) {
  return db()
    .select({ ...listColumns, locale: employees.locale, digestOptOut: employees.digestOptOut, updatedAt: employees.updatedAt })
    .from(employees)
    .innerJoin(departments, eq(employees.departmentId, departments.id))
    .where(eq(employees.id, id))
    .get();
}

export type EmployeeDetail = NonNullable<ReturnType<typeof getEmployee>>;

/** The choices of the department select, by name. */
export function listDepartmentOptions() {
  return db().select({ id: departments.id, name: departments.name }).from(departments).orderBy(asc(departments.nameKey)).all();
}

/** The fields the audit log compares, plus what the rules need; read inside the writing transaction. */
export function findEmployeeForUpdate(w: EmployeeWriter, id: number) {
  return w
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
    .get();
}

export type EmployeeRecord = NonNullable<ReturnType<typeof findEmployeeForUpdate>>;
export type EmployeeValues = Omit<EmployeeRecord, 'id' | 'active'>;

export function getEmployeePasswordHash(id: number): string | undefined {
  return db().select({ hash: employees.passwordHash }).from(employees).where(eq(employees.id, id)).get()?.hash;
}

/** E-mails are stored lower-cased, so equality is a case-insensitive check. */
export function emailInUse(w: EmployeeWriter, email: string, exceptId?: number): boolean {
  const row = w
    .select({ id: employees.id })
    .from(employees)
    .where(and(eq(employees.email, email.toLowerCase()), exceptId === undefined ? undefined : ne(employees.id, exceptId)))
    .get();
  return !!row;
}

export function departmentExists(w: EmployeeWriter, id: number): boolean {
  return !!w.select({ id: departments.id }).from(departments).where(eq(departments.id, id)).get();
}

export function countActiveAdmins(w: EmployeeWriter): number {
  return (
    w
      .select({ n: count() })
      .from(employees)
      .where(and(eq(employees.role, 'admin'), eq(employees.active, true)))
      .get()?.n ?? 0
  );
}

export function countAssignedTickets(w: EmployeeWriter, id: number): number {
  return w.select({ n: count() }).from(tickets).where(eq(tickets.assigneeId, id)).get()?.n ?? 0;
}

export function insertEmployee(w: EmployeeWriter, values: EmployeeValues & { passwordHash: string }): EmployeeRecord {
  const { id } = w.insert(employees).values(values).returning({ id: employees.id }).get();
  return findEmployeeForUpdate(w, id)!;
}

export function updateEmployeeRow(w: EmployeeWriter, id: number, patch: Partial<EmployeeValues & { active: boolean }>) {
  w.update(employees).set(patch).where(eq(employees.id, id)).run();
}

/** A new password signs out every session that carries the old session version. */
export function replacePassword(w: EmployeeWriter, id: number, passwordHash: string) {
  w.update(employees)
    .set({ passwordHash, sessionVersion: sql`${employees.sessionVersion} + 1` })
    .where(eq(employees.id, id))
    .run();
}

export function deleteEmployeeRow(w: EmployeeWriter, id: number) {
  w.delete(employees).where(eq(employees.id, id)).run();
}
