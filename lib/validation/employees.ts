import { z } from 'zod';
import { MIN_PASSWORD_LENGTH, passwordWeakness } from '@/lib/auth/password';
import { LOCALES, ROLES } from '@/lib/domain/enums';
import { code, emailField, optionalText, requiredText } from './codes';
import { optionalPhoneField } from './phone';

const checkbox = z.preprocess((v) => v === 'on' || v === 'true', z.boolean());

/** A record id from a hidden field or a select: a positive integer. */
export const idField = z
  .string({ error: code('required') })
  .trim()
  .min(1, { error: code('required'), abort: true })
  .regex(/^[1-9]\d{0,14}$/, { error: code('invalid_choice') })
  .transform(Number);

/** A new password: never trimmed (spaces are allowed characters), and strong enough. */
export const newPasswordField = z
  .string({ error: code('required') })
  .min(1, { error: code('required') })
  .max(200, { error: code('too_long', 200) })
  .superRefine((value, ctx) => {
    if (!value || value.length > 200) return; // already reported above
    const weakness = passwordWeakness(value);
    if (weakness === 'too_short') ctx.addIssue({ code: 'custom', message: code('password_too_short', MIN_PASSWORD_LENGTH) });
    if (weakness === 'too_simple') ctx.addIssue({ code: 'custom', message: code('password_too_simple') });
  });

export const FULL_NAME_MAX = 200;
export const POSITION_MAX = 200;

const employeeFields = {
  fullName: requiredText(FULL_NAME_MAX),
  email: emailField,
  phone: optionalPhoneField,
  position: optionalText(POSITION_MAX).transform((v) => v ?? ''),
  departmentId: idField,
  role: z.enum(ROLES, { error: code('invalid_choice') }),
  locale: z.enum(LOCALES, { error: code('invalid_choice') }),
  digestOptOut: checkbox,
};

export const createEmployeeSchema = z.object({ ...employeeFields, password: newPasswordField });
export type CreateEmployeeInput = z.infer<typeof createEmployeeSchema>;

export const updateEmployeeSchema = z.object({ id: idField, ...employeeFields });
export type UpdateEmployeeInput = z.infer<typeof updateEmployeeSchema>;

export const setPasswordSchema = z.object({ id: idField, password: newPasswordField });

export const employeeIdSchema = z.object({ id: idField });
/** One row of staff_sessions, as the profile's session list posts it. */
export const sessionIdSchema = z.object({ id: idField });

/** What an employee may change about themselves; role, department and e-mail are not here, so they are dropped. */
export const profileSchema = z.object({
  fullName: employeeFields.fullName,
  phone: employeeFields.phone,
  locale: employeeFields.locale,
  digestOptOut: employeeFields.digestOptOut,
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: code('required') }).min(1, { error: code('required') }).max(1024),
  newPassword: newPasswordField,
  confirmPassword: z.string({ error: code('required') }).min(1, { error: code('required') }),
});

export const EMPLOYEE_SORTS = ['name', 'newest'] as const;
export type EmployeeSort = (typeof EMPLOYEE_SORTS)[number];

const firstOf = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The list URL: anything hand-edited and wrong falls back to the default instead of failing the page. */
export const employeeListParams = z.object({
  q: z.preprocess(firstOf, z.string().trim().max(200).optional()).catch(undefined),
  sort: z.preprocess(firstOf, z.enum(EMPLOYEE_SORTS)).catch('name'),
  after: z.preprocess(firstOf, z.string().max(512).optional()).catch(undefined),
  before: z.preprocess(firstOf, z.string().max(512).optional()).catch(undefined),
});
export type EmployeeListParams = z.infer<typeof employeeListParams>;

/** A route segment such as "42"; anything else is not an employee. */
export function parseEmployeeId(raw: string): number | null {
  if (!/^\d{1,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
