import 'server-only';
import { and, asc, count, countDistinct, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { db, type Db } from '@/db';
import { catalogItems, departments, ticketLines } from '@/db/tables';
import type { CatalogKind } from '@/lib/domain/enums';
import { keysetClauses, toPage, type Page, type PageRequest } from './keyset';
import { first, one } from '@/db/exec';

export const CATALOG_PAGE_SIZE = 50;

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type CatalogWriter = Db | Tx;
export type CatalogItemRow = typeof catalogItems.$inferSelect;
export type CatalogItemValues = Omit<typeof catalogItems.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * `words`: the query already folded the way the search key is (lib/catalog/search-key.ts); each
 * must begin a word of the key, so "дисп 12" finds "Дисплей iPhone 12".
 */
export type CatalogFilters = { words?: readonly string[]; kind?: CatalogKind; active?: 'all' | 'active' | 'inactive' };

const prefixPattern = (word: string) => `% ${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function catalogConditions(f: CatalogFilters): (SQL | undefined)[] {
  return [
    ...(f.words ?? []).map((w) => sql`${catalogItems.searchKey} LIKE ${prefixPattern(w)} ESCAPE '\\'`),
    f.kind ? eq(catalogItems.kind, f.kind) : undefined,
    f.active === 'active' ? eq(catalogItems.active, true) : undefined,
    f.active === 'inactive' ? eq(catalogItems.active, false) : undefined,
  ];
}

const listColumns = {
  id: catalogItems.id,
  kind: catalogItems.kind,
  code: catalogItems.code,
  name: catalogItems.name,
  priceMinor: catalogItems.priceMinor,
  warrantyDays: catalogItems.warrantyDays,
  active: catalogItems.active,
  departmentId: catalogItems.departmentId,
  departmentName: departments.name,
  stockOnHand: catalogItems.stockOnHand,
};

/** By name A→Z, keyset-paged over (name, id) (catalog_items_name_idx). */
export async function listCatalogItems(f: CatalogFilters, page: PageRequest = {}, size = CATALOG_PAGE_SIZE) {
  const { where, orderBy } = keysetClauses(catalogItems.name, catalogItems.id, 'asc', page);
  const rows = await db()
    .select(listColumns)
    .from(catalogItems)
    .leftJoin(departments, eq(catalogItems.departmentId, departments.id))
    .where(and(...catalogConditions(f), where))
    .orderBy(...orderBy)
    .limit(size + 1);
  return toPage(rows, size, page, (row) => row.name);
}

export type CatalogListRow = Awaited<ReturnType<typeof listCatalogItems>> extends Page<infer R> ? R : never;

/** The ticket page's picker: active items only, an exact code first, then by name. */
export async function searchActiveCatalogItems(f: { words: readonly string[]; codeKey: string; kind?: CatalogKind }, limit = 10) {
  return await db()
    .select({
      id: catalogItems.id,
      kind: catalogItems.kind,
      code: catalogItems.code,
      name: catalogItems.name,
      priceMinor: catalogItems.priceMinor,
      warrantyDays: catalogItems.warrantyDays,
      stockOnHand: catalogItems.stockOnHand,
    })
    .from(catalogItems)
    .where(and(...catalogConditions({ words: f.words, kind: f.kind, active: 'active' })))
    .orderBy(desc(sql`${catalogItems.codeKey} = ${f.codeKey}`), asc(catalogItems.name), asc(catalogItems.id))
    .limit(limit);
}

export async function getCatalogItem(id: number) {
  return await first(
    db()
      .select({ ...listColumns, createdAt: catalogItems.createdAt, updatedAt: catalogItems.updatedAt })
      .from(catalogItems)
      .leftJoin(departments, eq(catalogItems.departmentId, departments.id))
      .where(eq(catalogItems.id, id))
      .limit(1),
  );
}

/** How many tickets have a line of this item (what blocks its deletion). */
export async function countCatalogItemTickets(id: number, w: CatalogWriter = db()): Promise<number> {
  return (await first(w.select({ n: countDistinct(ticketLines.ticketId) }).from(ticketLines).where(eq(ticketLines.catalogItemId, id)).limit(1)))?.n ?? 0;
}

export async function countCatalogItems(w: CatalogWriter = db()): Promise<number> {
  return (await first(w.select({ n: count() }).from(catalogItems).limit(1)))?.n ?? 0;
}

/** Another item already has this code key (codes are unique regardless of case). */
export async function catalogCodeInUse(w: CatalogWriter, codeKey: string, exceptId?: number): Promise<boolean> {
  const clash = await first(
    w
      .select({ id: catalogItems.id })
      .from(catalogItems)
      .where(and(eq(catalogItems.codeKey, codeKey), exceptId ? ne(catalogItems.id, exceptId) : undefined))
      .limit(1),
  );
  return !!clash;
}

export async function findCatalogItemForUpdate(w: CatalogWriter, id: number): Promise<CatalogItemRow | undefined> {
  return await first(w.select().from(catalogItems).where(eq(catalogItems.id, id)).limit(1));
}

/** The items with these code keys, for an import; read in chunks to stay under SQLite's parameter limit. */
export async function findCatalogItemsByCodeKeys(w: CatalogWriter, codeKeys: readonly string[]): Promise<CatalogItemRow[]> {
  const unique = [...new Set(codeKeys)];
  const found: CatalogItemRow[] = [];
  for (let i = 0; i < unique.length; i += 500) {
    found.push(...await w.select().from(catalogItems).where(inArray(catalogItems.codeKey, unique.slice(i, i + 500))));
  }
  return found;
}

export async function insertCatalogItem(w: CatalogWriter, values: CatalogItemValues): Promise<CatalogItemRow> {
  return await one(w.insert(catalogItems).values(values).returning());
}

export async function updateCatalogItemRow(w: CatalogWriter, id: number, values: Partial<CatalogItemValues>): Promise<CatalogItemRow> {
  return await one(w.update(catalogItems).set(values).where(eq(catalogItems.id, id)).returning());
}

export async function deleteCatalogItemRow(w: CatalogWriter, id: number) {
  await w.delete(catalogItems).where(eq(catalogItems.id, id));
}
