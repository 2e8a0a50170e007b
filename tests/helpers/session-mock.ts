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

export async function requireStaff(): Promise<Staff> {
  if (!current) redirect('/login');
  return current;
}
