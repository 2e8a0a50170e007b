import type { Metadata } from 'next';
import Link from 'next/link';
import { listDepartmentOptions } from '@/db/queries/departments';
import { requireStaffWhere } from '@/lib/auth/guards';
import { getT } from '@/lib/i18n/server';
import { canEditCatalog } from '@/lib/permissions';
import { createCatalogItemAction } from '../actions';
import { CatalogForm } from '../_components/catalog-form';
import { catalogFormLabels } from '../_components/form-labels';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaffWhere(canEditCatalog);
  return { title: (await getT()).catalog.newTitle };
}

export default async function NewCatalogItemPage() {
  await requireStaffWhere(canEditCatalog);
  const t = await getT();
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/catalog" className="hover:underline">
            {t.catalog.title}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t.catalog.newTitle}</h1>
      </div>
      <CatalogForm
        action={createCatalogItemAction}
        initial={{ kind: 'service', code: '', name: '', priceMinor: '', warrantyDays: '0', departmentId: '', stockOnHand: '' }}
        departments={await listDepartmentOptions()}
        labels={catalogFormLabels(t)}
      />
    </div>
  );
}
