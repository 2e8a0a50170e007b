'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert, ConfirmDialog, Field, Input, Textarea } from '@/components/ui';
import type { Locale } from '@/lib/domain/enums';
import { removeLineAction, updateLineAction } from '../../line-actions';
import { estimatesFor } from './estimate-labels';

export type EditableLine = { id: number; ticketId: number; name: string; quantity: number; unitPrice: string; discount: string; isPart: boolean };

type Props = {
  line: EditableLine;
  mayOverrideStock: boolean;
  locale: Locale;
};

/**
 * A line's own controls: "Edit" opens a small form (a native disclosure, so it works without
 * JavaScript) for quantity, price and discount; "Remove" asks first. A stock refusal shows at the
 * quantity, and a manager gets the reason to take the part anyway.
 */
export function LineActions({ line, mayOverrideStock, locale }: Props) {
  const { ui, fields: f } = estimatesFor(locale);
  const [state, dispatch] = useActionState(updateLineAction, undefined);
  const [removed, remove, removing] = useActionState(removeLineAction, undefined);
  const errors = state?.ok ? {} : (state?.fieldErrors ?? {});
  const values = state?.ok ? {} : (state?.values ?? {});
  const refused = !state?.ok && !!state?.message;
  const id = (name: string) => `line-${line.id}-${name}`;
  return (
    <div className="flex flex-wrap items-start justify-end gap-2">
      <details className="group relative" open={refused || undefined} data-testid="line-edit">
        <summary className="cursor-pointer rounded-md px-2 py-1 text-sm font-medium text-primary-700 hover:bg-slate-50" aria-label={ui.editLine(line.name)}>
          {ui.edit}
        </summary>
        <form action={dispatch} className="absolute right-0 z-20 mt-1 grid w-72 gap-3 rounded-md border border-slate-200 bg-white p-3 shadow-lg" noValidate>
          <FormMessage state={state?.ok ? undefined : state} />
          <input type="hidden" name="lineId" value={line.id} />
          <Field label={f.quantity} name="quantity" id={id('quantity')} error={errors.quantity} required>
            {(p) => <Input {...p} inputMode="numeric" defaultValue={values.quantity ?? String(line.quantity)} data-testid="line-edit-quantity" />}
          </Field>
          <Field label={f.unitPriceMinor} name="unitPriceMinor" id={id('price')} error={errors.unitPriceMinor} required>
            {(p) => <Input {...p} inputMode="decimal" defaultValue={values.unitPriceMinor ?? line.unitPrice} data-testid="line-edit-price" />}
          </Field>
          <Field label={f.discountMinor} name="discountMinor" id={id('discount')} error={errors.discountMinor}>
            {(p) => <Input {...p} inputMode="decimal" defaultValue={values.discountMinor ?? line.discount} data-testid="line-edit-discount" />}
          </Field>
          {line.isPart && mayOverrideStock && errors.quantity && (
            <Field label={f.stockOverrideReason} name="stockOverrideReason" id={id('stock-reason')} error={errors.stockOverrideReason}>
              {(p) => <Textarea {...p} rows={2} defaultValue={values.stockOverrideReason ?? ''} />}
            </Field>
          )}
          <div>
            <SubmitButton size="sm" data-testid="line-edit-save">
              {ui.save}
            </SubmitButton>
          </div>
        </form>
      </details>
      <ConfirmDialog
        triggerLabel={ui.remove}
        triggerVariant="ghost"
        triggerSize="sm"
        triggerTestId="line-remove"
        title={ui.removeTitle}
        body={ui.removeBody(line.name)}
        confirmLabel={ui.remove}
        cancelLabel={ui.keep}
        formAction={remove}
        hiddenFields={{ lineId: String(line.id), ticketId: String(line.ticketId) }}
        disabled={removing}
      />
      {removed?.message && !removed.ok && (
        <Alert tone="danger" className="basis-full">
          {removed.message}
        </Alert>
      )}
    </div>
  );
}
