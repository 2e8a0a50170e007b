'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formValues } from '@/lib/action';
import { getT } from '@/lib/i18n/server';
import { clientAddress } from '@/lib/security/client-address';
import { lookupTicket, minutesUntil } from '@/lib/status/lookup';

export type LookupState = {
  message?: string;
  locked?: boolean;
  fieldErrors?: { number?: string[]; contact?: string[] };
  summary?: string;
  values?: { number?: string; contact?: string };
};

// Nothing here is rejected as malformed: a value that cannot match is simply a miss (and counts).
const text = (max: number) => z.string().trim().transform((v) => v.slice(0, max)).catch('');
const lookupSchema = z.object({ number: text(40), contact: text(254) });

/**
 * Public on purpose: clients have no account. Every miss, whatever its cause (no such number,
 * another client's ticket, a phone that is not a phone), gets the same message, and every try
 * counts towards the per-address limit.
 */
export async function lookupStatusAction(_prev: LookupState | undefined, form: FormData): Promise<LookupState> {
  const messages = await getT();
  const t = messages.publicStatus.lookup;
  const input = lookupSchema.parse(formValues(form));
  const values = { number: input.number, contact: input.contact };
  const fieldErrors: LookupState['fieldErrors'] = {};
  if (!input.number) fieldErrors.number = [t.numberRequired];
  if (!input.contact) fieldErrors.contact = [t.contactRequired];
  if (fieldErrors.number || fieldErrors.contact) return { fieldErrors, summary: messages.errors.summary, values };

  const result = await lookupTicket(input, clientAddress(await headers()));
  if (result.kind === 'found') redirect(`/status/${result.token}`);
  if (result.kind === 'locked') return { message: t.locked(minutesUntil(result.until)), locked: true, values };
  return { message: t.miss, values };
}
