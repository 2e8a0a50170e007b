'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import type { ActionState } from '@/lib/action';

type Props = {
  action: (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
  employeeId: number;
  labels: { body: string; submit: string };
  danger?: boolean;
};

/** Deactivate or reactivate; a refusal (the last administrator, oneself) is shown here. */
export function ActivationForm({ action, employeeId, labels, danger }: Props) {
  const [state, dispatch] = useActionState(action, undefined);
  return (
    <form action={dispatch} id="activation-form" className="grid max-w-md gap-3">
      <p className="text-sm text-slate-600">{labels.body}</p>
      <input type="hidden" name="id" value={employeeId} />
      <div>
        <SubmitButton variant={danger ? 'danger' : 'secondary'}>{labels.submit}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
