import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaffWhere } from '@/lib/auth/guards';
import { getT } from '@/lib/i18n/server';
import { canEditCatalog } from '@/lib/permissions';
import { confirmCatalogImportAction, previewCatalogImportAction } from '../actions';
import { ImportForm } from './_components/import-form';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaffWhere(canEditCatalog);
  return { title: (await getT()).catalog.importPage.title };
}

export default async function CatalogImportPage() {
  await requireStaffWhere(canEditCatalog);
  const t = await getT();
  const w = t.catalog.importPage;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/catalog" className="hover:underline">
            {t.catalog.title}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{w.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{w.intro}</p>
      </div>
      <ImportForm
        preview={previewCatalogImportAction}
        confirm={confirmCatalogImportAction}
        labels={{
          file: w.file,
          orPaste: w.orPaste,
          previewButton: w.previewButton,
          previewTitle: w.previewTitle,
          line: w.line,
          code: t.catalog.fields.code,
          outcome: w.outcome,
          details: w.details,
          outcomes: { create: w.create, change: w.change, same: w.same, refuse: w.refuse },
          confirm: w.confirm,
          confirmNote: w.confirmNote,
          nothingToDo: w.nothingToDo,
          backToList: w.backToList,
        }}
      />
    </div>
  );
}
