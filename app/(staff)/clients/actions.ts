'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createClient, deleteClient, findClientDuplicates, getClient, updateClient, type ClientValues } from '@/db/queries/clients';
import { formValues, staffAction, UserError, type ActionState } from '@/lib/action';
import { describeDuplicates, unconfirmed, type ClientFormState } from '@/lib/clients/form-state';
import { canDeleteClient, canEditClients } from '@/lib/clients/rules';
import { getT } from '@/lib/i18n/server';
import { clientFormSchema, deleteClientSchema, PHONE_OR_EMAIL, updateClientSchema, type ClientFormInput } from '@/lib/validation/clients';

function valuesOf(input: ClientFormInput): ClientValues {
  const { kind, name, contactPerson, phone, email, locale, notify, notes } = input;
  return { kind, name, contactPerson, phone, email, locale, notify, notes };
}

/** The "phone or e-mail" code is ours, not a shared validation code: put it into words here. */
async function finish(state: ClientFormState, form: FormData): Promise<ClientFormState> {
  const errors = state.fieldErrors;
  const needsWords = errors && Object.values(errors).some((list) => list?.includes(PHONE_OR_EMAIL));
  const t = needsWords ? await getT() : undefined;
  const fieldErrors =
    errors && t
      ? Object.fromEntries(Object.entries(errors).map(([k, list]) => [k, list?.map((m) => (m === PHONE_OR_EMAIL ? t.clients.phoneOrEmail : m))]))
      : errors;
  // The wrapper keeps the typed values only on errors; a duplicate warning must keep them too.
  return state.duplicates ? { ...state, fieldErrors, values: formValues(form) } : { ...state, fieldErrors };
}

const create = staffAction({ schema: clientFormSchema, allow: canEditClients }, (input, user): ClientFormState | void => {
  const found = unconfirmed(findClientDuplicates({ phone: input.phone, email: input.email }), input.confirmDuplicate);
  if (found.length > 0) return { duplicates: describeDuplicates(found, input) };
  const id = createClient(valuesOf(input), user);
  revalidatePath('/clients');
  redirect(`/clients/${id}`);
});

export async function createClientAction(prev: ClientFormState | undefined, form: FormData): Promise<ClientFormState> {
  return finish(await create(prev, form), form);
}

const update = staffAction({ schema: updateClientSchema, allow: canEditClients }, async (input, user): Promise<ClientFormState | void> => {
  const t = await getT();
  const current = getClient(input.id);
  if (!current) throw new UserError(t.clients.errors.notFound);
  // Only a changed phone or e-mail is checked: a duplicate saved knowingly is not asked about again.
  const typed = { phone: input.phone !== current.phone ? input.phone : null, email: input.email !== current.email ? input.email : null };
  const found = unconfirmed(findClientDuplicates({ ...typed, excludeId: input.id }), input.confirmDuplicate);
  if (found.length > 0) return { duplicates: describeDuplicates(found, typed) };
  if (updateClient(input.id, valuesOf(input), user) === 'not_found') throw new UserError(t.clients.errors.notFound);
  revalidatePath('/clients');
  revalidatePath(`/clients/${input.id}`);
  redirect(`/clients/${input.id}`);
});

export async function updateClientAction(prev: ClientFormState | undefined, form: FormData): Promise<ClientFormState> {
  return finish(await update(prev, form), form);
}

const remove = staffAction({ schema: deleteClientSchema, allow: canDeleteClient }, async ({ id }, user) => {
  const t = await getT();
  const result = deleteClient(id, user);
  if (!result.ok) {
    throw new UserError(result.reason === 'has_tickets' ? t.clients.errors.hasTickets(result.tickets) : t.clients.errors.notFound);
  }
  revalidatePath('/clients');
  redirect('/clients');
});

export async function deleteClientAction(prev: ActionState | undefined, form: FormData): Promise<ActionState> {
  return remove(prev, form);
}
