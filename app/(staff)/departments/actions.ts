'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  createDepartment,
  deleteDepartment,
  DepartmentNameTaken,
  updateDepartment,
} from '@/db/queries/departments';
import { staffAction, UserError } from '@/lib/action';
import { getT } from '@/lib/i18n/server';
import { canManageStaff } from '@/lib/permissions';
import { createDepartmentSchema, deleteDepartmentSchema, updateDepartmentSchema } from '@/lib/validation/departments';

async function nameTaken(): Promise<never> {
  const t = await getT();
  throw new UserError(t.departments.nameTaken, { name: [t.departments.nameTaken] });
}

export const createDepartmentAction = staffAction({ schema: createDepartmentSchema, allow: canManageStaff }, async (input, user) => {
  let id: number;
  try {
    id = createDepartment(input, user);
  } catch (error) {
    if (error instanceof DepartmentNameTaken) return nameTaken();
    throw error;
  }
  revalidatePath('/departments');
  redirect(`/departments/${id}`);
});

export const updateDepartmentAction = staffAction({ schema: updateDepartmentSchema, allow: canManageStaff }, async ({ id, ...input }, user) => {
  try {
    if (!updateDepartment(id, input, user)) throw new UserError((await getT()).errors.notFound);
  } catch (error) {
    if (error instanceof DepartmentNameTaken) return nameTaken();
    throw error;
  }
  revalidatePath('/departments');
  redirect(`/departments/${id}`);
});

export const deleteDepartmentAction = staffAction({ schema: deleteDepartmentSchema, allow: canManageStaff }, async ({ id }, user) => {
  const result = deleteDepartment(id, user);
  if (!result.ok) {
    const t = await getT();
    throw new UserError(result.reason === 'in_use' ? t.departments.deleteBlocked(result.employees, result.tickets) : t.errors.notFound);
  }
  revalidatePath('/departments');
  redirect('/departments');
});
