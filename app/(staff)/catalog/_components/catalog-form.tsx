'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field, Input, Select } from '@/components/ui';
import type { ActionState } from '@/lib/action';

export type CatalogFormValues = {
  id?: number;
  kind: string;
  code: string;
  name: string;
  priceMinor: string;
  warrantyDays: string;
  departmentId: string;
  stockOnHand: string;
};

export type CatalogFormLabels = {
  fields: { kind: string; code: string; name: string; priceMinor: string; warrantyDays: string; departmentId: string; stockOnHand: string };
  hints: { code: string; price: string; stock: string };
  kinds: { service: string; part: string };
  noDepartment: string;
  submit: string;
};

/** Create or edit a price-list item; what was typed survives a refusal. */
export function CatalogForm({
  action,
  initial,
  departments,
  labels,
}: {
  action: (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
  initial: CatalogFormValues;
  departments: { id: number; name: string }[];
  labels: CatalogFormLabels;
}) {
  const [state, dispatch] = useActionState(action, undefined);
  const value = (field: keyof Omit<CatalogFormValues, 'id'>) => state?.values?.[field] ?? initial[field];
  const errors = state?.fieldErrors;
  const f = labels.fields;
  return (
    <form action={dispatch} className="grid max-w-2xl gap-4" noValidate>
      <FormMessage state={state} />
      {initial.id !== undefined && <input type="hidden" name="id" value={initial.id} />}
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <Field label={f.kind} name="kind" required error={errors?.kind}>
          {(p) => (
            <Select {...p} defaultValue={value('kind')}>
              <option value="service">{labels.kinds.service}</option>
              <option value="part">{labels.kinds.part}</option>
            </Select>
          )}
        </Field>
        <Field label={f.code} name="code" required hint={labels.hints.code} error={errors?.code}>
          {(p) => <Input {...p} defaultValue={value('code')} maxLength={40} autoComplete="off" />}
        </Field>
      </div>
      <Field label={f.name} name="name" required error={errors?.name}>
        {(p) => <Input {...p} defaultValue={value('name')} maxLength={200} autoComplete="off" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={f.priceMinor} name="priceMinor" required hint={labels.hints.price} error={errors?.priceMinor}>
          {(p) => <Input {...p} defaultValue={value('priceMinor')} inputMode="decimal" autoComplete="off" />}
        </Field>
        <Field label={f.warrantyDays} name="warrantyDays" error={errors?.warrantyDays}>
          {(p) => <Input {...p} defaultValue={value('warrantyDays')} inputMode="numeric" autoComplete="off" />}
        </Field>
        <Field label={f.stockOnHand} name="stockOnHand" hint={labels.hints.stock} error={errors?.stockOnHand}>
          {(p) => <Input {...p} defaultValue={value('stockOnHand')} inputMode="numeric" autoComplete="off" />}
        </Field>
      </div>
      <Field label={f.departmentId} name="departmentId" error={errors?.departmentId}>
        {(p) => (
          <Select {...p} defaultValue={value('departmentId')}>
            <option value="">{labels.noDepartment}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div>
        <SubmitButton>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
