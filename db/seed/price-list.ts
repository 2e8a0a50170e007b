/**
 * The demo price list: services and parts of each repair department, named in Russian (the
 * center's own list, whatever the client's language), prices in kopecks, warranties in days.
 */
import type Database from 'better-sqlite3';
// Pure string folding (no rules, no database): seeded items must be found as the app's own are.
import { catalogCodeKey, catalogSearchKey } from '@/lib/catalog/search-key';
import type { CatalogKind } from '@/lib/domain/enums';

interface ItemSeed {
  code: string;
  name: string;
  rub: number;
  warranty: number;
  /** Index into DEPARTMENTS; null: any department. */
  dept: number | null;
  stock?: number;
  /** The department's diagnostics: the one line a declined repair is billed for. */
  diagnostics?: true;
  /** An extra, never the main work of a repair. */
  extra?: true;
  active?: false;
}

const PC = 0;
const MOBILE = 1;
const OFFICE = 3;

const SERVICES: readonly ItemSeed[] = [
  { code: 'РАБ-001', name: 'Диагностика ноутбука или ПК', rub: 1000, warranty: 30, dept: PC, diagnostics: true },
  { code: 'РАБ-002', name: 'Чистка системы охлаждения с заменой термопасты', rub: 2500, warranty: 90, dept: PC },
  { code: 'РАБ-003', name: 'Замена матрицы ноутбука', rub: 2000, warranty: 90, dept: PC },
  { code: 'РАБ-004', name: 'Ремонт цепи питания материнской платы', rub: 4500, warranty: 90, dept: PC },
  { code: 'РАБ-005', name: 'Замена клавиатуры ноутбука', rub: 1500, warranty: 90, dept: PC },
  { code: 'РАБ-006', name: 'Установка и настройка операционной системы', rub: 2000, warranty: 30, dept: PC, extra: true },
  { code: 'РАБ-007', name: 'Восстановление данных с накопителя', rub: 3500, warranty: 30, dept: PC, extra: true },
  { code: 'РАБ-008', name: 'Замена разъёма питания', rub: 1800, warranty: 90, dept: PC },
  { code: 'РАБ-009', name: 'Перепайка BGA-чипа', rub: 6000, warranty: 180, dept: PC },
  { code: 'РАБ-010', name: 'Диагностика смартфона или планшета', rub: 800, warranty: 30, dept: MOBILE, diagnostics: true },
  { code: 'РАБ-011', name: 'Замена дисплейного модуля', rub: 1500, warranty: 90, dept: MOBILE },
  { code: 'РАБ-012', name: 'Замена аккумулятора', rub: 900, warranty: 90, dept: MOBILE },
  { code: 'РАБ-013', name: 'Замена разъёма зарядки', rub: 1200, warranty: 90, dept: MOBILE },
  { code: 'РАБ-014', name: 'Ремонт после попадания влаги', rub: 3000, warranty: 30, dept: MOBILE },
  { code: 'РАБ-015', name: 'Замена модуля камеры', rub: 1200, warranty: 90, dept: MOBILE },
  { code: 'РАБ-016', name: 'Замена заднего стекла', rub: 1800, warranty: 90, dept: MOBILE },
  { code: 'РАБ-017', name: 'Диагностика принтера или МФУ', rub: 900, warranty: 30, dept: OFFICE, diagnostics: true },
  { code: 'РАБ-018', name: 'Профилактика и чистка принтера', rub: 2000, warranty: 60, dept: OFFICE },
  { code: 'РАБ-019', name: 'Замена ролика захвата бумаги', rub: 1200, warranty: 90, dept: OFFICE },
  { code: 'РАБ-020', name: 'Ремонт узла термозакрепления', rub: 3500, warranty: 120, dept: OFFICE },
  { code: 'РАБ-021', name: 'Выезд инженера в офис клиента', rub: 1500, warranty: 30, dept: OFFICE, extra: true },
  { code: 'РАБ-022', name: 'Срочный ремонт в день обращения', rub: 1000, warranty: 30, dept: null, extra: true },
  { code: 'РАБ-023', name: 'Замена привода оптических дисков', rub: 1200, warranty: 90, dept: PC, active: false },
];

