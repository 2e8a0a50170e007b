import type { Staff } from '@/lib/auth/session';

/** Managers and admins see the whole center's figures on the dashboard; everyone sees their own. */
export function canSeeCenterFigures(staff: Pick<Staff, 'role'>): boolean {
  return staff.role === 'manager' || staff.role === 'admin';
}
