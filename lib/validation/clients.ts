import { z } from 'zod';
import { CLIENT_KINDS, LOCALES, MESSAGE_CHANNELS } from '@/lib/domain/enums';
import { checkboxField, code, idField, optionalEmailField, optionalText, requiredText } from './codes';
import { optionalPhoneField } from './phone';

export const CLIENT_NAME_MAX = 200;
export const CLIENT_NOTES_MAX = 4000;

/**
 * Not one of the shared validation codes: the clients actions translate it from their own
 * catalog (see `finish` in app/(staff)/clients/actions.ts).
 */
export const PHONE_OR_EMAIL = 'phone_or_email';

/** "12,34": the ids of the possible duplicates the user has seen and chose to save beside. */
const confirmedIds = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => Number(s))
      .filter((n) => Number.isInteger(n) && n > 0),
  );

const fields = z.object({
  kind: z.enum(CLIENT_KINDS, { error: code('invalid_choice') }),
  name: requiredText(CLIENT_NAME_MAX),
  contactPerson: optionalText(CLIENT_NAME_MAX),
  phone: optionalPhoneField,
  email: optionalEmailField,
  locale: z.enum(LOCALES, { error: code('invalid_choice') }),
  notify: checkboxField,
  // '' (or absent): automatic — Telegram once connected, otherwise e-mail, otherwise SMS.
  preferredChannel: z
    .enum(['', ...MESSAGE_CHANNELS], { error: code('invalid_choice') })
    .optional()
    .transform((v) => (v ? v : null)),
  notes: optionalText(CLIENT_NOTES_MAX),
  confirmDuplicate: confirmedIds,
});

function phoneOrEmail(v: { phone: string | null; email: string | null }, ctx: z.RefinementCtx) {
  if (v.phone || v.email) return;
  ctx.addIssue({ code: 'custom', path: ['phone'], message: PHONE_OR_EMAIL });
  ctx.addIssue({ code: 'custom', path: ['email'], message: PHONE_OR_EMAIL });
}

/** A person has no separate contact person, so one typed for a person (then hidden) is dropped. */
function tidy<T extends { kind: string; contactPerson: string | null; notes: string | null }>(v: T) {
  return { ...v, contactPerson: v.kind === 'company' ? v.contactPerson : null, notes: v.notes ?? '' };
}

export const clientFormSchema = fields.superRefine(phoneOrEmail).transform(tidy);

export type ClientFormInput = z.infer<typeof clientFormSchema>;

export const updateClientSchema = fields.extend({ id: idField }).superRefine(phoneOrEmail).transform(tidy);

export const deleteClientSchema = z.object({ id: idField });

export const CLIENT_SORTS = ['name', 'newest'] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];

/** The list URL: a hand-edited value falls back to the default instead of breaking the page. */
export const clientListParams = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(CLIENT_SORTS).catch('name'),
  after: z.string().max(512).optional().catch(undefined),
  before: z.string().max(512).optional().catch(undefined),
});

/** `/clients/[id]`: a positive integer, else the page is a 404. */
export function parseClientId(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) && Number.isSafeInteger(Number(raw)) ? Number(raw) : null;
}
