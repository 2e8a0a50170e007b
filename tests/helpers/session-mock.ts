/**
 * Stands in for `@/lib/auth/session` in integration tests, the one seam we mock:
 *   vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));
 *   signInAs(staff) / signInAs(null)
 */
import { redirect } from 'next/navigation';
import type { Staff } from '@/lib/auth/session';

export type { Staff };

let current: Staff | null = null;

export function signInAs(staff: Staff | null) {
  current = staff;
}

export async function currentStaff(): Promise<Staff | null> {
  return current;
}

let sessionId: number | null = null;

/** The session row the signed-in caller is using, for the profile's session list. */
export function setSessionRow(id: number | null) {
  sessionId = id;
}

export async function currentSessionId(): Promise<number | null> {
  return current ? sessionId : null;
}

export async function requireStaff(): Promise<Staff> {
  if (!current) redirect('/login');
  return current;
}
