import type { ReactNode } from 'react';
import { cn } from './cn';
import type { SafeHtml } from './html';
import { Table, THead } from './table';

/**
 * The cells' look, set once on the table through descendant selectors so that a row carries no
 * class lists: the same look as TD (components/ui/table.tsx). A cell's class says what it holds:
 * `r` a figure (right-aligned, unbroken, tabular digits), `nw` unbroken text, `b` bold, `neg` a
 * negative amount, `muted` secondary text; a row of class `total` closes the table. Alignment and unbroken text apply only where the box is
 * wide enough for columns: a narrow box shows each row as a card.
 */
const CELLS =
  '[&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_td]:text-slate-800 @max-sm:[&_td]:px-2 ' +
  '[&_tbody_tr]:border-t [&_tbody_tr]:border-slate-100 [&_tbody_tr:first-child]:border-t-0 [&_tbody_tr:hover]:bg-slate-50/70 ' +
  '[&_td.r]:tabular-nums @2xl:[&_td.r]:text-right @2xl:[&_td.r]:whitespace-nowrap @2xl:[&_td.nw]:whitespace-nowrap ' +
  '[&_td.b]:font-medium [&_td.neg]:text-red-700 [&_td.muted]:text-slate-600 [&_td_a]:text-primary-700 [&_td_a:hover]:underline ' +
  '[&_tr.total]:border-t-2 [&_tr.total]:border-slate-300 [&_tr.total]:font-semibold';

type Props = {
  /** Names the table's scroll region. */
  label: string;
  /** The header row(s): React, a handful of cells. */
  head: ReactNode;
  /** The body rows, each built with `html` (every value escaped). */
  rows: SafeHtml[];
  className?: string;
  containerClassName?: string;
  /** Rows become cards in a narrow box (the default); a short table of figures may scroll instead. */
  cards?: boolean;
  'data-testid'?: string;
};

/**
 * A read-only table whose body is one HTML string: a report of a few hundred rows would otherwise
 * be a few thousand React elements, rendered, sent as the page's payload and rendered again as
 * HTML, for cells that never change in the browser. Rows become cards in a narrow box; give each
 * cell its `data-label`.
 */
export function HtmlTable({ label, head, rows, className, containerClassName, cards = true, 'data-testid': testId }: Props) {
  return (
    <Table label={label} cards={cards} className={cn(CELLS, className)} containerClassName={containerClassName} data-testid={testId}>
      <THead>{head}</THead>
      <tbody dangerouslySetInnerHTML={{ __html: rows.map((row) => row.value).join('') }} />
    </Table>
  );
}
