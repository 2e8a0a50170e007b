import type { FieldChanges } from '@/lib/audit-diff';
import type { Locale } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import { translateValidation } from '@/lib/validation/codes';
import type { PlanRow, RowProblem } from './import';

/** Prices in the list are in the service center's currency (a ticket's default). */
export const CATALOG_CURRENCY = 'RUB';

/** One row of the import preview as the page shows it: what happens, and the details in words. */
export type PreviewRow = { line: number; code: string; outcome: PlanRow['outcome']; details: string[] };

export function problemText(p: RowProblem, t: Messages): string {
  const r = t.catalog.importPage.reasons;
  if (p.reason === 'columns') return r.columns;
  const column = t.catalog.csv[p.column];
  switch (p.reason) {
    case 'validation':
      return `${column}: ${translateValidation(p.code, t)}`;
    case 'duplicate':
      return `${column}: ${r.duplicate(p.line)}`;
    case 'unknownDepartment':
      return `${column}: ${r.unknownDepartment(p.name)}`;
    default:
      return `${column}: ${r[p.reason]}`;
  }
}

export type CatalogValueContext = { t: Messages; locale: Locale; departmentName: (id: number) => string | undefined };

export function catalogValueText(field: string, value: unknown, { t, locale, departmentName }: CatalogValueContext): string {
  if (value === null || value === undefined) return t.common.none;
  if (field === 'priceMinor') return formatMoney(Number(value), CATALOG_CURRENCY, locale);
  if (field === 'active') return value ? t.common.yes : t.common.no;
  if (field === 'kind') return t.catalog.kinds[value as 'service' | 'part'];
  if (field === 'departmentId') return departmentName(Number(value)) ?? `#${value}`;
  return String(value);
}

/** "Price: 1 500,00 ₽ → 1 600,00 ₽", one per changed field. */
export function changeTexts(changes: FieldChanges, ctx: CatalogValueContext): string[] {
  return Object.entries(changes).map(([field, { from, to }]) => {
    const label = ctx.t.catalog.fields[field as keyof Messages['catalog']['fields']] ?? field;
    return `${label}: ${catalogValueText(field, from, ctx)} → ${catalogValueText(field, to, ctx)}`;
  });
}

export function describePlan(rows: PlanRow[], ctx: CatalogValueContext): PreviewRow[] {
  return rows.map((row) => {
    const base = { line: row.line, code: row.code, outcome: row.outcome };
    if (row.outcome === 'refuse') return { ...base, details: row.problems.map((p) => problemText(p, ctx.t)) };
    if (row.outcome === 'change') return { ...base, details: changeTexts(row.changes, ctx) };
    if (row.outcome === 'create') {
      const v = row.values;
      return { ...base, details: [`${v.name} · ${ctx.t.catalog.kinds[v.kind]} · ${formatMoney(v.priceMinor, CATALOG_CURRENCY, ctx.locale)}`] };
    }
    return { ...base, details: [] };
  });
}
