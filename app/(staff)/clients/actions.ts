'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formValues, staffAction, type ActionState } from '@/lib/action';
import { createClient, deleteClient, updateClient } from '@/lib/clients/commands';
import type { ClientFormState } from '@/lib/clients/form-state';
import { canDeleteClient, canEditClients } from '@/lib/permissions';
import { getT } from '@/lib/i18n/server';
import { clientFormSchema, deleteClientSchema, PHONE_OR_EMAIL, updateClientSchema } from '@/lib/validation/clients';

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

const create = staffAction({ schema: clientFormSchema, allow: canEditClients }, async (input, user): Promise<ClientFormState | void> => {
  const { saved, duplicates } = await createClient(input, user);
  if (duplicates) return { duplicates };
  revalidatePath('/clients');
  redirect(`/clients/${saved}`);
});

export async function createClientAction(prev: ClientFormState | undefined, form: FormData): Promise<ClientFormState> {
  return finish(await create(prev, form), form);
}

const update = staffAction({ schema: updateClientSchema, allow: canEditClients }, async (input, user): Promise<ClientFormState | void> => {
  const { duplicates } = await updateClient(input.id, input, user);
  if (duplicates) return { duplicates };
  revalidatePath('/clients');
  revalidatePath(`/clients/${input.id}`);
  redirect(`/clients/${input.id}`);
});

export async function updateClientAction(prev: ClientFormState | undefined, form: FormData): Promise<ClientFormState> {
  return finish(await update(prev, form), form);
}

const remove = staffAction({ schema: deleteClientSchema, allow: canDeleteClient }, async ({ id }, user) => {
  await deleteClient(id, user);
  revalidatePath('/clients');
  redirect('/clients');
});

export async function deleteClientAction(prev: ActionState | undefined, form: FormData): Promise<ActionState> {
  return remove(prev, form);
}
