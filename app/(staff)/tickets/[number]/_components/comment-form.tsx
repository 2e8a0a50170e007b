'use client';

import { useActionState } from 'react';
import { Eye, EyeOff } from '@/components/ui/icons';
import { SubmitButton } from '@/components/forms/submit-button';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Alert, cn, Field, Textarea } from '@/components/ui';
import type { Locale } from '@/lib/domain/enums';
import { addCommentAction } from '../../actions';
import { commentLabelsFor } from './locale-labels';

type Visibility = 'internal' | 'public';

/** A comment is internal unless the author deliberately makes it visible to the client. */
export function CommentForm({ ticketId, locale }: { ticketId: number; locale: Locale }) {
  const labels = commentLabelsFor(locale);
  const [state, dispatch] = useActionState(addCommentAction, undefined);
  const visibility: Visibility = state?.values?.visibility === 'public' ? 'public' : 'internal';
  const options: { value: Visibility; label: string; hint: string; box: string; Icon: typeof Eye }[] = [
    { value: 'internal', label: labels.internal, hint: labels.internalHint, box: 'border-warning-100 bg-warning-50 text-warning-800', Icon: EyeOff },
    { value: 'public', label: labels.public, hint: labels.publicHint, box: 'border-success-100 bg-success-50 text-success-800', Icon: Eye },
  ];
  return (
    <form action={dispatch} className="grid gap-4" data-testid="comment-form">
      <input type="hidden" name="id" value={ticketId} />
      <ErrorSummary state={state} />
      {state?.message && !state.ok && !state.fieldErrors && <Alert tone="danger">{state.message}</Alert>}
      <Field label={labels.body} name="body" id="comment-body" error={state?.fieldErrors?.body} required>
        {(p) => <Textarea {...p} defaultValue={state?.values?.body ?? ''} maxLength={5000} rows={3} />}
      </Field>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">{labels.visibility}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {options.map(({ value, label, hint, box, Icon }) => (
            <label key={value} className={cn('flex cursor-pointer items-start gap-3 rounded-md border px-3 py-2 text-sm', box)}>
              <input
                type="radio"
                name="visibility"
                value={value}
                id={`comment-${value}`}
                defaultChecked={visibility === value}
                key={`${value}-${visibility}`}
                className="mt-0.5 size-4"
              />
              <span className="grid gap-0.5">
                <span className="flex items-center gap-1 font-medium">
                  <Icon aria-hidden className="size-4" /> {label}
                </span>
                <span>{hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <SubmitButton pendingLabel={labels.saving}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
