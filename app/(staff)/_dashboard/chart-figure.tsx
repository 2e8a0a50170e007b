import { html, type SafeHtml } from '@/components/ui/html';
import { ChartCard } from './chart-card';

export type ChartTableRow = {
  cells: string[];
  href?: string;
};

/**
 * A chart card: its title, the chart, and the same figures as a table behind a disclosure that
 * works without JavaScript (and opens for printing). The table is the text alternative for anyone
 * who cannot see the picture, and the way to read exact values. The card is one element
 * (ChartCard): its frame and drawing as markup, its table's rows as data.
 */
export function ChartFigure({
  id,
  title,
  hint,
  showTable,
  tableHead,
  tableRows,
  legend,
  empty,
  note,
  drawing,
}: {
  id: string;
  title: string;
  hint?: string;
  showTable: string;
  tableHead: string[];
  tableRows: ChartTableRow[];
  legend?: SafeHtml;
  /** Shown instead of the chart and its table when there is nothing to show. */
  empty?: string;
  note?: string;
  /** The chart: an `<svg>` built with `html`. */
  drawing: SafeHtml;
}) {
  const header = html`<div class="card-header"><h3 class="card-title" id="${id}-title">${title}</h3>${legend}</div>`;
  const hintMarkup = hint && html`<p class="text-sm text-slate-600">${hint}</p>`;
  if (empty) return <ChartCard id={id} headerMarkup={header.value} bodyMarkup={html`${hintMarkup}<p class="text-sm text-slate-600">${empty}</p>`.value} />;
  const body = html`${hintMarkup}<figure aria-labelledby="${id}-title" class="m-0">${drawing}</figure>${note && html`<p class="text-sm text-slate-600">${note}</p>`}`;
  const rows = tableRows.map(({ cells: [first, ...figures], href }) => ({ cells: [href ? { text: first, href } : first, ...figures] }));
  return <ChartCard id={id} headerMarkup={header.value} bodyMarkup={body.value} table={{ showTable, label: title, head: tableHead, rows }} />;
}
