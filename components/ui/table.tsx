import type { ComponentProps } from 'react';
import { cn } from './cn';

export type TableProps = ComponentProps<'table'> & {
  /** Names the scroll area; it then becomes a focusable region keyboard users can scroll. */
  label?: string;
  containerClassName?: string;
};

/** A table inside a horizontally scrollable box, so wide lists work on phones. */
export function Table({ label, containerClassName, className, ...props }: TableProps) {
  return (
    <div
      className={cn('w-full overflow-x-auto rounded-lg border border-slate-200 bg-white', containerClassName)}
      {...(label ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
    >
      <table className={cn('w-full border-collapse text-left text-sm', className)} {...props} />
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
      className={cn('px-3 py-2 text-xs font-semibold tracking-wide whitespace-nowrap text-slate-600 uppercase', className)}
      {...props}
    />
  );
}

export function TD({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cn('px-3 py-2 align-top text-slate-800', className)} {...props} />;
}
