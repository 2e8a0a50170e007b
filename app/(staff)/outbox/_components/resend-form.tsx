'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import type { ActionState } from '@/lib/action';

type Props = {
  action: (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
  id: number;
  labels: { button: string; pending: string };
};

export function ResendForm({ action, id, labels }: Props) {
  const [state, dispatch] = useActionState(action, undefined);
  return (
    <form action={dispatch} className="space-y-2" data-testid="resend-form">
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingLabel={labels.pending}>{labels.button}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
