import type { Metadata } from 'next';
import { requireStaffWhere } from '@/lib/auth/guards';
import { getT } from '@/lib/i18n/server';
import { canManageStaff } from '@/lib/permissions';
import { createDepartmentAction } from '../actions';
import { DepartmentForm } from '../_components/department-form';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaffWhere(canManageStaff);
  return { title: (await getT()).departments.newTitle };
}

export default async function NewDepartmentPage() {
  await requireStaffWhere(canManageStaff);
  const t = await getT();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t.departments.newTitle}</h1>
      <DepartmentForm
        action={createDepartmentAction}
        initial={{ name: '', description: '', email: '', phone: '' }}
        labels={{ ...t.departments.fields, submit: t.common.save }}
      />
    </div>
  );
}
