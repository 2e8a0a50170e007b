import type { CatalogKind } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n/messages';
import { catalogEn, catalogRu } from '@/lib/i18n/messages/features/catalog';
import { minorToInput } from '@/lib/money';
import { csvLine } from '@/lib/tickets/csv';

/**
 * The price list's CSV, one format both ways: the export writes it in the employee's language
 * (";" and a decimal comma in Russian, "," and a point in English, a BOM, formula-guarded cells,
 * lib/tickets/csv.ts) and the import reads either language's headers and words back.
 */
export const CATALOG_CSV_COLUMNS = ['code', 'name', 'kind', 'price', 'warrantyDays', 'active', 'department', 'stock'] as const;
export type CatalogCsvColumn = (typeof CATALOG_CSV_COLUMNS)[number];
export const REQUIRED_CSV_COLUMNS: readonly CatalogCsvColumn[] = ['code', 'name', 'kind', 'price'];

/** Lower-case, ё → е, letters and digits only: "Гарантия, дней" and "гарантия дней" are one header. */
export const foldWord = (s: string) => s.toLocaleLowerCase().replaceAll('ё', 'е').replace(/[^\p{L}\p{N}]+/gu, '');

const EXTRA_HEADERS: Partial<Record<CatalogCsvColumn, string[]>> = {
  name: ['наименование'],
  kind: ['type', 'тип'],
  price: ['unitprice', 'pricerub', 'ценаруб', 'стоимость'],
  warrantyDays: ['warranty', 'гарантия', 'гарантиядней'],
  stock: ['stockonhand', 'qty', 'quantity', 'наскладе', 'количество'],
};

const HEADER_ALIASES = new Map<string, CatalogCsvColumn>(
  CATALOG_CSV_COLUMNS.flatMap((col) =>
    [col, catalogEn.csv[col], catalogRu.csv[col], ...(EXTRA_HEADERS[col] ?? [])].map((alias) => [foldWord(alias), col] as const),
  ),
);

export function csvColumnOf(header: string): CatalogCsvColumn | undefined {
  return HEADER_ALIASES.get(foldWord(header));
}

const KIND_WORDS = new Map<string, CatalogKind>([
  ...(['service', catalogEn.kinds.service, catalogRu.kinds.service, 'work', 'работа', 'услуги'] as const).map((w) => [foldWord(w), 'service'] as const),
  ...(['part', catalogEn.kinds.part, catalogRu.kinds.part, 'запчасти', 'деталь'] as const).map((w) => [foldWord(w), 'part'] as const),
]);

export const kindOfWord = (word: string): CatalogKind | undefined => KIND_WORDS.get(foldWord(word));

const YES = new Set(['yes', 'y', 'да', 'д', '1', 'true', 'active', 'активна', '+'].map(foldWord).concat('+'));
const NO = new Set(['no', 'n', 'нет', 'н', '0', 'false', 'inactive', 'неактивна', '-'].map(foldWord).concat('-'));

/** "да" / "no" / "1" … to a flag; empty is yes (a new row is active unless it says otherwise). */
export function activeOfWord(word: string): boolean | undefined {
  const trimmed = word.trim();
  if (trimmed === '') return true;
  const folded = foldWord(trimmed) || trimmed;
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return undefined;
}

export type CsvRow = { line: number; cells: string[] };
export type CsvParse = { ok: true; rows: CsvRow[] } | { ok: false; line: number };

/** The separator of a file: whichever of ";" and "," appears more often in its first line, outside quotes. */
function separatorOf(text: string): ',' | ';' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/** An apostrophe the export put before = + - @ (the formula guard) is taken off again. */
const unguard = (cell: string) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);

/** RFC 4180 rows with the line each starts on; blank lines are skipped, a BOM is dropped. */
export function parseCsv(input: string): CsvParse {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const separator = separatorOf(text);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(unguard(cell));
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      cells.push(unguard(cell));
      cell = '';
    }
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      rowLine = ++line;
    } else cell += ch;
  }
  if (quoted) return { ok: false, line: rowLine };
  if (cell !== '' || cells.length > 0) endRow();
  return { ok: true, rows };
}

export type CatalogExportRow = {
  code: string;
  name: string;
  kind: CatalogKind;
  priceMinor: number;
  warrantyDays: number;
  active: boolean;
  departmentName: string | null;
  stockOnHand: number | null;
};

export function catalogCsvHeader(t: Messages): string {
  return csvLine(
    CATALOG_CSV_COLUMNS.map((c) => t.catalog.csv[c]),
    t.catalog.csvSeparator,
  );
}

/** One item as a CSV line that the import reads back unchanged. */
export function catalogCsvLine(r: CatalogExportRow, t: Messages): string {
  const price = minorToInput(r.priceMinor).replace('.', t.catalog.csvDecimal);
  return csvLine(
    [r.code, r.name, t.catalog.kinds[r.kind], price, r.warrantyDays, r.active ? t.common.yes : t.common.no, r.departmentName ?? '', r.stockOnHand],
    t.catalog.csvSeparator,
  );
}

/**
 * The text of an uploaded file: UTF-8 (with or without a BOM), or Windows-1251 when it is not
 * valid UTF-8 (what a Russian Excel saves as "CSV").
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}
