'use client';

import { html, SafeHtml } from '@/components/ui/html';
import { htmlRowsMarkup, type HtmlRow } from '@/components/ui/html-rows';
import { thHtml } from '@/components/ui/table';

export type ChartTable = {
  /** The disclosure's label ("Show as a table"). */
  showTable: string;
  /** Names the table's scroll region: the chart's title. */
  label: string;
  head: string[];
  rows: HtmlRow[];
};

/**
 * A chart card as one element. Its header and the chart (`headerMarkup`, `bodyMarkup`) come as
 * markup the server built with `html`; the figures' table, which the HTML already holds once, comes
 * as its rows' data and is built here, on the server for the page and again in the browser. A
 * dashboard has a dozen such cards: as React elements they were a fifth of the page's cost.
 */
export function ChartCard({ id, headerMarkup, bodyMarkup, table }: { id: string; headerMarkup: string; bodyMarkup: string; table?: ChartTable }) {
  const details =
    table &&
    html`<details class="text-sm print:details-content:[content-visibility:visible]" data-testid="${id}-table"><summary class="cursor-pointer text-primary-700 hover:underline print:hidden">${table.showTable}</summary><div class="@container mt-2 w-full"><div class="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label="${table.label}" tabindex="0"><table class="html-table"><thead class="border-b border-slate-200 bg-slate-50"><tr>${table.head.map((h) => thHtml(h, 'whitespace-normal!'))}</tr></thead><tbody>${bodyRows(table)}</tbody></table></div></div></details>`;
  return (
    <div
      className="card break-inside-avoid"
      data-testid={id}
      dangerouslySetInnerHTML={{ __html: `${headerMarkup}<div class="card-content space-y-3">${bodyMarkup}${details ? details.value : ''}</div>` }}
    />
  );
}

/** The body's rows, already escaped; every column after the first is a figure. */
function bodyRows(table: ChartTable): SafeHtml {
  return new SafeHtml(htmlRowsMarkup(table.rows, [null, ...table.head.slice(1).map(() => 'r')]));
}
