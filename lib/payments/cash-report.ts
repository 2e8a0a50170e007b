import type { CashGroupRow } from '@/db/queries/cash-report';
import { PAYMENT_METHODS, type PaymentKind, type PaymentMethod } from '@/lib/domain/enums';
import { addDays, isRangeDate, localDateRange, parseLocalDate, type LocalDate } from '@/lib/time/local-date';

/**
 * The cash report's rules, free of the database: which local days a URL asks for, and how the
 * grouped sums become totals per method, per employee and overall. Money stays in integer minor
 * units, so the parts always add up to the whole exactly.
 */

/** About a year and a few days: a year's report compared with last year's still fits. */
export const MAX_REPORT_DAYS = 370;

export type CashRangeNote = 'invalid' | 'reversed' | 'tooLong';
export type CashRange = { from: LocalDate; to: LocalDate; note?: CashRangeNote };

const single = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? undefined : v);

function daysBetween(from: LocalDate, to: LocalDate): number {
  const a = parseLocalDate(from)!;
  const b = parseLocalDate(to)!;
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/**
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD`, both inclusive local days; one of them alone means that one
 * day; none means today. Anything it cannot honour (a malformed or repeated value, to before
 * from, more than MAX_REPORT_DAYS days) shows today with a note saying why, never an error.
 */
export function resolveCashRange(raw: Record<string, string | string[] | undefined>, today: LocalDate): CashRange {
  const fromRaw = raw.from === '' ? undefined : raw.from;
  const toRaw = raw.to === '' ? undefined : raw.to;
  if (fromRaw === undefined && toRaw === undefined) return { from: today, to: today };
  const from = single(fromRaw ?? toRaw);
  const to = single(toRaw ?? fromRaw);
  if (!from || !to || !isRangeDate(from) || !isRangeDate(to)) return { from: today, to: today, note: 'invalid' };
  if (to < from) return { from: today, to: today, note: 'reversed' };
  if (daysBetween(from, to) + 1 > MAX_REPORT_DAYS) return { from: today, to: today, note: 'tooLong' };
  return { from, to };
}

/** The half-open instants [start, end) of the range's local days. */
export function cashRangeInstants(range: CashRange, timeZone: string): { start: Date; end: Date } {
  const { start, end } = localDateRange(range.from, range.to, timeZone);
  return { start: start!, end: end! };
}

/** The quick choices beside the date fields. */
export function cashRangePresets(today: LocalDate) {
  const firstOfMonth = `${today.slice(0, 8)}01`;
  const lastMonthEnd = addDays(firstOfMonth, -1);
  return {
    today: { from: today, to: today },
    yesterday: { from: addDays(today, -1), to: addDays(today, -1) },
    thisMonth: { from: firstOfMonth, to: today },
    lastMonth: { from: `${lastMonthEnd.slice(0, 8)}01`, to: lastMonthEnd },
  };
}

/** What the cash drawer sees: a refund is money going out, so it counts negative. */
export function signedAmount(kind: PaymentKind, amountMinor: number): number {
  return kind === 'refund' ? -amountMinor : amountMinor;
}

/** One SQL group (db/queries/cash-report.ts). */
export type CashGroup = CashGroupRow;

export type MethodTotal = { receivedMinor: number; refundedMinor: number; netMinor: number };
export type EmployeeTotal = { key: string; name: string; byMethod: Record<PaymentMethod, number>; netMinor: number };
export type CurrencyReport = {
  currency: string;
  byMethod: Record<PaymentMethod, MethodTotal>;
  employees: EmployeeTotal[];
  receivedMinor: number;
  refundedMinor: number;
  netMinor: number;
  count: number;
};

/** Built once: an ICU collator costs more to make than to sort a report's employees with. */
const collator = new Intl.Collator('ru');

const zeroMethods = <T>(make: () => T) => Object.fromEntries(PAYMENT_METHODS.map((m) => [m, make()])) as Record<PaymentMethod, T>;

/**
 * The report's totals, one block per currency (a shop normally has one). Each sum is an integer
 * addition of the groups, so per method, per employee and the grand total agree to the kopeck.
 */
export function summarizeCash(groups: readonly CashGroup[]): CurrencyReport[] {
  const reports = new Map<string, CurrencyReport>();
  const people = new Map<string, Map<string, EmployeeTotal>>();
  for (const g of groups) {
    let r = reports.get(g.currency);
    if (!r) {
      r = { currency: g.currency, byMethod: zeroMethods(() => ({ receivedMinor: 0, refundedMinor: 0, netMinor: 0 })), employees: [], receivedMinor: 0, refundedMinor: 0, netMinor: 0, count: 0 };
      reports.set(g.currency, r);
      people.set(g.currency, new Map());
    }
    const net = g.receivedMinor - g.refundedMinor;
    const m = r.byMethod[g.method];
    m.receivedMinor += g.receivedMinor;
    m.refundedMinor += g.refundedMinor;
    m.netMinor += net;
    r.receivedMinor += g.receivedMinor;
    r.refundedMinor += g.refundedMinor;
    r.netMinor += net;
    r.count += g.count;
    const key = g.takenById === null ? `name:${g.takenByName}` : `id:${g.takenById}`;
    const byPerson = people.get(g.currency)!;
    let e = byPerson.get(key);
    if (!e) {
      e = { key, name: g.takenByName, byMethod: zeroMethods(() => 0), netMinor: 0 };
      byPerson.set(key, e);
    }
    e.byMethod[g.method] += net;
    e.netMinor += net;
  }
  return [...reports.values()]
    .sort((a, b) => a.currency.localeCompare(b.currency))
    .map((r) => ({ ...r, employees: [...people.get(r.currency)!.values()].sort((a, b) => collator.compare(a.name, b.name)) }));
}

const summaries = new WeakMap<readonly CashGroup[], CurrencyReport[]>();

/**
 * summarizeCash of one groups array, kept as long as the array is. The page's groups are kept until
 * the next write to the database (db/queries/cash-report.ts, cashGroups), so a report opened again
 * is not summed and sorted again: sorting a month's hundred-odd employees by name takes a collator
 * a third of a millisecond. The reports are shared between requests: read them, never change them.
 */
export function summarizeCashOnce(groups: readonly CashGroup[]): readonly CurrencyReport[] {
  let reports = summaries.get(groups);
  if (!reports) {
    reports = summarizeCash(groups);
    summaries.set(groups, reports);
  }
  return reports;
}
