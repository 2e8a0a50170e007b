import type { WarrantyReturnRow } from '@/db/queries/dashboard-warranty';
import type { Locale } from '@/lib/domain/enums';
import type { DashboardMessages } from '@/lib/i18n/messages/features/dashboard';
import { messagesFor } from '@/lib/i18n/messages';
import { BarChart } from './bar-chart';
import { numberFormatter } from './format';

/** Warranty returns per department over the last 30 days, as bars and as a table; each bar lists them. */
/** `from`: the window's first local day, so a bar's list covers the same days. */
export function WarrantyReturns({ rows, from, d, locale }: { rows: WarrantyReturnRow[]; from: string; d: DashboardMessages; locale: Locale }) {
  const w = messagesFor(locale).warranty.dashboard;
  const n = numberFormatter(locale);
  const total = rows.reduce((s, r) => s + r.count, 0);
  const href = (r: WarrantyReturnRow) => `/tickets?warranty=1&department=${r.departmentId}&from=${from}`;
  return (
    <BarChart
      id="warranty-returns"
      title={w.title}
      hint={w.hint}
      desc={w.desc(total, rows.length)}
      bars={rows.map((r) => ({ label: r.name ?? String(r.departmentId), value: r.count, valueText: n(r.count), href: href(r) }))}
      tableHead={[w.department, w.count]}
      tableRows={rows.map((r) => ({ cells: [r.name ?? String(r.departmentId), n(r.count)], href: href(r) }))}
      formatTick={(v) => n(v)}
      showTable={d.showTable}
      empty={rows.length === 0 ? w.empty : undefined}
    />
  );
}
