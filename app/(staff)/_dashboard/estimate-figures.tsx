import type { ApprovalRow, AwaitingRow } from '@/db/queries/dashboard-estimates';
import type { Locale } from '@/lib/domain/enums';
import { approvalPercent, awaitingByCurrency } from '@/lib/dashboard/estimates';
import { formatMoney } from '@/lib/i18n/format';
import type { DashboardMessages } from '@/lib/i18n/messages/features/dashboard';
import { BarChart } from './bar-chart';
import { FigureTiles } from './figure-tiles';
import { formatDuration, numberFormatter } from './format';

const HOUR = 3_600_000;

/**
 * The clients' decisions on estimates over the last 30 days (approval rate and median time to
 * decide, per department and overall) and the estimate total still awaiting a decision; each
 * chart carries its figures as a table.
 */
export function EstimateFigures({ approvals, awaiting, d, locale }: { approvals: ApprovalRow[]; awaiting: AwaitingRow[]; d: DashboardMessages; locale: Locale }) {
  const e = d.estimates;
  const n = numberFormatter(locale);
  const percent = (r: ApprovalRow) => `${approvalPercent(r)} %`;
  const departments = approvals.filter((r) => r.departmentId !== null);
  const overall = approvals.find((r) => r.departmentId === null);
  const nameOf = (r: { name: string | null; departmentId: number | null }) => (r.departmentId === null ? e.allDepartments : (r.name ?? String(r.departmentId)));
  const inDays = departments.some((r) => r.medianMs >= 48 * HOUR);
  const unit = inDays ? 24 * HOUR : HOUR;
  const totals = awaitingByCurrency(awaiting);
  const totalText = totals.map((t) => formatMoney(t.totalMinor, t.currency, locale)).join(' + ') || formatMoney(0, 'RUB', locale);
  const several = totals.length > 1;
  // Narrow tables: each chart's table has to fit half the dashboard, and a phone.
  const rateTable = approvals.map((r) => ({ cells: [nameOf(r), `${percent(r)} (${n(r.approved)} / ${n(r.decided)})`] }));
  const timeTable = approvals.map((r) => ({ cells: [nameOf(r), formatDuration(r.medianMs, d), n(r.decided)] }));

  return (
    <section aria-labelledby="estimates-title" className="space-y-3" data-testid="estimate-figures">
      <FigureTiles
        titleId="estimates-title"
        title={e.title}
        hint={e.hint}
        columns="sm:grid-cols-3"
        tiles={[
          { testId: 'approval-rate', value: overall ? percent(overall) : '—', label: e.rate, note: overall ? e.rateOf(overall.approved, overall.decided) : e.noDecisions },
          {
            testId: 'decision-time',
            value: overall ? formatDuration(overall.medianMs, d) : '—',
            label: e.median,
            note: overall ? e.rateOf(overall.approved, overall.decided) : e.noDecisions,
          },
          {
            testId: 'awaiting-decision',
            href: '/tickets?status=awaiting_approval',
            value: totalText,
            label: e.awaiting,
            note: e.awaitingOf(totals.reduce((s, t) => s + t.estimates, 0)),
          },
        ]}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <BarChart
          id="approval-rate-chart"
          title={e.rateChart.title}
          desc={e.rateChart.desc(departments.length, overall ? percent(overall) : '—')}
          bars={departments.map((r) => ({ label: nameOf(r), value: approvalPercent(r), valueText: percent(r) }))}
          tableHead={[e.department, e.rate]}
          tableRows={rateTable}
          formatTick={(v) => `${v} %`}
          showTable={d.showTable}
          empty={departments.length === 0 ? e.rateChart.empty : undefined}
        />
        <BarChart
          id="decision-time-chart"
          title={e.timeChart.title}
          desc={e.timeChart.desc(departments.length, overall ? formatDuration(overall.medianMs, d) : '—')}
          bars={departments.map((r) => ({ label: nameOf(r), value: r.medianMs / unit, valueText: formatDuration(r.medianMs, d) }))}
          tableHead={[e.department, e.median, e.decided]}
          tableRows={timeTable}
          formatTick={inDays ? d.tickDays : d.tickHours}
          showTable={d.showTable}
          empty={departments.length === 0 ? e.timeChart.empty : undefined}
        />
        <BarChart
          id="awaiting-decision-chart"
          title={e.awaitingChart.title}
          desc={e.awaitingChart.desc(new Set(awaiting.map((r) => r.departmentId)).size, totalText)}
          bars={awaiting.map((r) => ({
            label: several ? `${r.name ?? r.departmentId} (${r.currency})` : (r.name ?? String(r.departmentId)),
            value: r.totalMinor / 100,
            valueText: formatMoney(r.totalMinor, r.currency, locale),
            href: `/tickets?status=awaiting_approval&department=${r.departmentId}`,
          }))}
          tableHead={[e.department, e.count, e.total]}
          tableRows={[
            ...awaiting.map((r) => ({
              cells: [r.name ?? String(r.departmentId), n(r.estimates), formatMoney(r.totalMinor, r.currency, locale)],
              href: `/tickets?status=awaiting_approval&department=${r.departmentId}`,
            })),
            ...totals.map((t) => ({ cells: [e.allDepartments, n(t.estimates), formatMoney(t.totalMinor, t.currency, locale)] })),
          ]}
          formatTick={(v) => n(v)}
          showTable={d.showTable}
          empty={awaiting.length === 0 ? e.awaitingChart.empty : undefined}
        />
      </div>
    </section>
  );
}
