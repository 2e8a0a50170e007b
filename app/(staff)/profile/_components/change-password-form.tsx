'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field, Input } from '@/components/ui';
import type { ActionState } from '@/lib/action';

type Props = {
  action: (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
  labels: { currentPassword: string; newPassword: string; confirmPassword: string; hint: string; submit: string };
};

/** Asks for the current password; on success the server ends every session and sends them to sign in. */
export function ChangePasswordForm({ action, labels }: Props) {
  const [state, dispatch] = useActionState(action, undefined);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={dispatch} id="change-password-form" className="grid max-w-md gap-4" noValidate>
      <FormMessage state={state} />
      <Field label={labels.currentPassword} name="currentPassword" error={errors.currentPassword} required>
        {(p) => <Input {...p} type="password" autoComplete="current-password" />}
      </Field>
      <Field label={labels.newPassword} name="newPassword" error={errors.newPassword} hint={labels.hint} required>
        {(p) => <Input {...p} type="password" autoComplete="new-password" />}
      </Field>
      <Field label={labels.confirmPassword} name="confirmPassword" error={errors.confirmPassword} required>
        {(p) => <Input {...p} type="password" autoComplete="new-password" />}
      </Field>
      <div>
        <SubmitButton variant="secondary">{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
