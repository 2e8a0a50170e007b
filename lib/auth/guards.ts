import { forbidden } from 'next/navigation';
import { requireStaff, type Staff } from './session';

/** For pages: the signed-in employee if the rule allows, else the 403 page. */
export async function requireStaffWhere(rule: (staff: Staff) => boolean): Promise<Staff> {
  const staff = await requireStaff();
  if (!rule(staff)) forbidden();
  return staff;
}
