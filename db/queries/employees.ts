import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { employees } from '@/db/schema';

export function getEmployeeByEmail(email: string) {
  return db().select().from(employees).where(eq(employees.email, email.trim().toLowerCase())).get();
}

/** What every signed-in request needs: identity, role, active flag and the session version. */
export function getSessionEmployee(id: number) {
  return db()
    .select({
      id: employees.id,
      fullName: employees.fullName,
      email: employees.email,
      role: employees.role,
      locale: employees.locale,
      active: employees.active,
      departmentId: employees.departmentId,
      sessionVersion: employees.sessionVersion,
    })
    .from(employees)
    .where(eq(employees.id, id))
    .get();
}

export function setEmployeeLocale(id: number, locale: 'ru' | 'en') {
  db().update(employees).set({ locale }).where(eq(employees.id, id)).run();
}
