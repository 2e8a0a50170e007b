'use client';

import { html } from '@/components/ui/html';
import type { Locale } from '@/lib/domain/enums';
import { estimatesFor } from './estimate-labels';
import { LineActionsHost, type EditableLine } from './line-actions';

/** A line as the server priced and formatted it, with what its editor starts from. */
export type LineRow = EditableLine & {
  /** Kind, code, unit price × quantity, discount and warranty, joined. */
  details: string;
  total: string;
};

type Props = {
  tableId: string;
  ticketId: number;
  lines: LineRow[];
  /** Whoever may change the lines gets Edit and Remove in each row. */
  editable: boolean;
  mayOverrideStock: boolean;
  locale: Locale;
};

/**
 * The lines table's head and body as HTML strings (a repair may have forty lines), built from the lines'
 * data on the server for the page's HTML and again in the browser, so that the page's payload
 * carries the data rather than the markup a second time. Edit and Remove open in the row through
 * one LineActionsHost for the whole table.
 */
export function LinesBody({ tableId, ticketId, lines, editable, mayOverrideStock, locale }: Props) {
  const { ui, fields } = estimatesFor(locale);
  const head = html`<tr><th scope="col">${fields.name}</th><th scope="col" class="text-right">${fields.quantity}</th><th scope="col" class="text-right">${fields.lineTotal}</th>${
    editable && html`<th scope="col"><span class="sr-only">${ui.actions}</span></th>`
  }</tr>`;
  const rowHtml = (line: LineRow) =>
    html`<tr data-testid="line-row" data-line-id="${line.id}"><td><span data-testid="line-name">${line.name}</span><span class="d" data-testid="line-details">${line.details}</span></td><td class="r q">${line.quantity}</td><td class="r b" data-testid="line-total">${line.total}</td>${
      editable &&
      html`<td class="a"><div class="act"><button type="button" class="btn btn-ghost btn-sm" aria-expanded="false" aria-label="${ui.editLine(line.name)}" data-line-action="edit" data-testid="line-edit">${ui.edit}</button><button type="button" class="btn btn-ghost btn-sm" aria-expanded="false" data-line-action="remove" data-testid="line-remove">${ui.remove}</button></div></td>`
    }</tr>`.value;
  return (
    <>
      <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold text-slate-600 uppercase" dangerouslySetInnerHTML={{ __html: head.value }} />
      <tbody dangerouslySetInnerHTML={{ __html: lines.map(rowHtml).join('') }} />
      {editable && <LineActionsHost tableId={tableId} ticketId={ticketId} lines={lines} mayOverrideStock={mayOverrideStock} locale={locale} />}
    </>
  );
}
