'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field, Input } from '@/components/ui';
import type { ActionState } from '@/lib/action';

type Props = {
  action: (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
  employeeId: number;
  labels: { password: string; hint: string; submit: string };
};

/** An administrator sets someone's password; their sessions end. */
export function SetPasswordForm({ action, employeeId, labels }: Props) {
  const [state, dispatch] = useActionState(action, undefined);
  return (
    <form action={dispatch} id="set-password-form" className="grid max-w-md gap-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={employeeId} />
      <Field label={labels.password} name="password" id="field-new-password" error={state?.fieldErrors?.password} hint={labels.hint} required>
        {(p) => <Input {...p} type="password" autoComplete="new-password" />}
      </Field>
      <div>
        <SubmitButton variant="secondary">{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
