'use server';

import { revalidatePath } from 'next/cache';
import { getPickedClient, type PickedClient } from '@/db/queries/client-picker';
import { formValues, staffAction, type ActionState } from '@/lib/action';
import { createClient } from '@/lib/clients/commands';
import type { DuplicateMatch } from '@/lib/clients/form-state';
import { canEditClients } from '@/lib/permissions';
import { getT } from '@/lib/i18n/server';
import { clientFormSchema, PHONE_OR_EMAIL } from '@/lib/validation/clients';

/** The inline "new client" of the intake form: a possible duplicate is offered first; a created client is handed back to be chosen. */
export type IntakeClientState = ActionState & { duplicates?: DuplicateMatch[]; created?: PickedClient };

const create = staffAction({ schema: clientFormSchema, allow: canEditClients }, async (input, user): Promise<IntakeClientState> => {
  const { saved, duplicates } = await createClient(input, user);
  if (duplicates) return { duplicates };
  revalidatePath('/clients');
  return { ok: true, created: await getPickedClient(saved) ?? undefined };
});

export async function createIntakeClientAction(prev: IntakeClientState | undefined, form: FormData): Promise<IntakeClientState> {
  const state: IntakeClientState = await create(prev, form);
  const errors = state.fieldErrors;
  // "Phone or e-mail" is the clients feature's own code, not a shared validation one: put it into words.
  if (errors && Object.values(errors).some((list) => list?.includes(PHONE_OR_EMAIL))) {
    const words = (await getT()).clients.phoneOrEmail;
    state.fieldErrors = Object.fromEntries(Object.entries(errors).map(([k, list]) => [k, list?.map((m) => (m === PHONE_OR_EMAIL ? words : m))]));
  }
  // The wrapper echoes what was typed only on errors; a duplicate warning must keep it too.
  return state.duplicates ? { ...state, values: formValues(form) } : state;
}
