import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui';
import { getEmployee, listDepartmentOptions } from '@/db/queries/employees';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { requireStaffWhere } from '@/lib/auth/guards';
import { getT } from '@/lib/i18n/server';
import { canManageStaff } from '@/lib/permissions';
import { formatPhone } from '@/lib/phone';
import { parseEmployeeId } from '@/lib/validation/employees';
import { deactivateEmployeeAction, reactivateEmployeeAction, setEmployeePasswordAction, updateEmployeeAction } from '../../actions';
import { ActivationForm } from '../../_components/activation-form';
import { ActiveBadge } from '../../_components/active-badge';
import { EmployeeForm } from '../../_components/employee-form';
import { employeeFormLabels, localeOptions, roleOptions } from '../../_components/labels';
import { SetPasswordForm } from '../../_components/set-password-form';

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await requireStaffWhere(canManageStaff);
  const [t, id] = [await getT(), parseEmployeeId((await params).id)];
  const employee = id ? await getEmployee(id) : undefined;
  return { title: employee ? t.employees.editTitle(employee.fullName) : t.errors.notFound };
}

export default async function EditEmployeePage({ params }: { params: Params }) {
  await requireStaffWhere(canManageStaff);
  const id = parseEmployeeId((await params).id);
  const employee = id ? await getEmployee(id) : undefined;
  if (!employee) notFound();
  const t = await getT();
  const e = t.employees;
  const departments = (await listDepartmentOptions()).map((d) => ({ value: String(d.id), label: d.name }));

  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <div className="space-y-1">
        <Link href={`/employees/${employee.id}`} className="text-sm text-primary-700 hover:underline">
          ← {employee.fullName}
        </Link>
        <h1 id="page-title" className="flex flex-wrap items-center gap-2 text-2xl font-semibold">
          {e.editTitle(employee.fullName)} <ActiveBadge active={employee.active} t={t} />
        </h1>
      </div>
      <EmployeeForm
        action={updateEmployeeAction}
        labels={employeeFormLabels(t, 'edit')}
        departments={departments}
        roles={roleOptions(t)}
        locales={localeOptions(t)}
        initial={{
          id: employee.id,
          fullName: employee.fullName,
          email: employee.email,
          phone: employee.phone && formatPhone(employee.phone),
          position: employee.position,
          departmentId: employee.departmentId,
          role: employee.role,
          locale: employee.locale,
          digestOptOut: employee.digestOptOut,
        }}
        cancelHref={`/employees/${employee.id}`}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{e.password.title}</CardTitle>
          </CardHeader>
          <CardContent className="space-y-3">
            <p className="text-sm text-slate-600">{e.password.body}</p>
            <SetPasswordForm
              action={setEmployeePasswordAction}
              employeeId={employee.id}
              labels={{ password: e.fields.password, hint: e.hints.password(MIN_PASSWORD_LENGTH), submit: e.password.submit }}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{employee.active ? e.activation.deactivate : e.activation.reactivate}</CardTitle>
          </CardHeader>
          <CardContent>
            {/* Keyed by the state: after a switch the other action's form starts fresh. */}
            <ActivationForm
              key={String(employee.active)}
              action={employee.active ? deactivateEmployeeAction : reactivateEmployeeAction}
              employeeId={employee.id}
              danger={employee.active}
              labels={
                employee.active
                  ? { body: e.activation.deactivateBody, submit: e.activation.deactivate }
                  : { body: e.activation.reactivateBody, submit: e.activation.reactivate }
              }
            />
          </CardContent>
        </Card>
      </div>
    </section>
  );
}
