'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import type { ActionState } from '@/lib/action';

type Props = {
  action: (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
  /** Hidden fields the action needs (the record's id). */
  fields?: Record<string, string | number>;
  body?: string;
  submit: string;
  /** The button's accessible name when the visible word alone is ambiguous (a row's "End"). */
  submitLabel?: string;
  danger?: boolean;
  /** Shown but not pressable (nothing to act on); the last result stays visible. */
  disabled?: boolean;
  id?: string;
};

/** One action behind one button, its refusal or confirmation shown beside it. */
export function OneButtonForm({ action, fields = {}, body, submit, submitLabel, danger, disabled, id }: Props) {
  const [state, dispatch] = useActionState(action, undefined);
  return (
    <form action={dispatch} id={id} className="grid max-w-md gap-3">
      {body && <p className="text-sm text-slate-600">{body}</p>}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <SubmitButton variant={danger ? 'danger' : 'secondary'} aria-label={submitLabel} disabled={disabled}>
          {submit}
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
