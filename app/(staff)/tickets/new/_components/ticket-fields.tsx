'use client';

import type { ReactNode } from 'react';
import { Field, Input, Select, Textarea, type FieldControlProps } from '@/components/ui';
import { CHANNELS, PAYMENT_METHODS, PRIORITIES, TICKET_KINDS, type Channel, type PaymentMethod, type Priority, type TicketKind } from '@/lib/domain/enums';
import type { TicketIntakeMessages } from '@/lib/i18n/messages/features/ticket-intake';
import type { TicketIntakeField } from '@/lib/validation/tickets';

export type IntakeField = TicketIntakeField;

export type TicketFieldLabels = {
  fields: Record<IntakeField | 'warranty', string>;
  kinds: Record<TicketKind, string>;
  channels: Record<Channel, string>;
  priorities: Record<Priority, string>;
  sections: TicketIntakeMessages['sections'];
  /** The assignee hint is the manager's or the technician's, chosen by the page. */
  hints: Omit<TicketIntakeMessages['hints'], 'assigneeManager' | 'assigneeTechnician'> & { assignee: string };
  nobody: string;
  methods: Record<PaymentMethod, string>;
};

/** Options of the assignee select: optgroups by department for managers, just "me" for a technician. */
export type AssigneeGroup = { label: string | null; options: { value: string; label: string }[] };

type Props = {
  value: (name: IntakeField) => string;
  warranty: boolean;
  errors: Record<string, string[] | undefined> | undefined;
  kind: string;
  onKindChange: (kind: string) => void;
  departments: { id: number; name: string }[];
  assignees: AssigneeGroup[];
  labels: TicketFieldLabels;
};

const DEVICE_TEXT = ['deviceType', 'brand', 'model', 'serialNumber'] as const;

/** The ticket's own fields; inputs are uncontrolled and start from `value()` (what was typed before an error). */
export function TicketFields({ value, warranty, errors, kind, onKindChange, departments, assignees, labels }: Props) {
  const f = labels.fields;
  const hints: Partial<Record<IntakeField, string>> = {
    title: labels.hints.title,
    departmentId: labels.hints.department,
    assigneeId: labels.hints.assignee,
    dueDate: labels.hints.dueDate,
    serialNumber: labels.hints.serialNumber,
    accessories: labels.hints.accessories,
    intakeCondition: labels.hints.intakeCondition,
    declaredValueMinor: labels.hints.declaredValueMinor,
    prepaymentMinor: labels.hints.prepaymentMinor,
  };
  const field = (name: IntakeField, control: (p: FieldControlProps) => ReactNode, required = false) => (
    <Field label={f[name]} name={name} error={errors?.[name]} hint={hints[name]} required={required} className="content-start">
      {control}
    </Field>
  );
  const text = (name: IntakeField, max: number, required = false) =>
    field(name, (p) => <Input {...p} defaultValue={value(name)} maxLength={max} autoComplete="off" />, required);
  const money = (name: IntakeField) => field(name, (p) => <Input {...p} inputMode="decimal" defaultValue={value(name)} maxLength={20} autoComplete="off" />);
  const area = (name: IntakeField, max: number, rows: number) => field(name, (p) => <Textarea {...p} defaultValue={value(name)} maxLength={max} rows={rows} />);
  // A select's defaultValue applies only on mount: the key re-mounts it when the value to show changes.
  const choice = <T extends string>(name: IntakeField, options: readonly T[], names: Record<T, string>, onChange?: (v: string) => void) =>
    field(
      name,
      (p) => (
        <Select {...p} defaultValue={value(name)} key={`${name}-${value(name)}`} onChange={onChange && ((e) => onChange(e.target.value))}>
          {options.map((o) => (
            <option key={o} value={o}>
              {names[o]}
            </option>
          ))}
        </Select>
      ),
      true,
    );

  return (
    <>
      <fieldset className="grid gap-5">
        <legend className="mb-2 text-lg font-semibold">{labels.sections.request}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          {choice('kind', TICKET_KINDS, labels.kinds, onKindChange)}
          {choice('channel', CHANNELS, labels.channels)}
          {choice(
            'departmentId',
            departments.map((d) => String(d.id)),
            Object.fromEntries(departments.map((d) => [String(d.id), d.name])),
          )}
          {field('assigneeId', (p) => (
            <Select {...p} defaultValue={value('assigneeId')} key={`assignee-${value('assigneeId')}`}>
              <option value="">{labels.nobody}</option>
              {assignees.map((g, i) =>
                g.label === null ? (
                  g.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)
                ) : (
                  <optgroup key={`${g.label}-${i}`} label={g.label}>
                    {g.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                  </optgroup>
                ),
              )}
            </Select>
          ))}
          {choice('priority', PRIORITIES, labels.priorities)}
          {field('dueDate', (p) => <Input {...p} type="date" defaultValue={value('dueDate')} />)}
        </div>
        {text('title', 200, true)}
        {area('description', 5000, 4)}
      </fieldset>

      {/* For a consultation the device block is hidden and disabled, so none of it is sent or stored. */}
      <fieldset className={kind === 'repair' ? 'grid gap-5' : 'hidden'} disabled={kind !== 'repair'} data-testid="intake-device">
        <legend className="mb-2 text-lg font-semibold">{labels.sections.device}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          {DEVICE_TEXT.map((name) => (
            <div key={name}>{text(name, 100)}</div>
          ))}
        </div>
        {area('accessories', 500, 2)}
        {area('intakeCondition', 1000, 2)}
        <div className="grid gap-5 sm:grid-cols-2">{money('declaredValueMinor')}</div>
        <div className="flex items-center gap-3">
          <input type="checkbox" id="field-warranty" name="warranty" defaultChecked={warranty} key={`warranty-${warranty}`} className="size-4 rounded border-slate-300" />
          <label htmlFor="field-warranty" className="text-sm font-medium text-slate-800">
            {f.warranty}
          </label>
        </div>
      </fieldset>

      <fieldset className="grid gap-5" data-testid="intake-prepayment">
        <legend className="mb-2 text-lg font-semibold">{labels.sections.payment}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          {money('prepaymentMinor')}
          {field('prepaymentMethod', (p) => (
            <Select {...p} defaultValue={value('prepaymentMethod')} key={`method-${value('prepaymentMethod')}`}>
              {PAYMENT_METHODS.map((m) => (
                <option key={m} value={m}>
                  {labels.methods[m]}
                </option>
              ))}
            </Select>
          ))}
        </div>
      </fieldset>
    </>
  );
}
