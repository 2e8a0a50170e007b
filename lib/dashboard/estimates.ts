/** The estimate figures' arithmetic, apart from the page so tests call it directly. */

/** Approved share of the decided estimates, whole percent (0 when none was decided). */
export function approvalPercent(r: { approved: number; decided: number }): number {
  return r.decided > 0 ? Math.round((r.approved * 100) / r.decided) : 0;
}

export type CurrencyTotal = { currency: string; estimates: number; totalMinor: number };

/**
 * The estimate total awaiting a decision over every department, one sum per currency (a center
 * keeps one; sums of different currencies are never added together). Integer minor units.
 */
export function awaitingByCurrency(rows: readonly { currency: string; estimates: number; totalMinor: number }[]): CurrencyTotal[] {
  const by = new Map<string, CurrencyTotal>();
  for (const r of rows) {
    const t = by.get(r.currency) ?? { currency: r.currency, estimates: 0, totalMinor: 0 };
    t.estimates += r.estimates;
    t.totalMinor += r.totalMinor;
    by.set(r.currency, t);
  }
  return [...by.values()].sort((a, b) => b.totalMinor - a.totalMinor || a.currency.localeCompare(b.currency));
}
