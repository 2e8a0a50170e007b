import { z } from 'zod';
import { CATALOG_KINDS } from '@/lib/domain/enums';
import { parseMoneyToMinor } from '@/lib/money';
import { checkboxField, code, idField, requiredText } from './codes';

/** The largest price (minor units) and warranty the list accepts: far beyond real ones, well inside integers. */
export const MAX_PRICE_MINOR = 100_000_000_000;
export const MAX_WARRANTY_DAYS = 3650;
export const MAX_STOCK = 1_000_000;

export const catalogCodeField = requiredText(40);
export const catalogNameField = requiredText(200);

const kindField = z.enum(CATALOG_KINDS, { error: code('invalid_choice') });

/** A required amount typed by staff ("1 500,50") to minor units. */
export const catalogPriceField = z
  .string({ error: code('required') })
  .transform((v, ctx) => {
    const minor = parseMoneyToMinor(v);
    if (minor === null || Number.isNaN(minor) || minor > MAX_PRICE_MINOR) {
      ctx.addIssue({ code: 'custom', message: code(minor === null ? 'required' : 'invalid_number') });
      return z.NEVER;
    }
    return minor;
  });

/** A whole number from 0 to max; empty is `empty`. */
export const catalogCountField = (max: number, empty: number | null) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return empty;
      if (!/^\d{1,9}$/.test(v) || Number(v) > max) {
        ctx.addIssue({ code: 'custom', message: code('invalid_number') });
        return z.NEVER;
      }
      return Number(v);
    });

const optionalDepartment = z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), idField.nullable());

/** The fields of the item form: a service has no stock, a part always has one (0 when left empty). */
const itemObject = z.object({
  kind: kindField,
  code: catalogCodeField,
  name: catalogNameField,
  priceMinor: catalogPriceField,
  warrantyDays: catalogCountField(MAX_WARRANTY_DAYS, 0),
  departmentId: optionalDepartment,
  stockOnHand: catalogCountField(MAX_STOCK, null),
});

function withStock<T extends { kind: (typeof CATALOG_KINDS)[number]; warrantyDays: number | null; stockOnHand: number | null }>(item: T) {
  return { ...item, warrantyDays: item.warrantyDays ?? 0, stockOnHand: item.kind === 'part' ? (item.stockOnHand ?? 0) : null };
}

export const catalogItemFields = itemObject.transform(withStock);
export const createCatalogItemSchema = catalogItemFields;
export const updateCatalogItemSchema = itemObject.extend({ id: idField }).transform(withStock);
export const deleteCatalogItemSchema = z.object({ id: idField });
export const setCatalogItemActiveSchema = z.object({ id: idField, active: checkboxField });

export type CatalogItemInput = z.infer<typeof catalogItemFields>;

/** The CSV text of an import (the upload or the pasted text); the size is checked by the importer. */
export const catalogImportSchema = z.object({ csv: z.string().default('') });

export const CATALOG_ACTIVE_FILTERS = ['all', 'active', 'inactive'] as const;

/** The list's URL: bad values fall back to the defaults and are reported as ignored. */
export const catalogListParams = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  kind: z.enum(CATALOG_KINDS).optional().catch(undefined),
  active: z.enum(CATALOG_ACTIVE_FILTERS).catch('all'),
  after: z.string().max(512).optional().catch(undefined),
  before: z.string().max(512).optional().catch(undefined),
});

export type CatalogListParams = z.infer<typeof catalogListParams>;

/** The names of the list's params that were given but not understood (so the page can say so). */
export function ignoredCatalogParams(raw: Record<string, string | string[] | undefined>): string[] {
  const ignored: string[] = [];
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const kind = one(raw.kind);
  if (kind && !(CATALOG_KINDS as readonly string[]).includes(kind)) ignored.push('kind');
  const active = one(raw.active);
  if (active && !(CATALOG_ACTIVE_FILTERS as readonly string[]).includes(active)) ignored.push('active');
  return ignored;
}

/** `GET /api/catalog/search?q=&kind=`: the picker's query. */
export const catalogSearchParams = z.object({
  q: z.string().trim().max(100).default(''),
  kind: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.enum(CATALOG_KINDS).optional()),
});
