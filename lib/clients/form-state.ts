import type { DuplicateClient } from '@/db/queries/clients';
import type { ActionState } from '@/lib/action';
import { formatPhone } from '@/lib/phone';

/** A possible duplicate shown on the form, with what it shares with the typed client. */
export type DuplicateMatch = DuplicateClient & { phoneDisplay: string | null; samePhone: boolean; sameEmail: boolean };

/** The client form's state: the usual action result, plus the possible duplicates found before saving. */
export type ClientFormState = ActionState & { duplicates?: DuplicateMatch[] };

export function describeDuplicates(found: DuplicateClient[], typed: { phone: string | null; email: string | null }): DuplicateMatch[] {
  return found.map((c) => ({
    ...c,
    phoneDisplay: c.phone ? formatPhone(c.phone) : null,
    samePhone: !!typed.phone && c.phone === typed.phone,
    sameEmail: !!typed.email && c.email === typed.email,
  }));
}

/** Duplicates the user has not yet seen and confirmed (a new match after a change is asked about again). */
export function unconfirmed(found: DuplicateClient[], confirmedIds: readonly number[]): DuplicateClient[] {
  return found.filter((c) => !confirmedIds.includes(c.id));
}
