import { count, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { confirmCatalogImportAction, previewCatalogImportAction } from '@/app/(staff)/catalog/actions';
import { GET as exportRoute } from '@/app/(staff)/catalog/export/route';
import { first, one } from '@/db/exec';
import { auditLog, catalogItems } from '@/db/tables';
import { catalogCodeKey, catalogSearchKey } from '@/lib/catalog/search-key';
import type { Role } from '@/lib/domain/enums';
import { makeDepartment, makeEmployee } from '../helpers/records';
import { failInserts } from '../helpers/failing-inserts';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const database = setupTestDatabase();

async function staff(role: Role, locale: 'en' | 'ru' = 'en'): Promise<Staff> {
  const dept = await makeDepartment(database());
  const e = await makeEmployee(database(), { departmentId: dept.id, role });
  return { id: e.id, fullName: e.fullName, email: e.email, role, locale, departmentId: dept.id };
}

function form(values: Record<string, string | File>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

function insertItem(code: string, name: string, more: Partial<typeof catalogItems.$inferInsert> = {}) {
  return one(
    database()
      .insert(catalogItems)
      .values({ kind: 'service', code, codeKey: catalogCodeKey(code), name, searchKey: catalogSearchKey(code, name), priceMinor: 100000, ...more })
      .returning(),
  );
}

const byCode = (code: string) => first(database().select().from(catalogItems).where(eq(catalogItems.codeKey, catalogCodeKey(code))).limit(1));
const snapshot = async () => ({
  items: await database().select().from(catalogItems).orderBy(catalogItems.id),
  audit: (await first(database().select({ n: count() }).from(auditLog)))?.n,
});

const CSV = [
  'Код;Название;Вид;Цена;Гарантия дней;Активна;Отдел;Остаток',
  'IMP-NEW;Аккумулятор Samsung A52;запчасть;2 100,00;180;да;Сервис;4',
  'IMP-OLD;Диагностика ноутбука;услуга;1500;30;да;;',
  'IMP-BAD;Плохая строка;гаджет;дорого;;;;',
].join('\r\n');

beforeAll(async () => {
  await makeDepartment(database(), 'Сервис');
});

describe('importing the price list from CSV', () => {
  beforeEach(async () => signInAs(await staff('manager')));

  it('the preview shows per row what will be created, changed or refused, and writes nothing', async () => {
    await insertItem('IMP-OLD', 'Диагностика ноутбука', { warrantyDays: 30 });
    const before = await snapshot();
    const file = new File([`\uFEFF${CSV}`], 'price.csv', { type: 'text/csv' });
    const state = await previewCatalogImportAction(undefined, form({ file, csv: '' }));
    expect(state.preview?.counts).toEqual({ create: 1, change: 1, same: 0, refuse: 1 });
    expect(state.preview?.rows.map((r) => [r.line, r.code, r.outcome])).toEqual([
      [2, 'IMP-NEW', 'create'],
      [3, 'IMP-OLD', 'change'],
      [4, 'IMP-BAD', 'refuse'],
    ]);
    expect(state.preview?.rows[1].details.map((d) => d.replace(/\s/g, ' '))).toEqual(['Price: RUB 1,000.00 → RUB 1,500.00']);
    expect(state.preview?.rows[2].details).toEqual(['Kind: kind must be “service” or “part”', 'Price: price must be an amount, e.g. 1500.50']);
    expect(state.preview?.csv).toBe(CSV);
    expect(await snapshot()).toEqual(before);
  });

  it('the confirmation writes every valid row with its audit entry, and never the refused one', async () => {
    const before = await snapshot();
    const state = await confirmCatalogImportAction(undefined, form({ csv: CSV }));
    expect(state).toMatchObject({ ok: true, message: 'Imported: 1 created, 1 changed, 1 refused and not written.' });
    expect(state.refused?.map((r) => r.line)).toEqual([4]);
    expect(await byCode('imp-new')).toMatchObject({ kind: 'part', priceMinor: 210000, warrantyDays: 180, stockOnHand: 4 });
    expect((await byCode('IMP-OLD'))?.priceMinor).toBe(150000);
    expect(await byCode('IMP-BAD')).toBeUndefined();
    expect((await snapshot()).audit).toBe((before.audit ?? 0) + 2);
    // Confirming the same file again changes nothing more.
    await expect(confirmCatalogImportAction(undefined, form({ csv: CSV }))).resolves.toMatchObject({ message: 'Imported: 0 created, 0 changed, 1 refused and not written.' });
  });

  it('judges the file again at confirmation: a code taken since the preview becomes a change, not a second item', async () => {
    const csv = 'code,name,kind,price\nRACE-1,Замена кнопки,service,700\n';
    const preview = await previewCatalogImportAction(undefined, form({ csv }));
    expect(preview.preview?.rows[0].outcome).toBe('create');
    await insertItem('race-1', 'Замена кнопки');
    await confirmCatalogImportAction(undefined, form({ csv: preview.preview!.csv }));
    const rows = await database().select().from(catalogItems).where(eq(catalogItems.codeKey, 'race-1'));
    expect(rows).toMatchObject([{ code: 'RACE-1', priceMinor: 70000 }]);
  });

  it('writes all rows in one transaction: a failure on the last row leaves none of them', async () => {
    const stopFailing = await failInserts(database(), 'catalog_items', 'boom', "NEW.code = 'BOOM'");
    const before = await snapshot();
    const csv = 'code,name,kind,price\nTX-1,Первая,service,1\nTX-2,Вторая,service,2\nBOOM,Третья,service,3\n';
    await expect(confirmCatalogImportAction(undefined, form({ csv }))).rejects.toThrow(/boom/);
    expect(await snapshot()).toEqual(before);
    await stopFailing();
  });

  it('refuses an unreadable file as a whole, next to the file field', async () => {
    const before = await snapshot();
    const state = await confirmCatalogImportAction(undefined, form({ csv: 'code,name\nA,B\n' }));
    expect(state.fieldErrors?.file).toEqual(['These columns are missing: Kind, Price.']);
    expect((await previewCatalogImportAction(undefined, form({ csv: '' }))).fieldErrors?.file).toEqual(['Choose a CSV file or paste its text.']);
    expect(await snapshot()).toEqual(before);
  });

  it('reads a Windows-1251 file as a Russian Excel saves it', async () => {
    const bytes = new Uint8Array([...Buffer.from('code;name;kind;price\r\nCP-1;', 'latin1'), 0xd0, 0xe5, 0xec, 0xee, 0xed, 0xf2, ...Buffer.from(';service;10\r\n', 'latin1')]);
    const state = await previewCatalogImportAction(undefined, form({ file: new File([bytes], 'win.csv') }));
    expect(state.preview?.rows[0]).toMatchObject({ code: 'CP-1', outcome: 'create', details: [expect.stringContaining('Ремонт')] });
  });

  it('a technician can neither preview nor import', async () => {
    signInAs(await staff('technician'));
    const before = await snapshot();
    for (const action of [previewCatalogImportAction, confirmCatalogImportAction]) {
      await expect(action(undefined, form({ csv: 'code,name,kind,price\nT-1,X,service,1\n' }))).resolves.toMatchObject({ message: 'You do not have permission to do this.' });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('exporting the price list', () => {
  it('streams the view as CSV in the reader’s language, in the format the import reads back', async () => {
    await insertItem('=EXP', 'Экспорт; тест', { kind: 'part', priceMinor: 150050, stockOnHand: 2, active: false });
    signInAs(await staff('technician', 'ru'));
    const response = await exportRoute(new Request('http://localhost/catalog/export?q=экспорт'));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text).toBe('\uFEFFКод;Название;Вид;Цена;Гарантия дней;Активна;Отдел;Остаток\r\n\'=EXP;"Экспорт; тест";Запчасть;"1500,50";0;Нет;;2\r\n');

    signInAs(await staff('manager'));
    const again = await previewCatalogImportAction(undefined, form({ csv: text }));
    expect(again.preview?.rows.map((r) => r.outcome)).toEqual(['same']);
  });

  it('sends a stranger to sign in', async () => {
    signInAs(null);
    const response = await exportRoute(new Request('http://localhost/catalog/export'));
    expect(response.status).toBe(303);
  });
});
