'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { listDepartmentOptions } from '@/db/queries/departments';
import { staffAction, type ActionState } from '@/lib/action';
import { createCatalogItem, deleteCatalogItem, importCatalog, previewCatalogImport, setCatalogItemActive, updateCatalogItem } from '@/lib/catalog/commands';
import { decodeCsvBytes } from '@/lib/catalog/csv';
import { MAX_IMPORT_CHARS, type PlanRow } from '@/lib/catalog/import';
import { describePlan, type PreviewRow } from '@/lib/catalog/import-view';
import { refuse } from '@/lib/catalog/refusals';
import { getLocale, getT } from '@/lib/i18n/server';
import { canEditCatalog } from '@/lib/permissions';
import {
  catalogImportSchema,
  createCatalogItemSchema,
  deleteCatalogItemSchema,
  setCatalogItemActiveSchema,
  updateCatalogItemSchema,
} from '@/lib/validation/catalog';

export const createCatalogItemAction = staffAction({ schema: createCatalogItemSchema, allow: canEditCatalog }, async (input, user) => {
  const id = await createCatalogItem(input, user);
  revalidatePath('/catalog');
  redirect(`/catalog/${id}`);
});

export const updateCatalogItemAction = staffAction({ schema: updateCatalogItemSchema, allow: canEditCatalog }, async ({ id, ...input }, user) => {
  await updateCatalogItem(id, input, user);
  revalidatePath('/catalog');
  redirect(`/catalog/${id}`);
});

export const setCatalogItemActiveAction = staffAction({ schema: setCatalogItemActiveSchema, allow: canEditCatalog }, async ({ id, active }, user) => {
  await setCatalogItemActive(id, active, user);
  revalidatePath('/catalog');
  revalidatePath(`/catalog/${id}`);
  const t = await getT();
  return { ok: true, message: active ? t.catalog.activated : t.catalog.deactivated };
});

export const deleteCatalogItemAction = staffAction({ schema: deleteCatalogItemSchema, allow: canEditCatalog }, async ({ id }, user) => {
  await deleteCatalogItem(id, user);
  revalidatePath('/catalog');
  redirect('/catalog');
});

export type ImportState = ActionState & {
  /** The preview: each row's outcome, and the text that the confirmation sends back to be judged again. */
  preview?: { rows: PreviewRow[]; csv: string; counts: Record<PlanRow['outcome'], number>; countsText: string };
  /** After the confirmation: what was refused and not written. */
  refused?: PreviewRow[];
};

async function describeRows(rows: PlanRow[]): Promise<PreviewRow[]> {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const names = new Map((await listDepartmentOptions()).map((d) => [d.id, d.name]));
  return describePlan(rows, { t, locale, departmentName: (id) => names.get(id) });
}

/** An uploaded file, if one was chosen (an empty file input sends a nameless empty part). */
function uploaded(form: FormData): File | null {
  const file = form.get('file');
  return file && typeof file !== 'string' && !(file.size === 0 && file.name === '') ? file : null;
}

/** Step 1: the uploaded (or pasted) CSV judged row by row; nothing is written. */
export async function previewCatalogImportAction(prev: ImportState | undefined, form: FormData): Promise<ImportState> {
  const file = uploaded(form);
  const run = staffAction({ schema: catalogImportSchema, allow: canEditCatalog }, async ({ csv }, user): Promise<ImportState> => {
    // Decoded bytes take at most as many characters as there are bytes: a larger file is refused unread.
    if (file && file.size > MAX_IMPORT_CHARS * 4) throw refuse('unreadable_file', { problem: 'tooLarge', maxKb: Math.floor(MAX_IMPORT_CHARS / 1000) });
    const text = file ? decodeCsvBytes(new Uint8Array(await file.arrayBuffer())) : csv;
    const rows = await previewCatalogImport(text, user);
    const counts = { create: 0, change: 0, same: 0, refuse: 0 };
    for (const row of rows) counts[row.outcome]++;
    const countsText = (await getT()).catalog.importPage.counts(counts.create, counts.change, counts.same, counts.refuse);
    return { preview: { rows: await describeRows(rows), csv: text, counts, countsText } };
  });
  return run(prev, form);
}

/** Step 2: the same text sent back, judged again on the server, and every valid row written in one transaction. */
export const confirmCatalogImportAction: (prev: ImportState | undefined, form: FormData) => Promise<ImportState> = staffAction(
  { schema: catalogImportSchema, allow: canEditCatalog },
  async ({ csv }, user): Promise<ImportState> => {
    const result = await importCatalog(csv, user);
    revalidatePath('/catalog');
    const t = await getT();
    const refused = await describeRows(result.rows.filter((r) => r.outcome === 'refuse'));
    return { ok: true, message: t.catalog.importPage.done(result.created, result.changed, result.refused), refused };
  },
);
