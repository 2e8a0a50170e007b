import Form from 'next/form';
import Link from 'next/link';
import { Button, Input, cn } from '@/components/ui';
import { hrefWith } from '@/lib/href';
import type { Messages } from '@/lib/i18n/messages';
import { cashRangePresets, type CashRange } from '@/lib/payments/cash-report';

/** The days of the report: two date fields (a GET form that works without JavaScript) and quick choices. */
export function RangeForm({ range, today, t }: { range: CashRange; today: string; t: Messages['cashReport'] }) {
  const presets = cashRangePresets(today);
  return (
    <div className="no-print flex flex-wrap items-end gap-x-4 gap-y-2">
      <Form action="/reports/payments" className="flex flex-wrap items-end gap-2" aria-label={t.range.label}>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">{t.range.from}</span>
          <Input type="date" name="from" defaultValue={range.from} data-testid="cash-from" />
        </label>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">{t.range.to}</span>
          <Input type="date" name="to" defaultValue={range.to} data-testid="cash-to" />
        </label>
        <Button type="submit" variant="secondary">
          {t.range.show}
        </Button>
      </Form>
      <nav aria-label={t.range.label} className="flex flex-wrap gap-1 text-sm">
        {(Object.keys(presets) as (keyof typeof presets)[]).map((key) => {
          const p = presets[key];
          const on = p.from === range.from && p.to === range.to;
          return (
            <Link
              key={key}
              href={hrefWith('/reports/payments', p)}
              aria-current={on ? 'page' : undefined}
              className={cn('rounded px-2 py-1', on ? 'bg-primary-50 font-semibold text-primary-800' : 'text-slate-700 hover:bg-slate-100')}
            >
              {t.range[key]}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
