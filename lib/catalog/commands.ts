import { transaction } from '@/db';
import { writeAudit } from '@/db/queries/audit';
import {
  catalogCodeInUse,
  countCatalogItemTickets,
  deleteCatalogItemRow,
  findCatalogItemForUpdate,
  findCatalogItemsByCodeKeys,
  insertCatalogItem,
  updateCatalogItemRow,
  type CatalogItemRow,
  type CatalogWriter,
} from '@/db/queries/catalog';
import { findDepartmentForUpdate, listDepartmentOptions } from '@/db/queries/departments';
import { diffFields } from '@/lib/audit-diff';
import type { Role } from '@/lib/domain/enums';
import { canEditCatalog } from '@/lib/permissions';
import type { CatalogItemInput } from '@/lib/validation/catalog';
import { CATALOG_AUDITED, planCatalogImport, type ImportPlan, type ItemValues, type PlanRow } from './import';
import { refuse } from './refusals';
import { catalogCodeKey, catalogSearchKey } from './search-key';

type Actor = { id: number; fullName: string; role: Role };

function mayEdit(actor: Actor) {
  if (!canEditCatalog(actor)) throw refuse('forbidden', {});
}

async function existing(tx: CatalogWriter, id: number): Promise<CatalogItemRow> {
  const found = await findCatalogItemForUpdate(tx, id);
  if (!found) throw refuse('not_found', {});
  return found;
}

/** The row to write: keys filled in, the code free, the department still there. */
async function rowOf(tx: CatalogWriter, input: CatalogItemInput, exceptId?: number) {
  const codeKey = catalogCodeKey(input.code);
  if (await catalogCodeInUse(tx, codeKey, exceptId)) throw refuse('code_taken', {});
  if (input.departmentId !== null && !await findDepartmentForUpdate(tx, input.departmentId)) throw refuse('department_gone', {});
  return { ...input, codeKey, searchKey: catalogSearchKey(input.code, input.name) };
}

export async function createCatalogItem(input: CatalogItemInput, actor: Actor): Promise<number> {
  mayEdit(actor);
  return transaction(async (tx) => {
    const row = await insertCatalogItem(tx, { ...await rowOf(tx, input), active: true });
    await writeAudit(tx, { actor, entityType: 'catalog_item', entityId: row.id, action: 'create', changes: diffFields(null, row, CATALOG_AUDITED) });
    return row.id;
  });
}

export async function updateCatalogItem(id: number, input: CatalogItemInput, actor: Actor) {
  mayEdit(actor);
  await transaction(async (tx) => {
    const before = await existing(tx, id);
    const after = await updateCatalogItemRow(tx, id, await rowOf(tx, input, id));
    const changes = diffFields(before, after, CATALOG_AUDITED);
    if (Object.keys(changes).length > 0) await writeAudit(tx, { actor, entityType: 'catalog_item', entityId: id, action: 'update', changes });
  });
}

/** Deactivating hides an item from the pickers; tickets that use it keep their lines. */
export async function setCatalogItemActive(id: number, active: boolean, actor: Actor) {
  mayEdit(actor);
  await transaction(async (tx) => {
    const before = await existing(tx, id);
    if (before.active === active) return;
    const after = await updateCatalogItemRow(tx, id, { active });
    await writeAudit(tx, { actor, entityType: 'catalog_item', entityId: id, action: 'update', changes: diffFields(before, after, ['active']) });
  });
}

/** Only an item no ticket uses goes; one in use is refused with the count (deactivate it instead). */
export async function deleteCatalogItem(id: number, actor: Actor) {
  mayEdit(actor);
  await transaction(async (tx) => {
    const before = await existing(tx, id);
    const tickets = await countCatalogItemTickets(id, tx);
    if (tickets > 0) throw refuse('in_use', { tickets });
    await deleteCatalogItemRow(tx, id);
    await writeAudit(tx, { actor, entityType: 'catalog_item', entityId: id, action: 'delete', changes: diffFields(before, null, CATALOG_AUDITED) });
  });
}

async function planIn(tx: CatalogWriter, text: string): Promise<PlanRow[]> {
  const plan: ImportPlan = await planCatalogImport(text, {
    itemsByCodeKey: async (keys) => await findCatalogItemsByCodeKeys(tx, keys),
    departments: await listDepartmentOptions(),
  });
  if (!plan.ok) throw refuse('unreadable_file', plan);
  return plan.rows;
}

/** What an import of this CSV text would do, row by row; writes nothing. */
export async function previewCatalogImport(text: string, actor: Actor): Promise<PlanRow[]> {
  mayEdit(actor);
  return transaction(async (tx) => await planIn(tx, text));
}

export type ImportResult = { created: number; changed: number; same: number; refused: number; rows: PlanRow[] };

/**
 * Imports the CSV text: judged again here, against the rows as they are now (never the preview's
 * verdicts from the browser), and every valid row written in one transaction with its audit
 * entry. A refused row is never written; an unreadable file writes nothing.
 */
export async function importCatalog(text: string, actor: Actor): Promise<ImportResult> {
  mayEdit(actor);
  return transaction(async (tx) => {
    const rows = await planIn(tx, text);
    const result: ImportResult = { created: 0, changed: 0, same: 0, refused: 0, rows };
    for (const row of rows) {
      if (row.outcome === 'create') {
        const created = await insertCatalogItem(tx, row.values);
        await writeAudit(tx, { actor, entityType: 'catalog_item', entityId: created.id, action: 'create', changes: diffFields<ItemValues>(null, row.values, CATALOG_AUDITED) });
        result.created++;
      } else if (row.outcome === 'change') {
        await updateCatalogItemRow(tx, row.id, row.values);
        await writeAudit(tx, { actor, entityType: 'catalog_item', entityId: row.id, action: 'update', changes: row.changes });
        result.changed++;
      } else if (row.outcome === 'same') result.same++;
      else result.refused++;
    }
    return result;
  });
}
