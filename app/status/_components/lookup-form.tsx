'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/forms/submit-button';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Alert, Field, Input } from '@/components/ui';
import { lookupStatusAction } from '../actions';

type Labels = { number: string; numberHint: string; contact: string; contactHint: string; submit: string; pending: string };

/** Works without JavaScript too: a plain form posting the server action. */
export function LookupForm({ labels }: { labels: Labels }) {
  const [state, dispatch] = useActionState(lookupStatusAction, undefined);
  return (
    <form action={dispatch} className="grid gap-4" data-testid="lookup-form" noValidate>
      <ErrorSummary state={state} />
      {state?.message && (
        <Alert tone={state.locked ? 'warning' : 'danger'} role="alert" data-testid={state.locked ? 'lookup-locked' : 'lookup-miss'}>
          {state.message}
        </Alert>
      )}
      <Field label={labels.number} name="number" hint={labels.numberHint} error={state?.fieldErrors?.number} required>
        {(p) => <Input {...p} defaultValue={state?.values?.number ?? ''} maxLength={40} autoComplete="off" autoCapitalize="characters" spellCheck={false} />}
      </Field>
      <Field label={labels.contact} name="contact" hint={labels.contactHint} error={state?.fieldErrors?.contact} required>
        {(p) => <Input {...p} defaultValue={state?.values?.contact ?? ''} maxLength={254} spellCheck={false} />}
      </Field>
      <div>
        <SubmitButton pendingLabel={labels.pending} className="w-full sm:w-auto">
          {labels.submit}
        </SubmitButton>
      </div>
    </form>
  );
}
