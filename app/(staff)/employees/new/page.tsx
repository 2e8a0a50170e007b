import type { Metadata } from 'next';
import { listDepartmentOptions } from '@/db/queries/employees';
import { requireStaffWhere } from '@/lib/auth/guards';
import { getT } from '@/lib/i18n/server';
import { canManageStaff } from '@/lib/permissions';
import { createEmployeeAction } from '../actions';
import { EmployeeForm } from '../_components/employee-form';
import { employeeFormLabels, localeOptions, roleOptions } from '../_components/labels';
import { NoDepartments } from '../_components/no-departments';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaffWhere(canManageStaff);
  return { title: (await getT()).employees.newTitle };
}

export default async function NewEmployeePage() {
  await requireStaffWhere(canManageStaff);
  const t = await getT();
  const departments = (await listDepartmentOptions()).map((d) => ({ value: String(d.id), label: d.name }));
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <h1 id="page-title" className="text-2xl font-semibold">
        {t.employees.newTitle}
      </h1>
      {departments.length === 0 ? (
        <NoDepartments t={t} />
      ) : (
        <EmployeeForm
          action={createEmployeeAction}
          labels={employeeFormLabels(t, 'create')}
          departments={departments}
          roles={roleOptions(t)}
          locales={localeOptions(t)}
          cancelHref="/employees"
        />
      )}
    </section>
  );
}
