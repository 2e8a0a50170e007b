import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getSessionEmployee } from '@/db/queries/employees';
import type { Locale, Role } from '@/lib/domain/enums';
import { authOptions } from './options';

export type Staff = {
  id: number;
  fullName: string;
  email: string;
  role: Role;
  locale: Locale;
  departmentId: number;
};

/**
 * The signed-in employee, re-read from the database on every request: a deactivated employee,
 * a changed role or a changed password takes effect at once, whatever the cookie says.
 */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const session = (await getServerSession(authOptions())) as { employeeId?: number; sessionVersion?: number } | null;
  if (!session?.employeeId) return null;
  const employee = getSessionEmployee(session.employeeId);
  if (!employee || !employee.active || employee.sessionVersion !== session.sessionVersion) return null;
  const { id, fullName, email, role, locale, departmentId } = employee;
  return { id, fullName, email, role, locale, departmentId };
});

export async function requireStaff(): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect('/login');
  return staff;
}
