import { z } from 'zod';
import { requireStaff, type Staff } from '@/lib/auth/session';
import { DomainError } from '@/lib/domain/errors';
import { getLocale } from '@/lib/i18n/server';
import { messagesFor } from '@/lib/i18n/messages';
import { translateValidation, zodErrorMap } from '@/lib/validation/codes';

export type ActionState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** With field errors: the title of the form's error summary, in the user's language. */
  summary?: string;
  /** What the user submitted, so React 19's form reset does not wipe their typing after an error. */
  values?: Record<string, string>;
  /** The refusal's code ("estimate.closing_incomplete"), for a form that offers a way past that one. */
  code?: string;
};

/**
 * `allow` for an action whose real permission check runs in its command, against the row the
 * command's transaction reads (so a stale page cannot slip past it); the command refuses.
 */
export const checkedInCommand = () => true;

export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION')) continue; // React's own fields
    if (typeof value === 'string') values[key] = value;
  }
  return values;
}

/** What is echoed back to the form after an error: everything typed except passwords. */
function echoable(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}

/**
 * Every server action is a public POST endpoint. This wrapper signs in, validates and
 * authorizes in one place, so no action can forget one of them.
 */
export function staffAction<S extends z.ZodType>(
  opts: { schema: S; allow: (user: Staff, input: z.infer<S>) => boolean | Promise<boolean> },
  run: (input: z.infer<S>, user: Staff) => Promise<ActionState | void> | ActionState | void,
) {
  return async (_prev: ActionState | undefined, form: FormData): Promise<ActionState> => {
    const user = await requireStaff();
    const locale = await getLocale();
    const t = messagesFor(locale);
    const submitted = formValues(form);
    const values = echoable(submitted);
    const parsed = opts.schema.safeParse(submitted, { error: zodErrorMap(locale) });
    if (!parsed.success) {
      const { fieldErrors, formErrors } = z.flattenError(parsed.error);
      const translated = Object.fromEntries(
        Object.entries(fieldErrors as Record<string, string[]>).map(([k, msgs]) => [k, msgs.map((m) => translateValidation(m, t))]),
      );
      return { fieldErrors: translated, summary: t.errors.summary, message: formErrors[0] && translateValidation(formErrors[0], t), values };
    }
    if (!(await opts.allow(user, parsed.data))) return { message: t.errors.forbidden, values };
    try {
      return (await run(parsed.data, user)) ?? { ok: true };
    } catch (error) {
      if (error instanceof DomainError) {
        const { message, fieldErrors } = error.explain(t);
        return { message, fieldErrors, summary: fieldErrors && t.errors.summary, values, code: error.code };
      }
      throw error; // redirect(), notFound() and real bugs
    }
  };
}
