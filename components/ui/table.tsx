import type { ComponentProps } from 'react';
import { cn } from './cn';
import { html, type HtmlPart, type SafeHtml } from './html';

/** A list table whose rows become cards in a narrow box, a cell per line (app/tables.css). */
const CARD_ROWS = 'table-cards';

/** The box around a list table in card mode loses its own frame: each card has one. */
export const CARD_BOX = '@max-2xl:rounded-none @max-2xl:border-0 @max-2xl:bg-transparent';

export type TableProps = ComponentProps<'table'> & {
  /** Names the scroll area; it then becomes a focusable region keyboard users can scroll. */
  label?: string;
  containerClassName?: string;
  /** In a narrow box each row becomes a card (see CARD_ROWS); give the cells a `label`. */
  cards?: boolean;
};

/** Each part's classes, shared by the components and their markup twins below. */
const BOX = 'overflow-x-auto rounded-lg border border-slate-200 bg-white';
const TABLE = 'w-full border-collapse text-left text-sm';
const THEAD = 'border-b border-slate-200 bg-slate-50';
const TBODY = 'divide-y divide-slate-100';
const ROW = 'hover:bg-slate-50/70';
const HEAD_CELL = 'px-3 py-2 text-xs font-semibold tracking-wide whitespace-nowrap text-slate-600 uppercase @max-sm:px-2';
const CELL = 'px-3 py-2 align-top text-slate-800 @max-sm:px-2';

/**
 * A table in a box that measures its own width (columns hide with `@…` container variants) and
 * scrolls sideways only as a last resort: list tables are built to fit, or to become cards.
 */
export function Table({ label, containerClassName, cards = false, className, ...props }: TableProps) {
  return (
    <div className={cn('@container w-full', containerClassName)}>
      <div className={cn(BOX, cards && CARD_BOX)} {...(label ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}>
        <table className={cn(TABLE, cards && CARD_ROWS, className)} {...props} />
      </div>
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<'thead'>) {
  return <thead className={cn(THEAD, className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<'tbody'>) {
  return <tbody className={cn(TBODY, className)} {...props} />;
}

export function TR({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={cn(ROW, className)} {...props} />;
}

export function TH({ scope = 'col', className, ...props }: ComponentProps<'th'>) {
  return <th scope={scope} className={cn(HEAD_CELL, className)} {...props} />;
}

/** `label` names the cell's column where rows are shown as cards (the head is hidden there). */
export function TD({ label, className, ...props }: ComponentProps<'td'> & { label?: string }) {
  return <td data-label={label} className={cn(CELL, className)} {...props} />;
}

/**
 * The same table as markup (Table with a label, THead, TBody), for a card built as one string:
 * `head` is the header row's cells (thHtml), `rows` the body's rows (trHtml).
 */
export function tableHtml({ label, cards = false, head, rows }: { label: string; cards?: boolean; head: HtmlPart; rows: HtmlPart }): SafeHtml {
  return html`<div class="@container w-full"><div class="${cn(BOX, cards && CARD_BOX)}" role="region" aria-label="${label}" tabindex="0"><table class="${cn(TABLE, cards && CARD_ROWS)}"><thead class="${THEAD}"><tr>${head}</tr></thead><tbody class="${TBODY}">${rows}</tbody></table></div></div>`;
}

export function thHtml(content: HtmlPart, className?: string): SafeHtml {
  return html`<th scope="col" class="${cn(HEAD_CELL, className)}">${content}</th>`;
}

export function trHtml(cells: HtmlPart, attributes?: SafeHtml | false): SafeHtml {
  return html`<tr class="${ROW}"${attributes}>${cells}</tr>`;
}

export function tdHtml(content: HtmlPart, { label, className, testId }: { label?: string; className?: string; testId?: string } = {}): SafeHtml {
  return html`<td${label && html` data-label="${label}"`} class="${cn(CELL, className)}"${testId && html` data-testid="${testId}"`}>${content}</td>`;
}
