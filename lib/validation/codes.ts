import type { Locale } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n/messages';
import { z } from 'zod';

/**
 * Schemas carry message codes ("required", "too_long:200"); the action wrapper turns them into
 * the user's language. Anything else falls back to zod's own Russian or English messages.
 */
export type ValidationCode = keyof Messages['validation'];

export const code = (name: ValidationCode, param?: number) => (param === undefined ? name : `${name}:${param}`);

export function translateValidation(message: string, t: Messages): string {
  const [name, param] = message.split(':');
  const entry = (t.validation as Record<string, string | ((n: number) => string)>)[name];
  if (entry === undefined) return message;
  return typeof entry === 'function' ? entry(Number(param)) : entry;
}

export function zodErrorMap(locale: Locale) {
  return z.locales[locale]().localeError;
}

// NUL and other control characters are never part of what staff type (tab and line breaks are).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const noControlCharacters = (v: string) => !CONTROL_CHARACTERS.test(v);

/** A trimmed text field: empty is "required", longer than max is "too_long". */
export const requiredText = (max: number) =>
  z
    .string({ error: code('required') })
    .trim()
    .min(1, { error: code('required') })
    .max(max, { error: code('too_long', max) })
    .refine(noControlCharacters, { error: code('invalid_characters') });

/** A trimmed optional text field: empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: code('too_long', max) })
    .refine(noControlCharacters, { error: code('invalid_characters') })
    .optional()
    .transform((v) => (v ? v : null));

/** A trimmed multi-line text that may be empty (a description, notes). */
export const longText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: code('too_long', max) })
    .refine(noControlCharacters, { error: code('invalid_characters') })
    .default('');

export const emailField = z
  .string({ error: code('required') })
  .trim()
  .toLowerCase()
  .min(1, { error: code('required') })
  .max(254, { error: code('too_long', 254) })
  .pipe(z.email({ error: code('invalid_email') }));

/** An optional e-mail field: empty is null, anything else must be a valid address (stored lower-case). */
export const optionalEmailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: code('too_long', 254) })
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(z.email({ error: code('invalid_email') }).nullable());

/** A positive integer id from a form or URL segment. */
export const idField = z.coerce.number({ error: code('invalid_number') }).int().positive();

/** A required choice of a record (a select or picker): empty means "choose one". */
export const requiredId = z.preprocess((v) => (v === '' ? undefined : v), idField.optional()).refine((v) => v !== undefined, {
  error: code('required'),
}).transform((v) => v as number);

/** An HTML checkbox: present ("on") is true, absent is false. */
export const checkboxField = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
