/**
 * The dashboard's revenue figures from the rows the queries return (db/queries/dashboard-revenue.ts).
 * Integer minor units throughout: sums of integers, and an average rounded to the whole kopeck
 * with integer arithmetic.
 */
import type { ClosedRevenueRow } from '@/db/queries/dashboard-revenue';

/** sum / count to the nearest whole minor unit (half up); 0 for no tickets. */
export function averageMinor(sumMinor: number, count: number): number {
  if (count <= 0) return 0;
  const whole = Math.floor(sumMinor / count);
  const rest = sumMinor - whole * count;
  return 2 * rest >= count ? whole + 1 : whole;
}

export type DayAmount = { day: number; currency: string; netMinor: number };

/**
 * One series of daily amounts per currency (zero on days without money), the currency with the
 * most money first; a center that takes one currency gets one series.
 */
export function dailySeries(rows: readonly DayAmount[], days: number): { currency: string; values: number[]; totalMinor: number }[] {
  const by = new Map<string, number[]>();
  for (const r of rows) {
    let values = by.get(r.currency);
    if (!values) by.set(r.currency, (values = new Array<number>(days).fill(0)));
    if (r.day >= 0 && r.day < days) values[r.day] += r.netMinor;
  }
  return [...by]
    .map(([currency, values]) => ({ currency, values, totalMinor: values.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.totalMinor - a.totalMinor || a.currency.localeCompare(b.currency));
}

/** Per department, assignee and currency: the tickets closed in a window (db/queries/dashboard-revenue.ts). */
export type ClosedRow = ClosedRevenueRow;

/** The average bill of the closed repairs, per currency (most repairs first). */
export function averageTicket(rows: readonly ClosedRow[]): { currency: string; tickets: number; averageMinor: number }[] {
  const by = new Map<string, { tickets: number; sum: number }>();
  for (const r of rows) {
    const a = by.get(r.currency) ?? { tickets: 0, sum: 0 };
    a.tickets += r.billed;
    a.sum += r.billedMinor;
    by.set(r.currency, a);
  }
  return [...by]
    .filter(([, a]) => a.tickets > 0)
    .map(([currency, a]) => ({ currency, tickets: a.tickets, averageMinor: averageMinor(a.sum, a.tickets) }))
    .sort((a, b) => b.tickets - a.tickets || a.currency.localeCompare(b.currency));
}

export type RevenueShare = { key: string; id: number | null; name: string | null; currency: string; workMinor: number };

function shares(rows: readonly ClosedRow[], pick: (r: ClosedRow) => { id: number | null; name: string | null }): RevenueShare[] {
  const by = new Map<string, RevenueShare>();
  for (const r of rows) {
    if (r.workMinor === 0) continue;
    const { id, name } = pick(r);
    const key = `${id ?? 'none'}|${r.currency}`;
    const s = by.get(key) ?? { key, id, name, currency: r.currency, workMinor: 0 };
    s.workMinor += r.workMinor;
    by.set(key, s);
  }
  return [...by.values()].sort((a, b) => b.workMinor - a.workMinor || (a.name ?? '').localeCompare(b.name ?? ''));
}

/** Work revenue per department (and currency), the largest first. */
export function workByDepartment(rows: readonly ClosedRow[]): RevenueShare[] {
  return shares(rows, (r) => ({ id: r.departmentId, name: r.department }));
}

/** Work revenue per technician, the ticket's assignee at closing (and currency), the largest first; id null: nobody assigned. */
export function workByTechnician(rows: readonly ClosedRow[]): RevenueShare[] {
  return shares(rows, (r) => ({ id: r.assigneeId, name: r.assignee }));
}
