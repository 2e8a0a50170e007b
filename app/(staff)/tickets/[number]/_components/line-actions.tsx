'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert, Button, Field, Input, Textarea } from '@/components/ui';
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
 * A line's own controls: "Edit" opens a small form for quantity, price and discount; "Remove"
 * asks first, in place. Both render only their button until pressed: a ticket with forty lines
 * would otherwise send forty forms and dialogs with every view of the page (the benchmark's
 * ticket with 40 lines served a quarter of the floor's requests so). A stock refusal shows at the
 * quantity, and a manager gets the reason to take the part anyway.
 */
export function LineActions({ line, mayOverrideStock, locale }: Props) {
  const { ui } = estimatesFor(locale);
  const [mode, setMode] = useState<'idle' | 'edit' | 'remove'>('idle');
  return (
    <div className="relative flex flex-wrap items-start justify-end gap-2">
      <Button
        variant="ghost"
        size="sm"
        aria-expanded={mode === 'edit'}
        aria-label={ui.editLine(line.name)}
        onClick={() => setMode(mode === 'edit' ? 'idle' : 'edit')}
        data-testid="line-edit"
      >
        {ui.edit}
      </Button>
      <Button variant="ghost" size="sm" aria-expanded={mode === 'remove'} onClick={() => setMode(mode === 'remove' ? 'idle' : 'remove')} data-testid="line-remove">
        {ui.remove}
      </Button>
      {mode === 'edit' && <EditLineForm line={line} mayOverrideStock={mayOverrideStock} locale={locale} onDone={() => setMode('idle')} />}
      {mode === 'remove' && <RemoveLine line={line} locale={locale} onKeep={() => setMode('idle')} />}
    </div>
  );
}

const POPUP = 'absolute top-full right-0 z-20 mt-1 grid w-72 gap-3 rounded-md border border-slate-200 bg-white p-3 shadow-lg';

function EditLineForm({ line, mayOverrideStock, locale, onDone }: Props & { onDone: () => void }) {
  const { ui, fields: f } = estimatesFor(locale);
  const [state, dispatch] = useActionState(updateLineAction, undefined);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (state?.ok) onDone();
  }, [state, onDone]);
  const errors = state?.ok ? {} : (state?.fieldErrors ?? {});
  const values = state?.ok ? {} : (state?.values ?? {});
  const id = (name: string) => `line-${line.id}-${name}`;
  return (
    <form action={dispatch} className={POPUP} noValidate onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <FormMessage state={state?.ok ? undefined : state} />
      <input type="hidden" name="lineId" value={line.id} />
      <Field label={f.quantity} name="quantity" id={id('quantity')} error={errors.quantity} required>
        {(p) => <Input {...p} ref={first} inputMode="numeric" defaultValue={values.quantity ?? String(line.quantity)} data-testid="line-edit-quantity" />}
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
      <div className="flex gap-2">
        <SubmitButton size="sm" data-testid="line-edit-save">
          {ui.save}
        </SubmitButton>
        <Button type="button" variant="ghost" size="sm" onClick={onDone}>
          {ui.keep}
        </Button>
      </div>
    </form>
  );
}

function RemoveLine({ line, locale, onKeep }: { line: EditableLine; locale: Locale; onKeep: () => void }) {
  const { ui } = estimatesFor(locale);
  const [removed, remove] = useActionState(removeLineAction, undefined);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <form action={remove} className={POPUP} role="alertdialog" aria-label={ui.removeTitle} onKeyDown={(e) => e.key === 'Escape' && onKeep()}>
      <p className="text-sm">{ui.removeBody(line.name)}</p>
      <input type="hidden" name="lineId" value={line.id} />
      <input type="hidden" name="ticketId" value={line.ticketId} />
      {removed?.message && !removed.ok && <Alert tone="danger">{removed.message}</Alert>}
      <div className="flex gap-2">
        <SubmitButton size="sm" variant="danger" ref={confirm} data-testid="line-remove-confirm">
          {ui.remove}
        </SubmitButton>
        <Button type="button" variant="ghost" size="sm" onClick={onKeep}>
          {ui.keep}
        </Button>
      </div>
    </form>
  );
}
