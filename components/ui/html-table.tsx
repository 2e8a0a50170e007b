import type { CSSProperties, ReactNode } from 'react';
import { cn } from './cn';
import { cssString } from './html';
import { HtmlRows, type HtmlRow } from './html-rows';
import { CARD_BOX, THead } from './table';

type Props = {
  /** Names the table's scroll region. */
  label: string;
  /** The header row(s): React, a handful of cells. */
  head: ReactNode;
  /** The body rows' cells (HtmlRows): text, escaped when the rows are built. */
  rows: HtmlRow[];
  /** Each column's class, once for all rows (a cell's class, app/tables.css: r, nw, b, neg, muted). */
  columnClasses?: (string | null)[];
  /** `data-testid` on every body row that does not name its own. */
  rowTestId?: string;
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
 * A read-only table whose body is one HTML string (HtmlRows; its look: app/tables.css): a report of
 * a few hundred rows would otherwise be a few thousand React elements, rendered, sent as the page's
 * payload and rendered again as HTML, for cells that never change in the browser.
 */
export function HtmlTable({ label, head, rows, columnClasses, rowTestId, labels, className, containerClassName, 'data-testid': testId }: Props) {
  const cards = labels !== undefined;
  const names = Object.fromEntries((labels ?? []).flatMap((name, i) => (name === null ? [] : [[`--c${i + 1}`, cssString(name)]]))) as CSSProperties;
  return (
    <div className={cn('@container w-full', containerClassName)}>
      <div className={cn('overflow-x-auto rounded-lg border border-slate-200 bg-white', cards && CARD_BOX)} role="region" aria-label={label} tabIndex={0}>
        <table className={cn(cards ? 'html-table-cards' : 'html-table', cards && labels[0] === null && 'html-table-title-first', className)} style={cards ? names : undefined} data-testid={testId}>
          <THead>{head}</THead>
          <HtmlRows rows={rows} columnClasses={columnClasses} rowTestId={rowTestId} />
        </table>
      </div>
    </div>
  );
}
