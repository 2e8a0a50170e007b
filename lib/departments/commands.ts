import { transaction } from '@/db';
import { writeAudit } from '@/db/queries/audit';
import {
  deleteDepartmentRow,
  departmentDependents,
  departmentNameInUse,
  findDepartmentForUpdate,
  insertDepartment,
  updateDepartmentRow,
  type DepartmentRow,
  type DepartmentWriter,
} from '@/db/queries/departments';
import { diffFields } from '@/lib/audit-diff';
import { departmentNameKey, type DepartmentInput } from '@/lib/validation/departments';
import { refuse } from './refusals';

type Actor = { id: number; fullName: string };

/** What the audit log records of a department; every editable field. */
const AUDITED = ['name', 'description', 'email', 'phone'] as const;

async function existing(tx: DepartmentWriter, id: number): Promise<DepartmentRow> {
  const found = await findDepartmentForUpdate(tx, id);
  if (!found) throw refuse('not_found', {});
  return found;
}

/** The row to write, with the key that keeps names unique regardless of case; refused when another department has it. */
async function withFreeName(tx: DepartmentWriter, input: DepartmentInput, exceptId?: number) {
  const nameKey = departmentNameKey(input.name);
  if (await departmentNameInUse(tx, nameKey, exceptId)) throw refuse('name_taken', {});
  return { ...input, nameKey };
}

export async function createDepartment(input: DepartmentInput, actor: Actor): Promise<number> {
  return transaction(async (tx) => {
    const row = await insertDepartment(tx, await withFreeName(tx, input));
    await writeAudit(tx, { actor, entityType: 'department', entityId: row.id, action: 'create', changes: diffFields(null, row, AUDITED) });
    return row.id;
  });
}

export async function updateDepartment(id: number, input: DepartmentInput, actor: Actor) {
  await transaction(async (tx) => {
    const before = await existing(tx, id);
    const after = await updateDepartmentRow(tx, id, await withFreeName(tx, input, id));
    const changes = diffFields(before, after, AUDITED);
    if (Object.keys(changes).length > 0) await writeAudit(tx, { actor, entityType: 'department', entityId: id, action: 'update', changes });
  });
}

/** Only an empty department goes: one with employees or tickets is refused with the counts. */
export async function deleteDepartment(id: number, actor: Actor) {
  await transaction(async (tx) => {
    const before = await existing(tx, id);
    const deps = await departmentDependents(id, tx);
    if (deps.employees > 0 || deps.tickets > 0) throw refuse('in_use', deps);
    await deleteDepartmentRow(tx, id);
    await writeAudit(tx, { actor, entityType: 'department', entityId: id, action: 'delete', changes: diffFields(before, null, AUDITED) });
  });
}
