import { diffFields, type FieldChanges } from '@/lib/audit-diff';
import type { CatalogKind } from '@/lib/domain/enums';
import { catalogCodeField, catalogCountField, catalogNameField, catalogPriceField, MAX_STOCK, MAX_WARRANTY_DAYS } from '@/lib/validation/catalog';
import { departmentNameKey } from '@/lib/validation/departments';
import { activeOfWord, csvColumnOf, kindOfWord, parseCsv, REQUIRED_CSV_COLUMNS, type CatalogCsvColumn, type CsvRow } from './csv';
import { catalogCodeKey, catalogSearchKey } from './search-key';

/** At most this much text and this many rows per import: one transaction stays short. */
export const MAX_IMPORT_CHARS = 1_000_000;
export const MAX_IMPORT_ROWS = 2000;

/** Every field an item has, as the row writes it (the audit log records these). */
export const CATALOG_AUDITED = ['kind', 'code', 'name', 'priceMinor', 'warrantyDays', 'active', 'departmentId', 'stockOnHand'] as const;

export type ItemValues = {
  kind: CatalogKind;
  code: string;
  codeKey: string;
  name: string;
  searchKey: string;
  priceMinor: number;
  warrantyDays: number;
  active: boolean;
  departmentId: number | null;
  stockOnHand: number | null;
};

export type ExistingItem = ItemValues & { id: number };

/** Why a row is refused: a validation code ("required", "too_long:40") or one of the import's own. */
export type RowProblem =
  | { column: CatalogCsvColumn; reason: 'validation'; code: string }
  | { column: CatalogCsvColumn; reason: 'badKind' | 'badActive' | 'badPrice' | 'badNumber' | 'stockForService' }
  | { column: 'department'; reason: 'unknownDepartment'; name: string }
  | { column: 'code'; reason: 'duplicate'; line: number }
  | { reason: 'columns' };

export type PlanRow =
  | { line: number; code: string; outcome: 'create'; values: ItemValues }
  | { line: number; code: string; outcome: 'change'; id: number; values: ItemValues; changes: FieldChanges }
  | { line: number; code: string; outcome: 'same'; id: number }
  | { line: number; code: string; outcome: 'refuse'; problems: RowProblem[] };

/** What makes the whole file unreadable: nothing of it is considered. */
export type FileProblem =
  | { problem: 'empty' | 'noHeader' | 'noRows' }
  | { problem: 'tooLarge'; maxKb: number }
  | { problem: 'tooManyRows'; max: number }
  | { problem: 'badQuotes'; line: number }
  | { problem: 'missingColumns' | 'unknownColumns'; columns: string[] };

export type ImportPlan = { ok: true; rows: PlanRow[] } | ({ ok: false } & FileProblem);

/** What the plan needs from the database: the items with these codes, and the departments. */
export type ImportLookup = {
  itemsByCodeKey: (codeKeys: string[]) => Promise<ExistingItem[]>;
  departments: { id: number; name: string }[];
};

type Fields = Partial<Record<CatalogCsvColumn, string>>;
type Parsed = Partial<Omit<ItemValues, 'codeKey' | 'searchKey'>>;

function header(rows: CsvRow[]): { columns: (CatalogCsvColumn | null)[] } | FileProblem {
  const cells = rows[0].cells.map((c) => c.trim());
  const columns = cells.map((c) => csvColumnOf(c) ?? null);
  const unknown = cells.filter((c, i) => c !== '' && columns[i] === null);
  if (columns.every((c) => c === null)) return { problem: 'noHeader' };
  if (unknown.length > 0) return { problem: 'unknownColumns', columns: unknown };
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) return { problem: 'missingColumns', columns: [...missing] };
  return { columns };
}

function fieldsOf(row: CsvRow, columns: (CatalogCsvColumn | null)[]): Fields | null {
  if (row.cells.slice(columns.length).some((c) => c.trim() !== '')) return null;
  const fields: Fields = {};
  columns.forEach((col, i) => {
    if (col) fields[col] = row.cells[i] ?? '';
  });
  return fields;
}

