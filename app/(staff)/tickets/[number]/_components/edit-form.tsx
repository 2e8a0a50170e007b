'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { SubmitButton } from '@/components/forms/submit-button';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Alert, buttonClasses, Field, Input, Select, Textarea } from '@/components/ui';
import { CHANNELS, PRIORITIES, TICKET_KINDS, type Channel, type Priority, type TicketKind } from '@/lib/domain/enums';
import type { TicketEditField } from '@/lib/validation/tickets';
import { updateTicketAction } from '../../actions';

export type EditableField = TicketEditField;

export type EditFormLabels = {
  fields: Record<EditableField | 'clientId' | 'warranty', string>;
  kinds: Record<TicketKind, string>;
  channels: Record<Channel, string>;
  priorities: Record<Priority, string>;
  sections: { general: string; device: string; work: string };
  clientHint: string;
  submit: string;
  saving: string;
  cancel: string;
};

type Props = {
  ticketId: number;
  version: number;
  client: { id: number; name: string };
  initial: Record<EditableField, string> & { warranty: boolean };
  departments: { id: number; name: string }[];
  cancelHref: string;
  labels: EditFormLabels;
};

const DEVICE_FIELDS = ['deviceType', 'brand', 'model', 'serialNumber'] as const;

/** Every editable field of a ticket, saved only if nobody saved it in between (the hidden version). */
export function EditTicketForm({ ticketId, version, client, initial, departments, cancelHref, labels }: Props) {
  const [state, dispatch] = useActionState(updateTicketAction, undefined);
  const value = (name: EditableField) => state?.values?.[name] ?? initial[name];
  const [kind, setKind] = useState(value('kind'));
  const errors = state?.fieldErrors;
  const deviceErrors = [...DEVICE_FIELDS, 'accessories', 'intakeCondition'].some((name) => errors?.[name]);
  const f = labels.fields;
  const text = (name: EditableField, max: number, extra?: { required?: boolean; hint?: string; className?: string }) => (
    <Field label={f[name]} name={name} error={errors?.[name]} required={extra?.required} hint={extra?.hint} className={extra?.className}>
      {(p) => <Input {...p} defaultValue={value(name)} maxLength={max} autoComplete="off" />}
    </Field>
  );
  const area = (name: EditableField, max: number, rows = 4) => (
    <Field label={f[name]} name={name} error={errors?.[name]}>
      {(p) => <Textarea {...p} defaultValue={value(name)} maxLength={max} rows={rows} />}
    </Field>
  );
  const choice = <T extends string>(name: EditableField, options: readonly T[], names: Record<T, string>, onChange?: (v: string) => void) => (
    <Field label={f[name]} name={name} error={errors?.[name]} required>
      {(p) => (
        <Select {...p} defaultValue={value(name)} key={`${name}-${value(name)}`} onChange={onChange && ((e) => onChange(e.target.value))}>
          {options.map((o) => (
            <option key={o} value={o}>
              {names[o]}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );

  return (
    <form action={dispatch} noValidate className="grid max-w-3xl gap-8" id="ticket-edit-form">
      <input type="hidden" name="id" value={ticketId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="clientId" value={client.id} />
      <ErrorSummary state={state} />
      {state?.message && !state.fieldErrors && (
        <Alert tone="danger" data-testid="form-message">
          {state.message}
        </Alert>
      )}

      <fieldset className="grid gap-5">
        <legend className="mb-2 text-lg font-semibold">{labels.sections.general}</legend>
        <div className="grid gap-1.5">
          <span className="text-sm font-medium text-slate-800">{f.clientId}</span>
          <p className="text-sm" data-testid="edit-client">
            <Link href={`/clients/${client.id}`} className="text-primary-700 hover:underline">
              {client.name}
            </Link>
          </p>
          <p className="text-sm text-slate-500">{labels.clientHint}</p>
          {errors?.clientId && <p className="text-sm font-medium text-danger-700">{errors.clientId[0]}</p>}
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          {choice('kind', TICKET_KINDS, labels.kinds, setKind)}
          {choice('channel', CHANNELS, labels.channels)}
          <Field label={f.departmentId} name="departmentId" error={errors?.departmentId} required>
            {(p) => (
              <Select {...p} defaultValue={value('departmentId')} key={`dept-${value('departmentId')}`}>
                {departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {choice('priority', PRIORITIES, labels.priorities)}
          <Field label={f.dueDate} name="dueDate" error={errors?.dueDate}>
            {(p) => <Input {...p} type="date" defaultValue={value('dueDate')} />}
          </Field>
        </div>
        {text('title', 200, { required: true })}
        {area('description', 5000)}
      </fieldset>

      {/* Hidden, not removed, for a consultation: the fields are still sent, so switching the kind loses nothing. */}
      <fieldset className={kind === 'repair' || deviceErrors ? 'grid gap-5' : 'hidden'} data-testid="edit-device">
        <legend className="mb-2 text-lg font-semibold">{labels.sections.device}</legend>
        <div className="grid gap-5 sm:grid-cols-2">{DEVICE_FIELDS.map((name) => <div key={name}>{text(name, 100)}</div>)}</div>
        {area('accessories', 500, 2)}
        {area('intakeCondition', 1000, 2)}
        <WarrantyCheckbox label={f.warranty} checked={state?.values ? state.values.warranty === 'on' : initial.warranty} />
      </fieldset>

      <fieldset className="grid gap-5">
        <legend className="mb-2 text-lg font-semibold">{labels.sections.work}</legend>
        {area('diagnosis', 5000)}
        {area('workDone', 5000)}
      </fieldset>

      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingLabel={labels.saving}>{labels.submit}</SubmitButton>
        <Link href={cancelHref} className={buttonClasses('secondary')}>
          {labels.cancel}
        </Link>
      </div>
    </form>
  );
}

function WarrantyCheckbox({ label, checked }: { label: string; checked: boolean }) {
  return (
    <div className="flex items-center gap-3">
      <input type="checkbox" id="field-warranty" name="warranty" defaultChecked={checked} key={`warranty-${checked}`} className="size-4 rounded border-slate-300" />
      <label htmlFor="field-warranty" className="text-sm font-medium text-slate-800">
        {label}
      </label>
    </div>
  );
}
