'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field, Input, Textarea } from '@/components/ui';
import type { ActionState } from '@/lib/action';

type Initial = { id?: number; name: string; description: string; email: string; phone: string };

export function DepartmentForm({
  action,
  initial,
  labels,
}: {
  action: (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
  initial: Initial;
  labels: { name: string; description: string; email: string; phone: string; submit: string };
}) {
  const [state, dispatch] = useActionState(action, undefined);
  const value = (field: keyof Omit<Initial, 'id'>) => state?.values?.[field] ?? initial[field];
  return (
    <form action={dispatch} className="grid max-w-2xl gap-4" noValidate>
      <FormMessage state={state} />
      {initial.id !== undefined && <input type="hidden" name="id" value={initial.id} />}
      <Field label={labels.name} name="name" required error={state?.fieldErrors?.name}>
        {(p) => <Input {...p} defaultValue={value('name')} maxLength={120} />}
      </Field>
      <Field label={labels.description} name="description" error={state?.fieldErrors?.description}>
        {(p) => <Textarea {...p} defaultValue={value('description')} rows={3} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={labels.email} name="email" error={state?.fieldErrors?.email}>
          {(p) => <Input {...p} type="email" defaultValue={value('email')} />}
        </Field>
        <Field label={labels.phone} name="phone" error={state?.fieldErrors?.phone}>
          {(p) => <Input {...p} type="tel" defaultValue={value('phone')} />}
        </Field>
      </div>
      <div>
        <SubmitButton>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
