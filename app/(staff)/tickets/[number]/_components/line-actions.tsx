'use client';

import { useActionState, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert, Button, Field, Input, Textarea } from '@/components/ui';
import type { Locale } from '@/lib/domain/enums';
import { removeLineAction, updateLineAction } from '../../line-actions';
import { estimatesFor } from './estimate-labels';

export type EditableLine = { id: number; name: string; quantity: number; unitPrice: string; discount: string; isPart: boolean };

type Props = {
  line: EditableLine;
  mayOverrideStock: boolean;
  locale: Locale;
};

type Open = { mode: 'edit' | 'remove'; line: EditableLine; slot: HTMLElement; button: HTMLElement };

/**
 * The lines' own controls, for the whole table at once: the rows are one HTML string (lines-body.tsx),
 * each with an "Edit" and a "Remove" button and its line's id in `data-line-id`. A click opens a
 * small form in that row — quantity, price and discount, or "Remove?" asked in place — rendered
 * into the row's action cell. A ticket with forty lines then costs one client component instead of
 * forty. A stock refusal shows at the quantity, and a manager gets the reason to take the part anyway.
 */
export function LineActionsHost({
  tableId,
  ticketId,
  lines,
  mayOverrideStock,
  locale,
}: {
  tableId: string;
  ticketId: number;
  lines: EditableLine[];
  mayOverrideStock: boolean;
  locale: Locale;
}) {
  const [open, setOpen] = useState<Open | null>(null);
  const byId = useMemo(() => new Map(lines.map((line) => [line.id, line])), [lines]);
  useEffect(() => {
    const table = document.getElementById(tableId);
    if (!table) return;
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element).closest<HTMLElement>('button[data-line-action]');
      const row = button?.closest<HTMLElement>('tr[data-line-id]');
      const line = byId.get(Number(row?.dataset.lineId));
      if (!button || !row || !line || !table.contains(row)) return;
      const mode = button.dataset.lineAction === 'remove' ? 'remove' : 'edit';
      // A second click on the same button closes its form, unless that form's row was re-rendered meanwhile.
      const same = (current: Open | null) => current?.line.id === line.id && current.mode === mode && current.slot.isConnected;
      setOpen((current) => (same(current) ? null : { mode, line, slot: button.parentElement!, button }));
    };
    table.addEventListener('click', onClick);
    return () => table.removeEventListener('click', onClick);
  }, [tableId, byId]);
  useEffect(() => {
    if (!open) return;
    open.button.setAttribute('aria-expanded', 'true');
    return () => open.button.setAttribute('aria-expanded', 'false');
  }, [open]);
  // A row re-rendered by the server (the page's lines changed) leaves an old slot behind: nothing to show in it.
  if (!open || !open.slot.isConnected) return null;
  const close = () => {
    setOpen(null);
    if (open.button.isConnected) open.button.focus();
  };
  return createPortal(
    open.mode === 'edit' ? (
      <EditLineForm key={`edit-${open.line.id}`} line={open.line} mayOverrideStock={mayOverrideStock} locale={locale} onDone={close} />
    ) : (
      <RemoveLine key={`remove-${open.line.id}`} ticketId={ticketId} line={open.line} locale={locale} onKeep={close} />
    ),
    open.slot,
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

function RemoveLine({ ticketId, line, locale, onKeep }: { ticketId: number; line: EditableLine; locale: Locale; onKeep: () => void }) {
  const { ui } = estimatesFor(locale);
  const [removed, remove] = useActionState(removeLineAction, undefined);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <form action={remove} className={POPUP} role="alertdialog" aria-label={ui.removeTitle} onKeyDown={(e) => e.key === 'Escape' && onKeep()}>
      <p className="text-sm">{ui.removeBody(line.name)}</p>
      <input type="hidden" name="lineId" value={line.id} />
      <input type="hidden" name="ticketId" value={ticketId} />
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
