'use client';

import Link from 'next/link';
import { startTransition, useActionState, useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert, Badge, Button, Field, Input, Select } from '@/components/ui';
import { CLIENT_KINDS, LOCALES, MESSAGE_CHANNELS, type ClientKind, type Locale, type MessageChannel } from '@/lib/domain/enums';
import type { TicketIntakeMessages } from '@/lib/i18n/messages/features/ticket-intake';
import { createIntakeClientAction, type IntakeClientState } from '../actions';
import type { ChosenClient } from './client-picker';

export type NewClientLabels = TicketIntakeMessages['newClient'] & {
  fields: Record<'kind' | 'name' | 'contactPerson' | 'phone' | 'email' | 'locale' | 'notify' | 'preferredChannel', string>;
  hints: Record<'phone' | 'email' | 'notify' | 'preferredChannel', string>;
  channelOptions: Record<'auto' | MessageChannel, string>;
  kinds: Record<ClientKind, string>;
  locales: Record<Locale, string>;
  duplicates: { title: string; body: string; samePhone: string; sameEmail: string };
};

type Props = {
  /** What was typed in the search box: it becomes the phone, the e-mail or the name. */
  seed: string;
  defaultLocale: Locale;
  /** A client was created, or an existing one (a possible duplicate) was picked instead. */
  onChosen: (client: ChosenClient) => void;
  onCancel: () => void;
  labels: NewClientLabels;
};

function seededValues(seed: string) {
  const s = seed.trim();
  if (s.includes('@')) return { email: s };
  if (/^[+\d\s()\-.]{5,}$/.test(s)) return { phone: s };
  return s ? { name: s } : {};
}

/**
 * A separate <form> beside the ticket form (forms cannot nest): creating the client leaves the
 * ticket form and everything typed in it untouched.
 */
export function NewClientForm({ seed, defaultLocale, onChosen, onCancel, labels }: Props) {
  const [state, dispatch] = useActionState(async (prev: IntakeClientState | undefined, form: FormData) => {
    const next = await createIntakeClientAction(prev, form);
    const created = next.created;
    if (created) startTransition(() => onChosen(created));
    return next;
  }, undefined);
  const [seeded] = useState(() => seededValues(seed));
  const values = state?.values;
  const initial = { kind: 'person', name: '', contactPerson: '', phone: '', email: '', locale: defaultLocale, preferredChannel: '', ...seeded };
  const value = (name: keyof typeof initial) => values?.[name] ?? initial[name];
  const [kind, setKind] = useState(value('kind'));
  const errors = state?.fieldErrors;
  const duplicates = state?.duplicates ?? [];
  const f = labels.fields;

  const text = (name: 'name' | 'contactPerson' | 'phone' | 'email', extra: { type?: string; required?: boolean; hint?: string } = {}) => (
    <Field label={f[name]} name={name} id={`new-client-${name}`} error={errors?.[name]} required={extra.required} hint={extra.hint} className="content-start">
      {(p) => <Input {...p} type={extra.type ?? 'text'} defaultValue={value(name)} maxLength={name === 'phone' ? 40 : 200} autoComplete="off" />}
    </Field>
  );

  return (
    <form action={dispatch} noValidate aria-labelledby="new-client-title" className="grid gap-4 rounded-lg border border-primary-200 bg-primary-50/40 p-4" data-testid="new-client-form">
      <div className="space-y-1">
        <h3 id="new-client-title" className="text-base font-semibold">
          {labels.title}
        </h3>
        <p className="text-sm text-slate-600">{labels.intro}</p>
      </div>
      {!state?.ok && <FormMessage state={state} />}
      {duplicates.length > 0 && (
        <Alert tone="warning" title={labels.duplicates.title} data-testid="intake-client-duplicates">
          <p>{labels.duplicates.body}</p>
          <ul className="mt-2 space-y-2">
            {duplicates.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/clients/${d.id}`} target="_blank" className="font-medium underline">
                  {d.name}
                </Link>
                {d.phoneDisplay && <span>{d.phoneDisplay}</span>}
                {d.email && <span>{d.email}</span>}
                {d.samePhone && <Badge tone="warning">{labels.duplicates.samePhone}</Badge>}
                {d.sameEmail && <Badge tone="warning">{labels.duplicates.sameEmail}</Badge>}
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => onChosen({ id: d.id, name: d.name, phone: d.phoneDisplay, email: d.email })}
                  data-testid={`use-client-${d.id}`}
                >
                  {labels.useThis}
                </Button>
              </li>
            ))}
          </ul>
          <input type="hidden" name="confirmDuplicate" value={duplicates.map((d) => d.id).join(',')} />
        </Alert>
      )}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={f.kind} name="kind" id="new-client-kind" error={errors?.kind} required className="content-start">
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
        {text('name', { required: true })}
        {kind === 'company' && text('contactPerson')}
        {text('phone', { type: 'tel', hint: labels.hints.phone })}
        {text('email', { type: 'email', hint: labels.hints.email })}
        <Field label={f.locale} name="locale" id="new-client-locale" error={errors?.locale} required className="content-start">
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
        {/* The desk asks at intake how the client wants to hear from us. */}
        <Field
          label={f.preferredChannel}
          name="preferredChannel"
          id="new-client-preferredChannel"
          error={errors?.preferredChannel}
          hint={labels.hints.preferredChannel}
          className="content-start"
        >
          {(p) => (
            <Select {...p} defaultValue={value('preferredChannel')} key={`channel-${value('preferredChannel')}`}>
              <option value="">{labels.channelOptions.auto}</option>
              {MESSAGE_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {labels.channelOptions[c]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <label className="flex items-start gap-3 text-sm">
        <input
          type="checkbox"
          name="notify"
          id="new-client-notify"
          defaultChecked={values ? values.notify === 'on' : true}
          key={`notify-${values ? values.notify : 'initial'}`}
          className="mt-0.5 size-4 rounded border-slate-300"
        />
        <span className="grid gap-0.5">
          <span className="font-medium text-slate-800">{f.notify}</span>
          <span className="text-slate-500">{labels.hints.notify}</span>
        </span>
      </label>

      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingLabel={labels.creating} data-testid="new-client-submit">
          {duplicates.length > 0 ? labels.createAnyway : labels.submit}
        </SubmitButton>
        <Button variant="ghost" onClick={onCancel}>
          {labels.cancel}
        </Button>
      </div>
    </form>
  );
}