const PARTS: readonly ItemSeed[] = [
  { code: 'ЗЧ-001', name: 'Матрица 15,6" IPS Full HD', rub: 9500, warranty: 180, dept: PC, stock: 6 },
  { code: 'ЗЧ-002', name: 'Клавиатура для ноутбука', rub: 3200, warranty: 180, dept: PC, stock: 8 },
  { code: 'ЗЧ-003', name: 'Термопаста Arctic MX-4, 4 г', rub: 900, warranty: 30, dept: PC, stock: 25 },
  { code: 'ЗЧ-004', name: 'SSD-накопитель 512 ГБ', rub: 5900, warranty: 180, dept: PC, stock: 10 },
  { code: 'ЗЧ-005', name: 'Разъём питания DC-Jack', rub: 450, warranty: 90, dept: PC, stock: 30 },
  { code: 'ЗЧ-006', name: 'Вентилятор системы охлаждения', rub: 1800, warranty: 120, dept: PC, stock: 12 },
  { code: 'ЗЧ-007', name: 'Мультиконтроллер питания', rub: 1400, warranty: 180, dept: PC, stock: 15 },
  { code: 'ЗЧ-008', name: 'Оперативная память DDR4 8 ГБ', rub: 2700, warranty: 180, dept: PC, stock: 14 },
  { code: 'ЗЧ-009', name: 'Дисплейный модуль iPhone 12', rub: 12500, warranty: 180, dept: MOBILE, stock: 4 },
  { code: 'ЗЧ-010', name: 'Дисплейный модуль Samsung Galaxy A52', rub: 8900, warranty: 180, dept: MOBILE, stock: 5 },
  { code: 'ЗЧ-011', name: 'Аккумулятор для iPhone 11', rub: 2900, warranty: 180, dept: MOBILE, stock: 12 },
  { code: 'ЗЧ-012', name: 'Аккумулятор для Xiaomi Redmi Note 10', rub: 1900, warranty: 180, dept: MOBILE, stock: 10 },
  { code: 'ЗЧ-013', name: 'Разъём USB Type-C', rub: 350, warranty: 90, dept: MOBILE, stock: 40 },
  { code: 'ЗЧ-014', name: 'Шлейф зарядки Lightning', rub: 1100, warranty: 90, dept: MOBILE, stock: 12 },
  { code: 'ЗЧ-015', name: 'Заднее стекло корпуса', rub: 1500, warranty: 90, dept: MOBILE, stock: 8 },
  { code: 'ЗЧ-016', name: 'Модуль основной камеры', rub: 3800, warranty: 180, dept: MOBILE, stock: 5 },
  { code: 'ЗЧ-017', name: 'Ролик захвата бумаги', rub: 650, warranty: 90, dept: OFFICE, stock: 20 },
  { code: 'ЗЧ-018', name: 'Термоплёнка узла закрепления', rub: 1300, warranty: 120, dept: OFFICE, stock: 10 },
  { code: 'ЗЧ-019', name: 'Картридж лазерный совместимый', rub: 2400, warranty: 30, dept: OFFICE, stock: 18 },
  { code: 'ЗЧ-020', name: 'Тормозная площадка лотка', rub: 400, warranty: 90, dept: OFFICE, stock: 15 },
  { code: 'ЗЧ-021', name: 'Блок питания принтера', rub: 4200, warranty: 180, dept: OFFICE, stock: 3 },
  { code: 'ЗЧ-022', name: 'Защитное стекло для смартфона', rub: 500, warranty: 30, dept: MOBILE, stock: 50 },
];

/** One price-list item as a line copies it. */
export interface PriceItem {
  id: number;
  kind: 'work' | 'part';
  code: string;
  name: string;
  priceMinor: number;
  warrantyDays: number;
}

/** Per department index (DEPARTMENTS): what a repair there is made of. */
export interface DepartmentPrices {
  diagnostics: PriceItem | null;
  /** Main work of a repair. */
  works: PriceItem[];
  extras: PriceItem[];
  parts: PriceItem[];
}

export type PriceList = DepartmentPrices[];

const ITEM_SQL = `INSERT INTO catalog_items (kind, code, code_key, name, search_key, price_minor, warranty_days, active, department_id,
  stock_on_hand, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Writes the list (made when the center opened, `days` ago) and returns the active items per department. */
export function insertPriceList(sqlite: Database.Database, departmentIds: readonly number[], createdAt: number): PriceList {
  const stmt = sqlite.prepare(ITEM_SQL);
  const list: PriceList = departmentIds.map(() => ({ diagnostics: null, works: [], extras: [], parts: [] }));
  const add = (s: ItemSeed, kind: CatalogKind) => {
    const priceMinor = s.rub * 100;
    const id = Number(
      stmt.run(kind, s.code, catalogCodeKey(s.code), s.name, catalogSearchKey(s.code, s.name), priceMinor, s.warranty,
        s.active === false ? 0 : 1, s.dept === null ? null : departmentIds[s.dept], kind === 'part' ? (s.stock ?? 0) : null, createdAt, createdAt).lastInsertRowid,
    );
    if (s.active === false) return;
    const item: PriceItem = { id, kind: kind === 'part' ? 'part' : 'work', code: s.code, name: s.name, priceMinor, warrantyDays: s.warranty };
    for (const [i, prices] of list.entries()) {
      if (s.dept !== null && s.dept !== i) continue;
      if (kind === 'part') prices.parts.push(item);
      else if (s.diagnostics) prices.diagnostics = item;
      else if (s.extra) prices.extras.push(item);
      else prices.works.push(item);
    }
  };
  for (const s of SERVICES) add(s, 'service');
  for (const s of PARTS) add(s, 'part');
  return list;
}

export const PRICE_LIST_SIZE = SERVICES.length + PARTS.length;
