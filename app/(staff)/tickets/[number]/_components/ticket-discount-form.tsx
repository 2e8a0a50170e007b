'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field, Input } from '@/components/ui';
import { setTicketDiscountAction } from '../../line-actions';

/** The discount on the whole ticket (at most the lines' subtotal); empty is none. */
export function TicketDiscountForm({ ticketId, discount, labels }: { ticketId: number; discount: string; labels: { field: string; save: string } }) {
  const [state, dispatch] = useActionState(setTicketDiscountAction, undefined);
  const failed = state && !state.ok;
  const error = failed ? (state.fieldErrors?.discountMinor ?? (state.message ? [state.message] : undefined)) : undefined;
  return (
    <form action={dispatch} className="flex flex-wrap items-end gap-2" data-testid="ticket-discount-form" noValidate>
      <input type="hidden" name="ticketId" value={ticketId} />
      <Field label={labels.field} name="discountMinor" id="ticket-discount" error={error} className="w-48">
        {(p) => <Input {...p} inputMode="decimal" defaultValue={failed ? (state.values?.discountMinor ?? discount) : discount} data-testid="ticket-discount-input" />}
      </Field>
      <SubmitButton size="sm" variant="secondary" data-testid="ticket-discount-save">
        {labels.save}
      </SubmitButton>
    </form>
  );
}
