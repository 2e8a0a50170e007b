import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { findSessionEmployee, touchStaffSession } from '@/db/queries/staff-sessions';
import type { Locale, Role } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { readSessionCookie, sessionCookieName, sessionCookieValue } from './session-cookie';

export type Staff = {
  id: number;
  fullName: string;
  email: string;
  role: Role;
  locale: Locale;
  departmentId: number;
};

/**
 * The signed-in employee, re-read from the database on every request together with the sign-in's
 * own session row: a signed-out or ended session, a deactivated employee, a changed role or a
 * changed password takes effect at once, whatever the cookie says.
 */
const signedIn = cache(async (): Promise<{ staff: Staff; sessionId: number } | null> => {
  const { APP_URL, AUTH_SECRET } = env();
  const cookie = sessionCookieValue((await cookies()).getAll(), sessionCookieName(APP_URL.startsWith('https://')));
  const claims = await readSessionCookie(cookie, AUTH_SECRET);
  if (!claims) return null;
  const found = await findSessionEmployee(claims.sessionToken);
  if (!found || found.id !== claims.employeeId || !found.active || found.sessionVersion !== claims.sessionVersion) return null;
  await touchStaffSession(found.sessionId, found.lastSeenAt);
  const { id, fullName, email, role, locale, departmentId, sessionId } = found;
  return { staff: { id, fullName, email, role, locale, departmentId }, sessionId };
});

export const currentStaff = cache(async (): Promise<Staff | null> => (await signedIn())?.staff ?? null);

/** The row of this request's sign-in, so the profile can mark "this device". */
export async function currentSessionId(): Promise<number | null> {
  return (await signedIn())?.sessionId ?? null;
}

export async function requireStaff(): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect('/login');
  return staff;
}
