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

function existing(tx: DepartmentWriter, id: number): DepartmentRow {
  const found = findDepartmentForUpdate(tx, id);
  if (!found) throw refuse('not_found', {});
  return found;
}

/** The row to write, with the key that keeps names unique regardless of case; refused when another department has it. */
function withFreeName(tx: DepartmentWriter, input: DepartmentInput, exceptId?: number) {
  const nameKey = departmentNameKey(input.name);
  if (departmentNameInUse(tx, nameKey, exceptId)) throw refuse('name_taken', {});
  return { ...input, nameKey };
}

export async function createDepartment(input: DepartmentInput, actor: Actor): Promise<number> {
  return transaction((tx) => {
    const row = insertDepartment(tx, withFreeName(tx, input));
    writeAudit(tx, { actor, entityType: 'department', entityId: row.id, action: 'create', changes: diffFields(null, row, AUDITED) });
    return row.id;
  });
}

export async function updateDepartment(id: number, input: DepartmentInput, actor: Actor) {
  await transaction((tx) => {
    const before = existing(tx, id);
    const after = updateDepartmentRow(tx, id, withFreeName(tx, input, id));
    const changes = diffFields(before, after, AUDITED);
    if (Object.keys(changes).length > 0) writeAudit(tx, { actor, entityType: 'department', entityId: id, action: 'update', changes });
  });
}

/** Only an empty department goes: one with employees or tickets is refused with the counts. */
export async function deleteDepartment(id: number, actor: Actor) {
  await transaction((tx) => {
    const before = existing(tx, id);
    const deps = departmentDependents(id, tx);
    if (deps.employees > 0 || deps.tickets > 0) throw refuse('in_use', deps);
    deleteDepartmentRow(tx, id);
    writeAudit(tx, { actor, entityType: 'department', entityId: id, action: 'delete', changes: diffFields(before, null, AUDITED) });
  });
}
