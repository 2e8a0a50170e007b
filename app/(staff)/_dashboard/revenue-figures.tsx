import type { RevenueFigures as Figures } from '@/db/queries/dashboard-revenue';
import type { Locale } from '@/lib/domain/enums';
import { averageTicket, dailySeries, workByDepartment, workByTechnician, type RevenueShare } from '@/lib/dashboard/revenue';
import { formatMoney } from '@/lib/i18n/format';
import type { DashboardMessages } from '@/lib/i18n/messages/features/dashboard';
import { minorToDecimalString } from '@/lib/money';
import { intlLocale } from '@/lib/time/format';
import { BarChart } from './bar-chart';
import { LineChart } from './line-chart';
import { FigureTiles } from './figure-tiles';

/** Technicians drawn as bars (the seeded million has 200); the table lists the same ones. */
export const MAX_REVENUE_BARS = 20;
const DASHES = [undefined, '6 4', '2 3'];
const COLOURS = ['stroke-primary-600', 'stroke-success-600', 'stroke-slate-500'];

const compactFormats = new Map<Locale, Intl.NumberFormat>();

/** An axis label: whole major units, short ("12K", "12 тыс."); the table shows the exact amounts. */
function compactMajor(locale: Locale): (minor: number) => string {
  let f = compactFormats.get(locale);
  if (!f) compactFormats.set(locale, (f = new Intl.NumberFormat(intlLocale[locale], { notation: 'compact', maximumFractionDigits: 1 })));
  const format = f;
  return (minor) => format.format(Math.round(minor / 100));
}

const plainFormats = new Map<Locale, Intl.NumberFormat>();

/** An amount without its currency sign, from its digits (the column head names the currency). */
function plainMoney(locale: Locale): (minor: number) => string {
  let f = plainFormats.get(locale);
  if (!f) plainFormats.set(locale, (f = new Intl.NumberFormat(intlLocale[locale], { minimumFractionDigits: 2 })));
  const format = f;
  return (minor) => format.format(minorToDecimalString(minor) as Intl.StringNumericLiteral);
}

/**
 * Revenue over the last 30 days (issue 17): money taken per local day net of refunds, the average
 * bill of closed repairs, and work revenue per department and per technician; each chart carries
 * its figures as a table of at most three columns, so it fits half the dashboard and a phone.
 */
export function RevenueFigures({
  revenue,
  dayLabels,
  d,
  locale,
}: {
  revenue: Figures;
  /** The window's days as the other charts label them, oldest first. */
  dayLabels: string[];
  d: DashboardMessages;
  locale: Locale;
}) {
  const r = d.revenue;
  const money = (minor: number, currency: string) => formatMoney(minor, currency, locale);
  const series = dailySeries(revenue.perDay, dayLabels.length);
  const main = series[0]?.currency ?? 'RUB';
  const several = series.length > 1;
  const takenText = series.length === 0 ? money(0, main) : series.map((s) => money(s.totalMinor, s.currency)).join(' + ');
  const averages = averageTicket(revenue.closed);
  const departments = workByDepartment(revenue.closed);
  const technicians = workByTechnician(revenue.closed);
  const totalOf = (rows: RevenueShare[]) => {
    const by = new Map<string, number>();
    for (const s of rows) by.set(s.currency, (by.get(s.currency) ?? 0) + s.workMinor);
    return [...by].map(([c, m]) => money(m, c)).join(' + ') || money(0, main);
  };
  const label = (s: RevenueShare, fallback: string) => {
    const name = s.name ?? fallback;
    return several ? `${name} (${s.currency})` : name;
  };
  const bars = (rows: RevenueShare[], fallback: (s: RevenueShare) => string) =>
    rows.map((s) => ({ label: label(s, fallback(s)), value: s.workMinor, valueText: money(s.workMinor, s.currency) }));
  const technicianName = (s: RevenueShare) => (s.id === null ? r.unassigned : String(s.id));
  const shownTechnicians = technicians.slice(0, MAX_REVENUE_BARS);

  return (
    <section aria-labelledby="revenue-title" className="space-y-3" data-testid="revenue-figures">
      <FigureTiles
        titleId="revenue-title"
        title={r.title}
        hint={r.hint}
        columns="sm:grid-cols-2"
        tiles={[
          { testId: 'revenue-taken', value: takenText, label: r.taken, note: r.takenNote },
          {
            testId: 'average-ticket',
            value: averages.length === 0 ? '—' : averages.map((a) => money(a.averageMinor, a.currency)).join(' · '),
            label: r.average,
            note: averages.length === 0 ? r.noClosed : r.averageOf(averages.reduce((s, a) => s + a.tickets, 0)),
          },
        ]}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <LineChart
          id="revenue-per-day"
          title={r.perDay.title}
          desc={r.perDay.desc(takenText, dayLabels[0] ?? '', dayLabels[dayLabels.length - 1] ?? '')}
          dayLabels={dayLabels}
          dayHead={r.day}
          // At most two currencies drawn (a table of three columns); a center takes one.
          series={(series.length === 0 ? [{ currency: main, values: dayLabels.map(() => 0), totalMinor: 0 }] : series).slice(0, 2).map((s, i) => ({
            key: s.currency,
            label: several ? `${r.perDay.net} (${s.currency})` : r.perDay.net,
            values: s.values,
            className: COLOURS[i],
            dash: DASHES[i],
          }))}
          // The table: exact amounts (one currency, or the number alone when the columns name theirs).
          formatNumber={several ? plainMoney(locale) : (v) => money(v, main)}
          formatTick={compactMajor(locale)}
          showTable={d.showTable}
        />
        <BarChart
          id="revenue-departments"
          title={r.byDepartment.title}
          desc={r.byDepartment.desc(new Set(departments.map((s) => s.id)).size, totalOf(departments))}
          bars={bars(departments, (s) => String(s.id))}
          tableHead={[r.department, r.work]}
          formatTick={compactMajor(locale)}
          showTable={d.showTable}
          empty={departments.length === 0 ? r.byDepartment.empty : undefined}
        />
        <BarChart
          id="revenue-technicians"
          title={r.byTechnician.title}
          desc={r.byTechnician.desc(new Set(technicians.map((s) => s.id)).size, totalOf(technicians))}
          bars={bars(shownTechnicians, technicianName)}
          tableHead={[r.technician, r.work]}
          formatTick={compactMajor(locale)}
          showTable={d.showTable}
          empty={technicians.length === 0 ? r.byTechnician.empty : undefined}
          note={technicians.length > MAX_REVENUE_BARS ? r.byTechnician.top(MAX_REVENUE_BARS, technicians.length) : undefined}
        />
      </div>
    </section>
  );
}
