'use client';

import { html, timeHtml } from '@/components/ui/html';
import type { Locale } from '@/lib/domain/enums';
import { paymentsFor } from './locale-labels';

/** A payment as the server formatted it for the history table. */
export type PaymentRow = {
  kind: 'prepayment' | 'payment' | 'refund';
  at: string;
  when: string;
  kindLabel: string;
  /** A refund's reason, already prefixed with its label ("Reason: …"). */
  reason: string | null;
  method: string;
  amount: string;
  who: string;
};

/**
 * The payments history's head and rows as HTML strings, built from the rows' data on the server for the
 * page's HTML and again in the browser (as the lines table is, lines-body.tsx): the page's payload
 * carries each payment's text once, not forty React elements of table cells and their classes.
 */
export function PaymentRows({ rows, locale }: { rows: PaymentRow[]; locale: Locale }) {
  const h = paymentsFor(locale).history;
  const head = html`<tr><th scope="col" class="px-2 py-2">${h.when}</th><th scope="col" class="px-2 py-2">${h.kind}</th><th scope="col" class="px-2 py-2">${h.method}</th><th scope="col" class="px-2 py-2 text-right">${h.amount}</th><th scope="col" class="px-2 py-2">${h.who}</th></tr>`;
  const rowHtml = (row: PaymentRow) =>
    html`<tr class="border-t border-slate-100 align-top" data-testid="payment-row" data-kind="${row.kind}"><td class="w px-2 py-2 whitespace-nowrap">${timeHtml(new Date(row.at), row.when)}</td><td class="k px-2 py-2">${row.kindLabel}${
      row.reason && html`<span class="block text-xs text-slate-600" data-testid="payment-reason">${row.reason}</span>`
    }</td><td class="m px-2 py-2">${row.method}</td><td class="a px-2 py-2 text-right tabular-nums" data-testid="payment-amount">${row.amount}</td><td class="p px-2 py-2">${row.who}</td></tr>`.value;
  return (
    <>
      <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold text-slate-600 uppercase" dangerouslySetInnerHTML={{ __html: head.value }} />
      <tbody dangerouslySetInnerHTML={{ __html: rows.map(rowHtml).join('') }} />
    </>
  );
}
