'use client';

import { useActionState, useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Field, Input, Select, Textarea } from '@/components/ui';
import type { ActionState } from '@/lib/action';
import type { Locale } from '@/lib/domain/enums';
import type { EstimatesMessages } from '@/lib/i18n/messages/features/estimates';
import { addLineAction } from '../../line-actions';
import { CatalogPicker, type CatalogOption } from './catalog-picker';
import { estimatesFor } from './estimate-labels';

type AddLineLabels = { ui: EstimatesMessages['ui']; fields: EstimatesMessages['fields']; kinds: EstimatesMessages['lineKinds'] };

type Props = {
  ticketId: number;
  mayOverrideStock: boolean;
  currency: string;
  locale: Locale;
  /** For tests: the action to post to (the server action by default). */
  action?: (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
};

/**
 * A new line: the description field is also the price-list picker. Choosing an item sends its id
 * (the server copies its kind, code, name, price and warranty); text that was not chosen is a
 * line of its own, with the kind, price and warranty typed here, which is all there is without
 * JavaScript. A refusal for stock shows at the quantity, and a manager gets the reason field.
 */
export function AddLineForm({ ticketId, mayOverrideStock, currency, locale, action = addLineAction }: Props) {
  const [state, dispatch] = useActionState(action, undefined);
  const e = estimatesFor(locale);
  const labels: AddLineLabels = { ui: e.ui, fields: e.fields, kinds: e.lineKinds };
  // After a line is added the form starts afresh (a new key drops the chosen item and the typing).
  const [seen, setSeen] = useState(state);
  const [round, setRound] = useState(0);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setRound((r) => r + 1);
  }
  return (
    <section aria-labelledby="add-line-title" className="space-y-3 border-t border-slate-100 pt-4">
      <h3 id="add-line-title" className="text-sm font-semibold text-slate-900">
        {labels.ui.addLine}
      </h3>
      <form action={dispatch} className="grid gap-3" data-testid="add-line-form" noValidate>
        <FormMessage state={state?.ok ? undefined : state} />
        <input type="hidden" name="ticketId" value={ticketId} />
        <AddLineFields key={round} state={state?.ok ? undefined : state} mayOverrideStock={mayOverrideStock} labels={labels} currency={currency} locale={locale} />
        <div>
          <SubmitButton size="sm" data-testid="add-line-submit">
            {labels.ui.add}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}

function AddLineFields({ state, mayOverrideStock, labels, currency, locale }: { state: ActionState | undefined; mayOverrideStock: boolean; labels: AddLineLabels; currency: string; locale: Locale }) {
  const { ui, fields: f, kinds } = labels;
  const [chosen, setChosen] = useState<CatalogOption | null>(null);
  const errors = state?.fieldErrors ?? {};
  const values = state?.values ?? {};
  const stockRefused = !!errors.quantity && mayOverrideStock && values.catalogItemId !== undefined && values.catalogItemId !== '';
  return (
    <>
      <CatalogPicker
        label={ui.item}
        hint={ui.itemHint}
        error={errors.name ?? errors.catalogItemId}
        initialText={values.name ?? ''}
        initialChosenId={values.catalogItemId ?? ''}
        currency={currency}
        locale={locale}
        labels={ui}
        onChosen={setChosen}
      />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={f.kind} name="kind" id="add-line-kind" error={errors.kind}>
          {(p) =>
            chosen ? (
              <>
                <input type="hidden" name="kind" value={chosen.kind === 'part' ? 'part' : 'work'} />
                <Select {...p} name="kind-shown" value={chosen.kind === 'part' ? 'part' : 'work'} disabled onChange={() => {}}>
                  <option value="work">{kinds.work}</option>
                  <option value="part">{kinds.part}</option>
                </Select>
              </>
            ) : (
              <Select {...p} defaultValue={values.kind ?? 'work'} data-testid="add-line-kind">
                <option value="work">{kinds.work}</option>
                <option value="part">{kinds.part}</option>
              </Select>
            )
          }
        </Field>
        <Field label={f.quantity} name="quantity" id="add-line-quantity" error={errors.quantity} required>
          {(p) => <Input {...p} inputMode="numeric" defaultValue={values.quantity ?? '1'} data-testid="add-line-quantity" />}
        </Field>
        <Field label={f.unitPriceMinor} name="unitPriceMinor" id="add-line-price" error={errors.unitPriceMinor}>
          {(p) => <Input {...p} inputMode="decimal" defaultValue={values.unitPriceMinor ?? ''} placeholder={chosen ? ui.pricePlaceholder : undefined} data-testid="add-line-price" />}
        </Field>
        <Field label={f.discountMinor} name="discountMinor" id="add-line-discount" error={errors.discountMinor}>
          {(p) => <Input {...p} inputMode="decimal" defaultValue={values.discountMinor ?? ''} data-testid="add-line-discount" />}
        </Field>
        {!chosen && (
          <Field label={f.warrantyDays} name="warrantyDays" id="add-line-warranty" error={errors.warrantyDays}>
            {(p) => <Input {...p} inputMode="numeric" defaultValue={values.warrantyDays ?? ''} data-testid="add-line-warranty" />}
          </Field>
        )}
      </div>
      {stockRefused && (
        <Field label={f.stockOverrideReason} name="stockOverrideReason" id="add-line-stock-reason" error={errors.stockOverrideReason}>
          {(p) => <Textarea {...p} rows={2} defaultValue={values.stockOverrideReason ?? ''} data-testid="add-line-stock-reason" />}
        </Field>
      )}
    </>
  );
}
