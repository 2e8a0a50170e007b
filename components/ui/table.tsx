import type { ComponentProps } from 'react';
import { cn } from './cn';

/**
 * A list table's layout when its box is narrower than 42rem (a phone, or a narrow column): the
 * head is hidden and each row becomes a card. Set once on the table as descendant selectors, so
 * the ticket table (components/tickets/ticket-table.tsx), which renders its rows as one string and
 * arranges its cards itself, shares the frame. The widths are container queries: the same table
 * sits in a full page and in half of the dashboard. In a card nothing refuses to wrap (a long
 * badge would otherwise push past a phone's edge).
 */
export const CARD_FRAME =
  '@max-2xl:block @max-2xl:[&_thead]:hidden @max-2xl:[&_tbody]:grid @max-2xl:[&_tbody]:gap-2 ' +
  '@max-2xl:[&_tbody_tr]:rounded-lg @max-2xl:[&_tbody_tr]:border @max-2xl:[&_tbody_tr]:border-slate-200 @max-2xl:[&_tbody_tr]:bg-white @max-2xl:[&_tbody_tr]:p-3 @max-2xl:[&_tbody_tr]:shadow-sm ' +
  '@max-2xl:[&_tbody_td]:px-0 @max-2xl:[&_tbody_td]:py-0.5 @max-2xl:[&_tbody_td]:text-left @max-2xl:[&_tbody_td]:whitespace-normal @max-2xl:[&_tbody_td_*]:whitespace-normal';

/**
 * A card's cells one per line, in their order (a cell may move with `@max-2xl:-order-1`); a cell
 * with `data-label` (TD's `label`) names its column beside the value.
 */
export const CARD_ROWS =
  `${CARD_FRAME} @max-2xl:[&_tbody_tr]:flex @max-2xl:[&_tbody_tr]:flex-col ` +
  '@max-2xl:[&_td[data-label]]:relative @max-2xl:[&_td[data-label]]:pl-[min(8.5rem,38%)] @max-2xl:[&_td[data-label]]:before:absolute @max-2xl:[&_td[data-label]]:before:left-0 @max-2xl:[&_td[data-label]]:before:w-[min(8rem,36%)] ' +
  '@max-2xl:[&_td[data-label]]:before:text-xs @max-2xl:[&_td[data-label]]:before:leading-5 @max-2xl:[&_td[data-label]]:before:text-slate-600 @max-2xl:[&_td[data-label]]:before:content-[attr(data-label)]';

/** The box around a list table in card mode loses its own frame: each card has one. */
export const CARD_BOX = '@max-2xl:rounded-none @max-2xl:border-0 @max-2xl:bg-transparent';

export type TableProps = ComponentProps<'table'> & {
  /** Names the scroll area; it then becomes a focusable region keyboard users can scroll. */
  label?: string;
  containerClassName?: string;
  /** In a narrow box each row becomes a card (see CARD_ROWS); give the cells a `label`. */
  cards?: boolean;
};

/**
 * A table in a box that measures its own width (columns hide with `@…` container variants) and
 * scrolls sideways only as a last resort: list tables are built to fit, or to become cards.
 */
export function Table({ label, containerClassName, cards = false, className, ...props }: TableProps) {
  return (
    <div className={cn('@container w-full', containerClassName)}>
      <div
        className={cn('overflow-x-auto rounded-lg border border-slate-200 bg-white', cards && CARD_BOX)}
        {...(label ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
      >
        <table className={cn('w-full border-collapse text-left text-sm', cards && CARD_ROWS, className)} {...props} />
      </div>
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<'thead'>) {
  return <thead className={cn('border-b border-slate-200 bg-slate-50', className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<'tbody'>) {
  return <tbody className={cn('divide-y divide-slate-100', className)} {...props} />;
}

export function TR({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={cn('hover:bg-slate-50/70', className)} {...props} />;
}

export function TH({ scope = 'col', className, ...props }: ComponentProps<'th'>) {
  return (
    <th
      scope={scope}
      className={cn('px-3 py-2 text-xs font-semibold tracking-wide whitespace-nowrap text-slate-600 uppercase @max-sm:px-2', className)}
      {...props}
    />
  );
}

/** `label` names the cell's column where rows are shown as cards (the head is hidden there). */
export function TD({ label, className, ...props }: ComponentProps<'td'> & { label?: string }) {
  return <td data-label={label} className={cn('px-3 py-2 align-top text-slate-800 @max-sm:px-2', className)} {...props} />;
}
