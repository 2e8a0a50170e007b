'use client';

import { useActionState } from 'react';
import { Send } from '@/components/ui/icons';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field, Textarea } from '@/components/ui';
import { REPLY_MAX } from '@/lib/validation/conversation';
import { replyToClientAction } from '../../conversation-actions';

export type ReplyLabels = { body: string; hint: string; submit: string; sending: string };

/**
 * The answer to the client. After sending, the form says which channel it went through (or that
 * the client cannot be reached) and empties; after an error it keeps what was typed.
 */
export function ReplyForm({ ticketId, labels }: { ticketId: number; labels: ReplyLabels }) {
  const [state, dispatch] = useActionState(replyToClientAction, undefined);
  return (
    <form action={dispatch} className="grid gap-3" data-testid="reply-form">
      <input type="hidden" name="id" value={ticketId} />
      <div data-testid="reply-result">
        <FormMessage state={state} />
      </div>
      <Field label={labels.body} name="body" id="reply-body" hint={labels.hint} error={state?.fieldErrors?.body} required>
        {(p) => <Textarea {...p} defaultValue={state?.ok ? '' : (state?.values?.body ?? '')} maxLength={REPLY_MAX} rows={3} />}
      </Field>
      <div>
        <SubmitButton pendingLabel={labels.sending} data-testid="reply-submit">
          <Send aria-hidden /> {labels.submit}
        </SubmitButton>
      </div>
    </form>
  );
}
