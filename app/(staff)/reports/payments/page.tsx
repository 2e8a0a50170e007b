import type { Metadata } from 'next';
import { Download } from '@/components/ui/icons';
import { Pager } from '@/components/list/pager';
import { Alert, buttonClasses } from '@/components/ui';
import { html, innerHtml } from '@/components/ui/html';
import { cashGroups, listCashPayments } from '@/db/queries/cash-report';
import { requireStaffWhere } from '@/lib/auth/guards';
import { decodeCursor } from '@/lib/domain/cursor';
import { env } from '@/lib/env';
import { hrefWith } from '@/lib/href';
import { getLocale, getT } from '@/lib/i18n/server';
import { cashRangeInstants, MAX_REPORT_DAYS, resolveCashRange, summarizeCashOnce } from '@/lib/payments/cash-report';
import { canSeeCashReport } from '@/lib/permissions';
import { formatCalendarDate } from '@/lib/time/format';
import { toLocalDate } from '@/lib/time/local-date';
import { CashTotals } from './_components/cash-totals';
import { PaymentList } from './_components/payment-list';
import { PrintButton } from './_components/print-button';
import { CASH_PRINT_CSS } from './_components/print-css';
import { RangeForm } from './_components/range-form';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  await requireStaffWhere(canSeeCashReport);
  return { title: (await getT()).cashReport.title };
}

const single = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

/**
 * /reports/payments?from=YYYY-MM-DD&to=YYYY-MM-DD: the cash report of the local days from..to
 * (APP_TIMEZONE), totals summed by SQLite and one keyset page of the payments; prints as an A4
 * cash count with signature lines.
 */
export default async function CashReportPage({ searchParams }: Props) {
  await requireStaffWhere(canSeeCashReport);
  const [t, locale, raw] = await Promise.all([getT(), getLocale(), searchParams]);
  const c = t.cashReport;
  const timeZone = env().APP_TIMEZONE;
  const today = toLocalDate(new Date(), timeZone);
  const range = resolveCashRange(raw, today);
  const { start, end } = cashRangeInstants(range, timeZone);
  const reports = summarizeCashOnce(await cashGroups(start, end));
  const page = await listCashPayments(start, end, { after: decodeCursor(single(raw.after)), before: decodeCursor(single(raw.before)) });
  const keep = { from: range.from, to: range.to };
  const period = c.period(formatCalendarDate(range.from, locale), formatCalendarDate(range.to, locale));
  const note = range.note === 'tooLong' ? c.notes.tooLong(MAX_REPORT_DAYS) : range.note && c.notes[range.note];

  return (
    <section aria-labelledby="page-title" className="cash-report space-y-5">
      <style>{CASH_PRINT_CSS}</style>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 id="page-title" className="text-2xl font-semibold">
            {c.title}: <span data-testid="cash-period">{period}</span>
          </h1>
          <p className="no-print mt-1 max-w-3xl text-slate-600">{c.intro}</p>
        </div>
        <div className="no-print flex flex-wrap gap-2">
          <a href={hrefWith('/reports/payments/export', keep)} className={buttonClasses('secondary')} download data-testid="cash-export">
            <Download aria-hidden /> {c.export}
          </a>
          <PrintButton label={c.print} />
        </div>
      </div>
      <RangeForm range={range} today={today} t={c} />
      {note && (
        <Alert tone="warning" data-testid="cash-note">
          {note}
        </Alert>
      )}

      {reports.length === 0 ? (
        <p className="text-slate-600" data-testid="cash-empty">
          {c.empty}
        </p>
      ) : (
        reports.map((r) => <CashTotals key={r.currency} report={r} t={c} words={t.payments} locale={locale} />)
      )}

      {page.rows.length > 0 && (
        <section aria-label={c.list} className="space-y-2">
          <h2 className="text-lg font-semibold">{c.list}</h2>
          <PaymentList rows={page.rows} oneDay={range.from === range.to} timeZone={timeZone} t={c} words={t.payments} locale={locale} />
          <div className="no-print">
            <Pager
              prevHref={page.prevCursor ? hrefWith('/reports/payments', { ...keep, before: page.prevCursor }) : null}
              nextHref={page.nextCursor ? hrefWith('/reports/payments', { ...keep, after: page.nextCursor }) : null}
              labels={t.list}
            />
          </div>
        </section>
      )}

      {/* Signature lines for the evening count, on paper only. */}
      <dl
        className="hidden gap-x-8 gap-y-6 pt-8 text-sm print:grid print:grid-cols-3"
        data-testid="cash-signatures"
        dangerouslySetInnerHTML={innerHtml(html`${Object.values(c.signatures).map((label) => html`<div><dt>${label}</dt><dd class="mt-8 border-t border-slate-900"></dd></div>`)}`)}
      />
    </section>
  );
}
