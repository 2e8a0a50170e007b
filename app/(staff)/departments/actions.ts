'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { staffAction } from '@/lib/action';
import { createDepartment, deleteDepartment, updateDepartment } from '@/lib/departments/commands';
import { canManageStaff } from '@/lib/permissions';
import { createDepartmentSchema, deleteDepartmentSchema, updateDepartmentSchema } from '@/lib/validation/departments';

export const createDepartmentAction = staffAction({ schema: createDepartmentSchema, allow: canManageStaff }, async (input, user) => {
  const id = await createDepartment(input, user);
  revalidatePath('/departments');
  redirect(`/departments/${id}`);
});

export const updateDepartmentAction = staffAction({ schema: updateDepartmentSchema, allow: canManageStaff }, async ({ id, ...input }, user) => {
  await updateDepartment(id, input, user);
  revalidatePath('/departments');
  redirect(`/departments/${id}`);
});

export const deleteDepartmentAction = staffAction({ schema: deleteDepartmentSchema, allow: canManageStaff }, async ({ id }, user) => {
  await deleteDepartment(id, user);
  revalidatePath('/departments');
  redirect('/departments');
});
