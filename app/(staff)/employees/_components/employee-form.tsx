'use client';

import Link from 'next/link';
import { useActionState, type ComponentProps } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field, Input, Select, buttonClasses } from '@/components/ui';
import type { ActionState } from '@/lib/action';

export type Option = { value: string; label: string };

export type EmployeeFormLabels = {
  fields: { fullName: string; email: string; phone: string; position: string; departmentId: string; role: string; locale: string; digestOptOut: string; password: string };
  hints: { email: string; phone: string; digestOptOut: string; password: string };
  chooseDepartment: string;
  submit: string;
  pending: string;
  cancel: string;
};

export type EmployeeFormInitial = {
  id: number;
  fullName: string;
  email: string;
  phone: string | null;
  position: string;
  departmentId: number;
  role: string;
  locale: string;
  digestOptOut: boolean;
};

type Props = {
  action: (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
  labels: EmployeeFormLabels;
  departments: Option[];
  roles: Option[];
  locales: Option[];
  /** Absent on create: the form then asks for an initial password. */
  initial?: EmployeeFormInitial;
  cancelHref: string;
};

/** Create and edit an employee. What the user typed survives a refused submit. */
export function EmployeeForm({ action, labels, departments, roles, locales, initial, cancelHref }: Props) {
  const [state, dispatch] = useActionState(action, undefined);
  const errors = state?.fieldErrors ?? {};
  const value = (name: keyof EmployeeFormInitial, fallback: string) => state?.values?.[name] ?? fallback;
  const digestOptOut = state?.values ? state.values.digestOptOut === 'on' : (initial?.digestOptOut ?? false);
  const f = labels.fields;

  return (
    <form action={dispatch} id="employee-form" className="grid max-w-2xl gap-4" noValidate>
      <FormMessage state={state} />
      {initial && <input type="hidden" name="id" value={initial.id} />}
      <Field label={f.fullName} name="fullName" error={errors.fullName} required>
        {(p) => <Input {...p} autoComplete="off" maxLength={200} defaultValue={value('fullName', initial?.fullName ?? '')} />}
      </Field>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <Field label={f.email} name="email" error={errors.email} hint={labels.hints.email} required>
          {(p) => <Input {...p} type="email" autoComplete="off" defaultValue={value('email', initial?.email ?? '')} />}
        </Field>
        <Field label={f.phone} name="phone" error={errors.phone} hint={labels.hints.phone}>
          {(p) => <Input {...p} type="tel" autoComplete="off" defaultValue={value('phone', initial?.phone ?? '')} />}
        </Field>
      </div>
      <Field label={f.position} name="position" error={errors.position}>
        {(p) => <Input {...p} maxLength={200} defaultValue={value('position', initial?.position ?? '')} />}
      </Field>
      <div className="grid items-start gap-4 sm:grid-cols-3">
        <Field label={f.departmentId} name="departmentId" error={errors.departmentId} required>
          {(p) => (
            <Choices
              {...p}
              options={[{ value: '', label: labels.chooseDepartment }, ...departments]}
              defaultValue={value('departmentId', initial ? String(initial.departmentId) : '')}
            />
          )}
        </Field>
        <Field label={f.role} name="role" error={errors.role} required>
          {(p) => <Choices {...p} options={roles} defaultValue={value('role', initial?.role ?? 'technician')} />}
        </Field>
        <Field label={f.locale} name="locale" error={errors.locale} required>
          {(p) => <Choices {...p} options={locales} defaultValue={value('locale', initial?.locale ?? 'ru')} />}
        </Field>
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="digestOptOut" defaultChecked={digestOptOut} className="mt-0.5 size-4" />
        <span>
          <span className="font-medium">{f.digestOptOut}</span>
          <span className="block text-slate-500">{labels.hints.digestOptOut}</span>
        </span>
      </label>
      {!initial && (
        <Field label={f.password} name="password" error={errors.password} hint={labels.hints.password} required>
          {(p) => <Input {...p} type="password" autoComplete="new-password" />}
        </Field>
      )}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
        <Link href={cancelHref} className={buttonClasses('ghost')}>
          {labels.cancel}
        </Link>
      </div>
    </form>
  );
}

/**
 * React applies a select's defaultValue only when it mounts, so after a refused submit the
 * form reset would fall back to the first choice; keying by the value remounts it with what
 * the user had chosen.
 */
function Choices({ options, defaultValue, ...props }: ComponentProps<typeof Select> & { options: Option[]; defaultValue: string }) {
  return (
    <Select key={defaultValue} defaultValue={defaultValue} {...props}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Select>
  );
}
