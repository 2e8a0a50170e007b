import type { CSSProperties, ReactNode } from 'react';
import { cn } from './cn';
import { cssString, type SafeHtml } from './html';
import { CARD_BOX, CARD_FRAME, THead } from './table';

/**
 * The cells' look, set once on the table through descendant selectors so that a row carries no
 * class lists: the same look as TD (components/ui/table.tsx). A cell's class says what it holds:
 * `r` a figure (right-aligned, unbroken, tabular digits), `nw` unbroken text, `b` bold, `neg` a
 * negative amount, `muted` secondary text; a row of class `total` closes the table. Alignment and
 * unbroken text apply only where the box is wide enough for columns: a narrow box shows each row
 * as a card.
 */
const CELLS =
  'w-full border-collapse text-left text-sm [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_td]:text-slate-800 @max-sm:[&_td]:px-2 ' +
  '[&_tbody_tr]:border-t [&_tbody_tr]:border-slate-100 [&_tbody_tr:first-child]:border-t-0 [&_tbody_tr:hover]:bg-slate-50/70 ' +
  '[&_td.r]:tabular-nums @2xl:[&_td.r]:text-right @2xl:[&_td.r]:whitespace-nowrap @2xl:[&_td.nw]:whitespace-nowrap ' +
  '[&_td.b]:font-medium [&_td.neg]:text-red-700 [&_td.muted]:text-slate-600 [&_td_a]:text-primary-700 [&_td_a:hover]:underline ' +
  '[&_tr.total]:border-t-2 [&_tr.total]:border-slate-300 [&_tr.total]:font-semibold';

/**
 * In a card each cell is a line named by its column. The names are set once on the table as
 * custom properties (--c1, --c2, …, see `labels`) and shown by these rules, so no cell carries its
 * column's name: a report of hundreds of rows would repeat it in every cell, twice over.
 */
const CARD_LABELS =
  `${CARD_FRAME} @max-2xl:[&_tbody_tr]:flex @max-2xl:[&_tbody_tr]:flex-col ` +
  '@max-2xl:[&_tbody_td:nth-child(n)]:relative @max-2xl:[&_tbody_td:nth-child(n)]:pl-[min(8.5rem,38%)] ' +
  '@max-2xl:[&_td]:before:absolute @max-2xl:[&_td]:before:left-0 @max-2xl:[&_td]:before:w-[min(8rem,36%)] @max-2xl:[&_td]:before:text-xs @max-2xl:[&_td]:before:leading-5 @max-2xl:[&_td]:before:font-normal @max-2xl:[&_td]:before:text-slate-600 ' +
  '@max-2xl:[&_td:nth-child(1)]:before:content-[var(--c1)] @max-2xl:[&_td:nth-child(2)]:before:content-[var(--c2)] @max-2xl:[&_td:nth-child(3)]:before:content-[var(--c3)] ' +
  '@max-2xl:[&_td:nth-child(4)]:before:content-[var(--c4)] @max-2xl:[&_td:nth-child(5)]:before:content-[var(--c5)] @max-2xl:[&_td:nth-child(6)]:before:content-[var(--c6)] ' +
  '@max-2xl:[&_td:nth-child(7)]:before:content-[var(--c7)] @max-2xl:[&_td:nth-child(8)]:before:content-[var(--c8)] @max-2xl:[&_td:nth-child(9)]:before:content-[var(--c9)]';

/** The first column is the card's title: a line of its own, unnamed, in bold. */
const TITLE_FIRST = '@max-2xl:[&_tbody_tr_td:first-child]:pl-0 @max-2xl:[&_tbody_tr_td:first-child]:font-medium';

type Props = {
  /** Names the table's scroll region. */
  label: string;
  /** The header row(s): React, a handful of cells. */
  head: ReactNode;
  /** The body rows, each built with `html` (every value escaped). */
  rows: SafeHtml[];
  /**
   * Each column's name in a card, in order (at most nine); `null` first makes the first column the
   * card's title. Without labels the table scrolls sideways in a narrow box instead of becoming cards.
   */
  labels?: (string | null)[];
  className?: string;
  containerClassName?: string;
  'data-testid'?: string;
};

/**
 * A read-only table whose body is one HTML string: a report of a few hundred rows would otherwise
 * be a few thousand React elements, rendered, sent as the page's payload and rendered again as
 * HTML, for cells that never change in the browser.
 */
export function HtmlTable({ label, head, rows, labels, className, containerClassName, 'data-testid': testId }: Props) {
  const cards = labels !== undefined;
  const names = Object.fromEntries((labels ?? []).flatMap((name, i) => (name === null ? [] : [[`--c${i + 1}`, cssString(name)]]))) as CSSProperties;
  return (
    <div className={cn('@container w-full', containerClassName)}>
      <div className={cn('overflow-x-auto rounded-lg border border-slate-200 bg-white', cards && CARD_BOX)} role="region" aria-label={label} tabIndex={0}>
        <table className={cn(CELLS, cards && CARD_LABELS, cards && labels[0] === null && TITLE_FIRST, className)} style={cards ? names : undefined} data-testid={testId}>
          <THead>{head}</THead>
          <tbody dangerouslySetInnerHTML={{ __html: rows.map((row) => row.value).join('') }} />
        </table>
      </div>
    </div>
  );
}
