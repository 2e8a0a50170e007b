'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { buttonClasses, Field, Input, Select, Textarea } from '@/components/ui';
import type { ClientFormState } from '@/lib/clients/form-state';
import { CLIENT_KINDS, LOCALES, MESSAGE_CHANNELS, type ClientKind, type Locale, type MessageChannel } from '@/lib/domain/enums';
import { DuplicateWarning, type DuplicateLabels } from './duplicate-warning';

type FieldName = 'kind' | 'name' | 'contactPerson' | 'phone' | 'email' | 'locale' | 'notify' | 'preferredChannel' | 'notes';

export type ClientFormLabels = {
  fields: Record<FieldName, string>;
  hints: Record<'name' | 'contactPerson' | 'phone' | 'email' | 'locale' | 'notify' | 'preferredChannel', string>;
  channelOptions: Record<'auto' | MessageChannel, string>;
  kinds: Record<ClientKind, string>;
  locales: Record<Locale, string>;
  duplicates: DuplicateLabels & { saveAnyway: string };
  submit: string;
  pending: string;
  cancel: string;
};

export type ClientFormInitial = {
  kind: ClientKind;
  name: string;
  contactPerson: string;
  phone: string;
  email: string;
  locale: Locale;
  notify: boolean;
  /** '' = automatic. */
  preferredChannel: '' | MessageChannel;
  notes: string;
};

type Props = {
  action: (prev: ClientFormState | undefined, form: FormData) => Promise<ClientFormState>;
  initial: ClientFormInitial;
  /** Set when editing: sent as the hidden `id`. */
  clientId?: number;
  cancelHref: string;
  labels: ClientFormLabels;
};

/** Create and edit a client; a possible duplicate is shown first and saved only when confirmed. */
export function ClientForm({ action, initial, clientId, cancelHref, labels }: Props) {
  const [state, dispatch] = useActionState(action, undefined);
  const values = state?.values;
  const value = (name: Exclude<FieldName, 'notify'>) => values?.[name] ?? initial[name];
  const [kind, setKind] = useState<string>(value('kind'));
  const errors = state?.fieldErrors;
  const duplicates = state?.duplicates ?? [];

  return (
    <form action={dispatch} noValidate className="grid max-w-2xl gap-5" id="client-form">
      {clientId !== undefined && <input type="hidden" name="id" value={clientId} />}
      <FormMessage state={state} />
      {duplicates.length > 0 && (
        <>
          <DuplicateWarning duplicates={duplicates} labels={labels.duplicates} />
          <input type="hidden" name="confirmDuplicate" value={duplicates.map((d) => d.id).join(',')} />
        </>
      )}

      <Field label={labels.fields.kind} name="kind" error={errors?.kind} required>
        {(p) => (
          <Select {...p} defaultValue={value('kind')} key={`kind-${value('kind')}`} onChange={(e) => setKind(e.target.value)}>
            {CLIENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {labels.kinds[k]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={labels.fields.name} name="name" error={errors?.name} hint={labels.hints.name} required>
        {(p) => <Input {...p} defaultValue={value('name')} maxLength={200} autoComplete="off" />}
      </Field>
      {kind === 'company' && (
        <Field label={labels.fields.contactPerson} name="contactPerson" error={errors?.contactPerson} hint={labels.hints.contactPerson}>
          {(p) => <Input {...p} defaultValue={value('contactPerson')} maxLength={200} autoComplete="off" />}
        </Field>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={labels.fields.phone} name="phone" error={errors?.phone} hint={labels.hints.phone}>
          {(p) => <Input {...p} type="tel" defaultValue={value('phone')} autoComplete="off" />}
        </Field>
        <Field label={labels.fields.email} name="email" error={errors?.email} hint={labels.hints.email}>
          {(p) => <Input {...p} type="email" defaultValue={value('email')} autoComplete="off" />}
        </Field>
      </div>
      <Field label={labels.fields.locale} name="locale" error={errors?.locale} hint={labels.hints.locale} required>
        {(p) => (
          <Select {...p} defaultValue={value('locale')} key={`locale-${value('locale')}`}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {labels.locales[l]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <NotifyCheckbox
        label={labels.fields.notify}
        hint={labels.hints.notify}
        checked={values ? values.notify === 'on' : initial.notify}
      />
      <PreferredChannelField
        label={labels.fields.preferredChannel}
        hint={labels.hints.preferredChannel}
        options={labels.channelOptions}
        value={value('preferredChannel')}
        error={errors?.preferredChannel}
      />
      <Field label={labels.fields.notes} name="notes" error={errors?.notes}>
        {(p) => <Textarea {...p} defaultValue={value('notes')} maxLength={4000} />}
      </Field>

      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingLabel={labels.pending}>{duplicates.length > 0 ? labels.duplicates.saveAnyway : labels.submit}</SubmitButton>
        <Link href={cancelHref} className={buttonClasses('secondary')}>
          {labels.cancel}
        </Link>
      </div>
    </form>
  );
}

function NotifyCheckbox({ label, hint, checked }: { label: string; hint: string; checked: boolean }) {
  return (
    <div className="flex items-start gap-3">
      <input
        type="checkbox"
        id="field-notify"
        name="notify"
        defaultChecked={checked}
        key={`notify-${checked}`}
        aria-describedby="field-notify-hint"
        className="mt-0.5 size-4 rounded border-slate-300"
      />
      <div className="grid gap-0.5 text-sm">
        <label htmlFor="field-notify" className="font-medium text-slate-800">
          {label}
        </label>
        <p id="field-notify-hint" className="text-slate-500">
          {hint}
        </p>
      </div>
    </div>
  );
}

type ChannelFieldProps = { label: string; hint: string; options: Record<'auto' | MessageChannel, string>; value: string; error?: string[] };

/** How the client is told: automatic (Telegram, e-mail, SMS — the first they can receive) or one channel. */
function PreferredChannelField({ label, hint, options, value, error }: ChannelFieldProps) {
  return (
    <Field label={label} name="preferredChannel" error={error} hint={hint}>
      {(p) => (
        <Select {...p} defaultValue={value} key={`channel-${value}`}>
          <option value="">{options.auto}</option>
          {MESSAGE_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {options[c]}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