/** One row's cells as item fields; a column the file lacks is left out (kept on change, defaulted on create). */
function parseFields(f: Fields, departments: Map<string, number>): { parsed: Parsed; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const parsed: Parsed = {};
  const text = (column: 'code' | 'name', schema: typeof catalogCodeField) => {
    const r = schema.safeParse(f[column] ?? '');
    if (r.success) parsed[column] = r.data;
    else problems.push({ column, reason: 'validation', code: r.error.issues[0].message });
  };
  text('code', catalogCodeField);
  text('name', catalogNameField);
  const kind = kindOfWord(f.kind ?? '');
  if (kind) parsed.kind = kind;
  else problems.push({ column: 'kind', reason: 'badKind' });
  const price = catalogPriceField.safeParse(f.price ?? '');
  if (price.success) parsed.priceMinor = price.data;
  else problems.push({ column: 'price', reason: 'badPrice' });
  if (f.warrantyDays !== undefined) {
    const r = catalogCountField(MAX_WARRANTY_DAYS, 0).safeParse(f.warrantyDays);
    if (r.success) parsed.warrantyDays = r.data ?? 0;
    else problems.push({ column: 'warrantyDays', reason: 'badNumber' });
  }
  if (f.active !== undefined) {
    const active = activeOfWord(f.active);
    if (active === undefined) problems.push({ column: 'active', reason: 'badActive' });
    else parsed.active = active;
  }
  if (f.department !== undefined) {
    const name = f.department.trim();
    const id = name ? departments.get(departmentNameKey(name)) : null;
    if (id === undefined) problems.push({ column: 'department', reason: 'unknownDepartment', name });
    else parsed.departmentId = id;
  }
  if (f.stock !== undefined && f.stock.trim() !== '') {
    const r = catalogCountField(MAX_STOCK, null).safeParse(f.stock);
    if (!r.success) problems.push({ column: 'stock', reason: 'badNumber' });
    else if (kind === 'service') problems.push({ column: 'stock', reason: 'stockForService' });
    else parsed.stockOnHand = r.data;
  }
  return { parsed, problems };
}

function complete(p: Parsed, base: ItemValues | null): ItemValues {
  const kind = p.kind ?? base?.kind ?? 'service';
  const code = p.code ?? base?.code ?? '';
  const name = p.name ?? base?.name ?? '';
  const keptStock = base?.kind === 'part' ? base.stockOnHand : null;
  return {
    kind,
    code,
    codeKey: catalogCodeKey(code),
    name,
    searchKey: catalogSearchKey(code, name),
    priceMinor: p.priceMinor ?? base?.priceMinor ?? 0,
    warrantyDays: p.warrantyDays ?? base?.warrantyDays ?? 0,
    active: p.active ?? base?.active ?? true,
    departmentId: p.departmentId !== undefined ? p.departmentId : (base?.departmentId ?? null),
    stockOnHand: kind === 'part' ? (p.stockOnHand ?? keptStock ?? 0) : null,
  };
}

/**
 * What an import would do, row by row: create, change (which fields), leave as is, or refuse
 * (why). Pure: the caller reads the lookup inside the transaction that writes the plan, so the
 * preview and the confirmation judge each row by the same rules against the rows as they are.
 */
export async function planCatalogImport(text: string, lookup: ImportLookup): Promise<ImportPlan> {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, problem: 'tooLarge', maxKb: Math.floor(MAX_IMPORT_CHARS / 1000) };
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problem: 'badQuotes', line: parsed.line };
  const head = header(parsed.rows);
  if ('problem' in head) return { ok: false, ...head };
  const body = parsed.rows.slice(1);
  if (body.length === 0) return { ok: false, problem: 'noRows' };
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, problem: 'tooManyRows', max: MAX_IMPORT_ROWS };

  const departments = new Map(lookup.departments.map((d) => [departmentNameKey(d.name), d.id]));
  const candidates = body.map((row) => {
    const fields = fieldsOf(row, head.columns);
    return { row, fields, ...(fields ? parseFields(fields, departments) : { parsed: {}, problems: [{ reason: 'columns' } as RowProblem] }) };
  });
  const existing = new Map(
    (await lookup.itemsByCodeKey(candidates.flatMap((c) => (c.parsed.code ? [catalogCodeKey(c.parsed.code)] : [])))).map((item) => [item.codeKey, item]),
  );
  const firstLine = new Map<string, number>();

  return {
    ok: true,
    rows: candidates.map(({ row, fields, parsed: p, problems }): PlanRow => {
      const line = row.line;
      const code = fields?.code?.trim() ?? '';
      const key = p.code ? catalogCodeKey(p.code) : null;
      if (key && firstLine.has(key)) problems.push({ column: 'code', reason: 'duplicate', line: firstLine.get(key)! });
      else if (key) firstLine.set(key, line);
      if (problems.length > 0) return { line, code, outcome: 'refuse', problems };
      const before = existing.get(key!);
      if (!before) return { line, code, outcome: 'create', values: complete(p, null) };
      const values = complete(p, before);
      const changes = diffFields<ItemValues>(before, values, CATALOG_AUDITED);
      return Object.keys(changes).length === 0
        ? { line, code, outcome: 'same', id: before.id }
        : { line, code, outcome: 'change', id: before.id, values, changes };
    }),
  };
}
