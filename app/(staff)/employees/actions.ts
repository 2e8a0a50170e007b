'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { staffAction } from '@/lib/action';
import { hashPassword } from '@/lib/auth/password';
import { createEmployee, deleteEmployee, endEmployeeSessions, setEmployeeActive, setEmployeePassword, updateEmployee } from '@/lib/employees/commands';
import { getT } from '@/lib/i18n/server';
import { canManageStaff } from '@/lib/permissions';
import { createEmployeeSchema, employeeIdSchema, setPasswordSchema, updateEmployeeSchema } from '@/lib/validation/employees';

// SPEC §3: creating, editing and deleting employees is for administrators only.
const adminOnly = { allow: canManageStaff };

function refresh(id?: number) {
  revalidatePath('/employees');
  if (id !== undefined) revalidatePath(`/employees/${id}`);
}

export const createEmployeeAction = staffAction({ schema: createEmployeeSchema, ...adminOnly }, async ({ password, ...values }, user) => {
  const passwordHash = await hashPassword(password);
  const id = await createEmployee({ ...values, passwordHash }, user);
  refresh(id);
  redirect(`/employees/${id}`);
});

export const updateEmployeeAction = staffAction({ schema: updateEmployeeSchema, ...adminOnly }, async ({ id, ...values }, user) => {
  await updateEmployee(id, values, user);
  refresh(id);
  redirect(`/employees/${id}`);
});

export const setEmployeePasswordAction = staffAction({ schema: setPasswordSchema, ...adminOnly }, async ({ id, password }, user) => {
  const passwordHash = await hashPassword(password);
  await setEmployeePassword(id, passwordHash, user);
  refresh(id);
  // Their own reset ended this session too (the session version moved on).
  if (id === user.id) redirect('/login');
  return { ok: true, message: (await getT()).employees.password.done };
});

export const deactivateEmployeeAction = staffAction({ schema: employeeIdSchema, ...adminOnly }, async ({ id }, user) => {
  await setEmployeeActive(id, false, user);
  refresh(id);
  return { ok: true, message: (await getT()).employees.activation.deactivated };
});

export const reactivateEmployeeAction = staffAction({ schema: employeeIdSchema, ...adminOnly }, async ({ id }, user) => {
  await setEmployeeActive(id, true, user);
  refresh(id);
  return { ok: true, message: (await getT()).employees.activation.reactivated };
});

export const endEmployeeSessionsAction = staffAction({ schema: employeeIdSchema, ...adminOnly }, async ({ id }, user) => {
  const ended = await endEmployeeSessions(id, user);
  refresh(id);
  if (id === user.id) redirect('/login');
  return { ok: true, message: (await getT()).employees.sessions.endedAll(ended) };
});

export const deleteEmployeeAction = staffAction({ schema: employeeIdSchema, ...adminOnly }, async ({ id }, user) => {
  await deleteEmployee(id, user);
  refresh();
  redirect('/employees');
});
