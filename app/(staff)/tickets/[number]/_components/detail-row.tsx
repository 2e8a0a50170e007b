import type { ReactNode } from 'react';

type Props = { label: string; children: ReactNode; testId?: string; /** Label above the value, for the narrow side column. */ stacked?: boolean };

/** One label–value pair of a description list on the ticket page. */
export function DetailRow({ label, children, testId, stacked }: Props) {
  return (
    <div className={stacked ? 'grid gap-0.5' : 'grid gap-0.5 sm:grid-cols-[11rem_1fr] sm:gap-3'}>
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="text-sm break-words text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
