import type { ComponentProps } from 'react';
import { cn } from './cn';

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
