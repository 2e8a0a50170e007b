import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDepartment } from '@/db/queries/departments';
import { requireStaffWhere } from '@/lib/auth/guards';
import { getT } from '@/lib/i18n/server';
import { canManageStaff } from '@/lib/permissions';
import { idField } from '@/lib/validation/codes';
import { updateDepartmentAction } from '../../actions';
import { DepartmentForm } from '../../_components/department-form';

type Props = { params: Promise<{ id: string }> };

async function load(params: Props['params']) {
  const id = idField.safeParse((await params).id);
  const department = id.success ? await getDepartment(id.data) : undefined;
  if (!department) notFound();
  return department;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireStaffWhere(canManageStaff);
  const [department, t] = await Promise.all([load(params), getT()]);
  return { title: t.departments.editTitle(department.name) };
}

export default async function EditDepartmentPage({ params }: Props) {
  await requireStaffWhere(canManageStaff);
  const [department, t] = await Promise.all([load(params), getT()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t.departments.editTitle(department.name)}</h1>
      <DepartmentForm
        action={updateDepartmentAction}
        initial={{
          id: department.id,
          name: department.name,
          description: department.description,
          email: department.email ?? '',
          phone: department.phone ?? '',
        }}
        labels={{ ...t.departments.fields, submit: t.common.save }}
      />
    </div>
  );
}
