import { transaction } from '@/db';
import { writeAudit } from '@/db/queries/audit';
import {
  countClientTickets,
  deleteClientRow,
  findClientDuplicates,
  findClientForUpdate,
  insertClient,
  updateClientRow,
  type ClientRow,
  type ClientValues,
  type ClientWriter,
} from '@/db/queries/clients';
import { diffFields } from '@/lib/audit-diff';
import type { ClientFormInput } from '@/lib/validation/clients';
import { describeDuplicates, unconfirmed, type DuplicateMatch } from './form-state';
import { refuse } from './refusals';

type Actor = { id: number; fullName: string };

/** What the audit log records of a client; every editable field. */
export const AUDITED_CLIENT_FIELDS = ['kind', 'name', 'contactPerson', 'phone', 'email', 'locale', 'notify', 'preferredChannel', 'notes'] as const;

/**
 * Saving a client is a question before it is a write: possible duplicates the user has not yet
 * confirmed come back to be shown (nothing is written), and the form is sent again with them
 * confirmed. That is a confirmation, not a refusal, so it is an answer rather than an error.
 */
export type ClientSave = { saved: number; duplicates?: never } | { duplicates: DuplicateMatch[]; saved?: never };

async function existing(tx: ClientWriter, id: number): Promise<ClientRow> {
  const found = await findClientForUpdate(tx, id);
  if (!found) throw refuse('not_found', {});
  return found;
}

function valuesOf(input: ClientFormInput): ClientValues {
  const { kind, name, contactPerson, phone, email, locale, notify, preferredChannel, notes } = input;
  return { kind, name, contactPerson, phone, email, locale, notify, preferredChannel, notes };
}

export async function createClient(input: ClientFormInput, actor: Actor): Promise<ClientSave> {
  return transaction(async (tx): Promise<ClientSave> => {
    const found = unconfirmed(await findClientDuplicates({ phone: input.phone, email: input.email }, tx), input.confirmDuplicate);
    if (found.length > 0) return { duplicates: describeDuplicates(found, input) };
    const row = await insertClient(tx, valuesOf(input));
    // Empty notes are no news: the History of a new client lists what was actually given.
    const changes = diffFields(null, { ...row, notes: row.notes || null }, AUDITED_CLIENT_FIELDS);
    await writeAudit(tx, { actor, entityType: 'client', entityId: row.id, action: 'create', changes });
    return { saved: row.id };
  });
}

export async function updateClient(id: number, input: ClientFormInput, actor: Actor): Promise<ClientSave> {
  return transaction(async (tx): Promise<ClientSave> => {
    const before = await existing(tx, id);
    // Only a changed phone or e-mail is checked: a duplicate saved knowingly is not asked about again.
    const typed = { phone: input.phone !== before.phone ? input.phone : null, email: input.email !== before.email ? input.email : null };
    const found = unconfirmed(await findClientDuplicates({ ...typed, excludeId: id }, tx), input.confirmDuplicate);
    if (found.length > 0) return { duplicates: describeDuplicates(found, typed) };
    const values = valuesOf(input);
    const changes = diffFields(before, { ...before, ...values }, AUDITED_CLIENT_FIELDS);
    if (Object.keys(changes).length > 0) {
      await updateClientRow(tx, id, values);
      await writeAudit(tx, { actor, entityType: 'client', entityId: id, action: 'update', changes });
    }
    return { saved: id };
  });
}

/** Deletes a client without tickets; one with tickets is refused with the count. */
export async function deleteClient(id: number, actor: Actor) {
  await transaction(async (tx) => {
    const before = await existing(tx, id);
    const n = await countClientTickets(tx, id);
    if (n > 0) throw refuse('has_tickets', { tickets: n });
    await deleteClientRow(tx, id);
    await writeAudit(tx, { actor, entityType: 'client', entityId: id, action: 'delete', changes: diffFields(before, null, AUDITED_CLIENT_FIELDS) });
  });
}
