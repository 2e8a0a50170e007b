'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field, Input } from '@/components/ui';
import type { ActionState } from '@/lib/action';

type Action = (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;

type Labels = { ticket: string; ticketHint: string; attach: string; attaching: string; dismiss: string; dismissing: string };

/** One quarantined reply's two ways out: onto the ticket a manager names, or dismissed. */
export function ReplyActions({ id, suggestedTicket, attach, dismiss, labels }: { id: number; suggestedTicket: string; attach: Action; dismiss: Action; labels: Labels }) {
  const [attachState, attachDispatch] = useActionState(attach, undefined);
  const [dismissState, dismissDispatch] = useActionState(dismiss, undefined);
  return (
    <div className="flex flex-wrap items-end gap-4">
      <form action={attachDispatch} className="grid gap-2" data-testid="attach-reply-form">
        <input type="hidden" name="id" value={id} />
        <FormMessage state={attachState} />
        <div className="flex flex-wrap items-end gap-2">
          <Field label={labels.ticket} name="ticket" id={`reply-${id}-ticket`} hint={labels.ticketHint} error={attachState?.fieldErrors?.ticket} required className="max-w-sm">
            {(p) => <Input {...p} defaultValue={attachState?.values?.ticket ?? suggestedTicket} autoComplete="off" className="w-40" />}
          </Field>
          <SubmitButton pendingLabel={labels.attaching}>{labels.attach}</SubmitButton>
        </div>
      </form>
      <form action={dismissDispatch} className="grid gap-2">
        <input type="hidden" name="id" value={id} />
        <SubmitButton variant="secondary" pendingLabel={labels.dismissing}>
          {labels.dismiss}
        </SubmitButton>
        <FormMessage state={dismissState} />
      </form>
    </div>
  );
}
