'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field, Input, Select, Textarea } from '@/components/ui';
import type { ActionState } from '@/lib/action';
import { PAYMENT_METHODS, type Locale } from '@/lib/domain/enums';
import { refundPaymentAction, takePaymentAction } from '../../payment-actions';
import { paymentsFor } from './locale-labels';

type Action = (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;

type Props = {
  ticketId: number;
  /** take: a prepayment or payment (anyone at the desk); refund: money back, with a reason (managers). */
  mode: 'take' | 'refund';
  /** The amount the field starts with ("1500.50"): the balance due for a payment, empty for a refund. */
  defaultAmount: string;
  /** Which kind a payment starts as: a prepayment before the work is ready, a payment after. */
  defaultKind?: 'prepayment' | 'payment';
  locale: Locale;
  /** For tests: the action to post to (the server action by default). */
  action?: Action;
};

/**
 * Takes a payment or gives money back. The server decides everything (the amount must be more
 * than zero, a refund at most what was paid); a refusal shows at the field it is about and keeps
 * what was typed.
 */
export function PaymentForm({ ticketId, mode, defaultAmount, defaultKind = 'payment', locale, action }: Props) {
  const labels = paymentsFor(locale);
  const refund = mode === 'refund';
  const [state, dispatch] = useActionState(action ?? (refund ? refundPaymentAction : takePaymentAction), undefined);
  const f = labels.form;
  const failed = state && !state.ok ? state : undefined;
  const errors = failed?.fieldErrors ?? {};
  const values = failed?.values ?? {};
  const id = (name: string) => `${mode}-payment-${name}`;
  return (
    <section aria-labelledby={id('title')} className="space-y-3 border-t border-slate-100 pt-4">
      <h3 id={id('title')} className="text-sm font-semibold text-slate-900">
        {refund ? f.refundTitle : f.takeTitle}
      </h3>
      <form action={dispatch} className="grid gap-3" data-testid={refund ? 'refund-form' : 'payment-form'} noValidate>
        <FormMessage state={failed} />
        <input type="hidden" name="ticketId" value={ticketId} />
        <div className="grid gap-3 sm:grid-cols-3">
          {!refund && (
            <Field label={f.kind} name="kind" id={id('kind')} error={errors.kind}>
              {(p) => (
                <Select {...p} defaultValue={values.kind ?? defaultKind} data-testid="payment-kind">
                  <option value="prepayment">{labels.kinds.prepayment}</option>
                  <option value="payment">{labels.kinds.payment}</option>
                </Select>
              )}
            </Field>
          )}
          <Field label={f.method} name="method" id={id('method')} error={errors.method} required>
            {(p) => (
              <Select {...p} defaultValue={values.method ?? 'cash'} data-testid={`${mode}-method`}>
                {PAYMENT_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {labels.methods[m]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label={f.amount} name="amountMinor" id={id('amount')} error={errors.amountMinor} hint={refund ? undefined : f.amountHint} required>
            {(p) => <Input {...p} inputMode="decimal" defaultValue={values.amountMinor ?? defaultAmount} autoComplete="off" data-testid={`${mode}-amount`} />}
          </Field>
        </div>
        {refund && (
          <Field label={f.reason} name="reason" id={id('reason')} error={errors.reason} hint={f.refundHint} required>
            {(p) => <Textarea {...p} rows={2} maxLength={500} defaultValue={values.reason ?? ''} data-testid="refund-reason" />}
          </Field>
        )}
        <div>
          <SubmitButton size="sm" variant={refund ? 'secondary' : 'primary'} pendingLabel={refund ? f.refunding : f.taking} data-testid={`${mode}-submit`}>
            {refund ? f.refund : f.take}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
