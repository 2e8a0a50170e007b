import type { Locale } from '@/lib/domain/enums';
import { formatDateTime } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import type { DashboardMessages } from '@/lib/i18n/messages/features/dashboard';
import { historyNeedsComputing, recentCurrentFigures, recentHistoryFigures } from './data';
import { calendarDateFormatter, formatDuration, numberFormatter } from './format';
import { BarChart } from './bar-chart';
import { EstimateFigures } from './estimate-figures';
import { LineChart } from './line-chart';
import { RevenueFigures } from './revenue-figures';
import { OverdueList, StatusCounts } from './team-counts';
import { WarrantyReturns } from './warranty-returns';

/** The most loaded employees drawn as bars (a real center has fewer; the seeded million has 200). */
export const MAX_BARS = 20;
const HOUR = 3_600_000;

/** The center's figures for managers and admins; the page shows a skeleton in their place until they are ready. */
export async function TeamSection({
  now,
  today,
  timeZone,
  t,
  d,
  locale,
}: {
  now: Date;
  today: string;
  timeZone: string;
  t: Messages;
  d: DashboardMessages;
  locale: Locale;
}) {
  // SQLite's queries hold the thread while they run: let the page around this section reach the
  // browser first. When the 30-day history must be computed here (up to seconds at a million
  // tickets), wait a little longer so the shell has certainly been written out.
  const delay = (await historyNeedsComputing(timeZone, today, now)) ? 50 : 0;
  await new Promise<void>((resolve) => setTimeout(resolve, delay));
  const current = (await recentCurrentFigures(today)).value;
  const history = await recentHistoryFigures(now, timeZone, today);
  const n = numberFormatter(locale);
  const shortDay = calendarDateFormatter(locale);
  const h = history.value;

  const workload = current.workload;
  const holding = workload.filter((w) => w.count > 0);
  const workloadBars = workload.map((w) => ({
    label: w.active ? w.fullName : `${w.fullName} (${d.workload.inactive})`,
    value: w.count,
    valueText: n(w.count),
    href: `/tickets?assignee=${w.id}&status=open`,
  }));

  const days = h.window.days.map((day) => shortDay(day));
  // Hours on the axis, or days once a median passes two days.
  const inDays = h.readiness.some((r) => r.medianMs >= 48 * HOUR);
  const unit = inDays ? 24 * HOUR : HOUR;
  const readinessBars = h.readiness.map((r) => ({
    label: r.name,
    value: r.medianMs / unit,
    valueText: formatDuration(r.medianMs, d),
  }));

  return (
    <div className="space-y-6">
      <StatusCounts
        byStatus={current.byStatus}
        unassigned={current.unassigned}
        overdue={current.overdue.count}
        t={t}
        d={d}
        locale={locale}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <OverdueList count={current.overdue.count} rows={current.overdue.rows} today={today} t={t} d={d} locale={locale} />
        <BarChart
          id="workload"
          title={d.workload.title}
          desc={d.workload.desc(
            holding.length,
            holding.reduce((s, w) => s + w.count, 0),
            holding[0]?.fullName ?? '',
          )}
          bars={workloadBars.slice(0, MAX_BARS)}
          tableHead={[d.workload.employee, d.workload.count]}
          showTable={d.showTable}
          empty={workloadBars.length === 0 ? d.workload.empty : undefined}
          note={workloadBars.length > MAX_BARS ? d.workload.mostLoaded(MAX_BARS, workloadBars.length) : undefined}
        />
      </div>
      <p className="text-xs text-slate-500" data-testid="history-as-of">
        {d.asOf(formatDateTime(history.computedAt, locale, timeZone))}
      </p>
      <div className="grid gap-6 xl:grid-cols-2">
        <LineChart
          id="trend"
          title={d.trend.title}
          desc={d.trend.desc(sum(h.created), sum(h.closed), days[0], days[days.length - 1])}
          dayLabels={days}
          dayHead={d.trend.day}
          series={[
            {
              key: 'created',
              label: d.trend.created,
              values: h.created,
              className: 'stroke-primary-600',
            },
            {
              key: 'closed',
              label: d.trend.closed,
              values: h.closed,
              className: 'stroke-success-600',
              dash: '6 4',
            },
          ]}
          formatNumber={n}
          showTable={d.showTable}
        />
        <BarChart
          id="readiness"
          title={d.readiness.title}
          hint={d.readiness.hint}
          desc={d.readiness.desc(readinessBars.length)}
          bars={readinessBars}
          tableHead={[d.readiness.department, d.readiness.median, d.readiness.tickets]}
          tableRows={h.readiness.map((r) => ({
            cells: [r.name, formatDuration(r.medianMs, d), n(r.tickets)],
          }))}
          formatTick={inDays ? d.tickDays : d.tickHours}
          showTable={d.showTable}
          empty={readinessBars.length === 0 ? d.readiness.empty : undefined}
        />
      </div>
      <EstimateFigures approvals={h.approvals} awaiting={current.awaiting} d={d} locale={locale} />
      <RevenueFigures revenue={h.revenue} dayLabels={days} d={d} locale={locale} />
      <WarrantyReturns rows={h.warrantyReturns} from={h.window.days[0]} d={d} locale={locale} />
    </div>
  );
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
