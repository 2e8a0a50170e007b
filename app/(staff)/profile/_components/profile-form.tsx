'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field, Input, Select } from '@/components/ui';
import type { ActionState } from '@/lib/action';

type Props = {
  action: (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
  initial: { fullName: string; phone: string | null; locale: string; digestOptOut: boolean };
  locales: { value: string; label: string }[];
  labels: { fullName: string; phone: string; phoneHint: string; locale: string; localeHint: string; digestOptOut: string; digestHint: string; submit: string };
};

/** The employee's own details; role, department and e-mail are not on it. */
export function ProfileForm({ action, initial, locales, labels }: Props) {
  const [state, dispatch] = useActionState(action, undefined);
  const errors = state?.fieldErrors ?? {};
  const value = (name: 'fullName' | 'phone' | 'locale', fallback: string) => state?.values?.[name] ?? fallback;
  const digestOptOut = state?.values ? state.values.digestOptOut === 'on' : initial.digestOptOut;
  return (
    <form action={dispatch} id="profile-form" className="grid max-w-xl gap-4" noValidate>
      <FormMessage state={state} />
      <Field label={labels.fullName} name="fullName" error={errors.fullName} required>
        {(p) => <Input {...p} autoComplete="name" maxLength={200} defaultValue={value('fullName', initial.fullName)} />}
      </Field>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <Field label={labels.phone} name="phone" error={errors.phone} hint={labels.phoneHint}>
          {(p) => <Input {...p} type="tel" autoComplete="tel" defaultValue={value('phone', initial.phone ?? '')} />}
        </Field>
        {/* Keyed: React applies a select's defaultValue only on mount, and the form resets after a submit.
            The hint says why the interface may differ from the browser's language after sign-in. */}
        <Field label={labels.locale} name="locale" error={errors.locale} hint={labels.localeHint} required>
          {(p) => (
            <Select {...p} key={value('locale', initial.locale)} defaultValue={value('locale', initial.locale)}>
              {locales.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="digestOptOut" defaultChecked={digestOptOut} className="mt-0.5 size-4" />
        <span>
          <span className="font-medium">{labels.digestOptOut}</span>
          <span className="block text-slate-500">{labels.digestHint}</span>
        </span>
      </label>
      <div>
        <SubmitButton>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
