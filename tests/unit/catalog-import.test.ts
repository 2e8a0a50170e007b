import { describe, expect, it } from 'vitest';
import { activeOfWord, catalogCsvHeader, catalogCsvLine, kindOfWord, parseCsv } from '@/lib/catalog/csv';
import { planCatalogImport, type ExistingItem, type ImportLookup, type PlanRow } from '@/lib/catalog/import';
import { describePlan } from '@/lib/catalog/import-view';
import { catalogCodeKey, catalogQueryWords, catalogSearchKey } from '@/lib/catalog/search-key';
import { en } from '@/lib/i18n/messages/en';
import { ru } from '@/lib/i18n/messages/ru';

function existing(id: number, code: string, name: string, more: Partial<ExistingItem> = {}): ExistingItem {
  return {
    id,
    kind: 'service',
    code,
    codeKey: catalogCodeKey(code),
    name,
    searchKey: catalogSearchKey(code, name),
    priceMinor: 100000,
    warrantyDays: 30,
    active: true,
    departmentId: null,
    stockOnHand: null,
    ...more,
  };
}

function lookup(items: ExistingItem[] = []): ImportLookup {
  return {
    itemsByCodeKey: (keys) => Promise.resolve(items.filter((i) => keys.includes(i.codeKey))),
    departments: [{ id: 7, name: 'Ремонт ноутбуков' }],
  };
}

const rowsOf = async (text: string, items: ExistingItem[] = []): Promise<PlanRow[]> => {
  const plan = await planCatalogImport(text, lookup(items));
  if (!plan.ok) throw new Error(`unexpected file problem ${plan.problem}`);
  return plan.rows;
};

describe('the price list search', () => {
  it('folds a query the way the key is folded: lower case, ё as е, words only', () => {
    expect(catalogQueryWords('  Зарядка  ЁМКОСТЬ-12 ')).toEqual(['зарядка', 'емкость', '12']);
    expect(catalogQueryWords('')).toEqual([]);
  });

  it('finds a word by its prefix in either alphabet', () => {
    const key = catalogSearchKey('DSP-12', 'Дисплей iPhone 12');
    for (const q of ['дисп', 'disp', 'iph', 'дсп', 'dsp', 'dsp-12', 'дисплей 12']) {
      expect(catalogQueryWords(q).every((w) => key.includes(` ${w}`)), q).toBe(true);
    }
  });
});

describe('reading a CSV', () => {
  it('reads quoted cells, doubled quotes, line breaks inside quotes and either separator', () => {
    const parsed = parseCsv('\uFEFFcode;name\r\nA-1;"Кабель ""USB""; 1 м"\r\n\r\nB-2;"two\nlines"\n');
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ['code', 'name'] },
        { line: 2, cells: ['A-1', 'Кабель "USB"; 1 м'] },
        { line: 4, cells: ['B-2', 'two\nlines'] },
      ],
    });
    expect(parseCsv('code,name\nA,"never closed\n')).toEqual({ ok: false, line: 2 });
  });

  it('takes back the apostrophe the export puts before a formula', () => {
    expect(parseCsv("code,name\nX,'=1+2\n")).toMatchObject({ rows: [{}, { cells: ['X', '=1+2'] }] });
  });

  it('understands kinds and yes/no in both languages', () => {
    expect(['service', 'Услуга', 'работа', 'Part', 'запчасть'].map(kindOfWord)).toEqual(['service', 'service', 'service', 'part', 'part']);
    expect(kindOfWord('widget')).toBeUndefined();
    expect(['да', 'No', '1', '0', '', 'maybe'].map(activeOfWord)).toEqual([true, false, true, false, true, undefined]);
  });

  it('exports a line that imports back unchanged, in both languages', async () => {
    const item = existing(1, '=CMD', 'Замена; экрана', { kind: 'part', priceMinor: 150050, stockOnHand: 4, departmentId: 7 });
    for (const t of [en, ru]) {
      const text = catalogCsvHeader(t) + catalogCsvLine({ ...item, departmentName: 'Ремонт ноутбуков' }, t);
      expect(text).toContain("'=CMD");
      expect(await rowsOf(text, [item])).toEqual([{ line: 2, code: '=CMD', outcome: 'same', id: 1 }]);
    }
  });
});

describe('the import preview', () => {
  it('says per row what will be created, changed or refused, and why', async () => {
    const text = [
      'Код;Название;Вид;Цена;Гарантия дней;Активна;Отдел;Остаток',
      'NEW-1;Аккумулятор iPhone 12;запчасть;2 500,00;90;да;ремонт НОУТБУКОВ;5',
      'old-1;Диагностика;услуга;1200;30;нет;;',
      'BAD-1;;гаджет;дорого;-1;может быть;Нет такого;',
      'new-1;Повтор;услуга;10;;;;',
      'SRV-2;Чистка;услуга;500;0;да;;3',
    ].join('\r\n');
    const rows = await rowsOf(text, [existing(1, 'OLD-1', 'Диагностика')]);
    expect(rows.map((r) => r.outcome)).toEqual(['create', 'change', 'refuse', 'refuse', 'refuse']);
    expect(rows[0]).toMatchObject({ values: { kind: 'part', codeKey: 'new-1', priceMinor: 250000, warrantyDays: 90, departmentId: 7, stockOnHand: 5 } });
    expect(rows[1]).toMatchObject({ id: 1, changes: { code: { from: 'OLD-1', to: 'old-1' }, priceMinor: { from: 100000, to: 120000 }, active: { from: true, to: false } } });
    expect(rows[2].outcome === 'refuse' && rows[2].problems.map((p) => p.reason)).toEqual([
      'validation',
      'badKind',
      'badPrice',
      'badNumber',
      'badActive',
      'unknownDepartment',
    ]);
    expect(rows[3]).toMatchObject({ problems: [{ reason: 'duplicate', line: 2 }] });
    expect(rows[4]).toMatchObject({ problems: [{ column: 'stock', reason: 'stockForService' }] });

    const shown = describePlan(rows, { t: en, locale: 'en', departmentName: () => undefined });
    expect(shown[1].details.map((d) => d.replace(/\s/g, ' '))).toContain('Price: RUB 1,000.00 → RUB 1,200.00');
    expect(shown[2].details).toContain('Name: Required.');
    expect(shown[3].details).toEqual(['Code: repeats the code of line 2']);
  });

  it('keeps what a file leaves out when it changes an item, and defaults it for a new one', async () => {
    const part = existing(3, 'P-1', 'Шлейф', { kind: 'part', stockOnHand: 9, departmentId: 7, warrantyDays: 14 });
    const rows = await rowsOf('code,name,kind,price\nP-1,Шлейф,part,1500\nP-2,Разъём,part,99.9\n', [part]);
    expect(rows[0]).toMatchObject({ outcome: 'change', changes: { priceMinor: { from: 100000, to: 150000 } } });
    expect(rows[0].outcome === 'change' && rows[0].values).toMatchObject({ stockOnHand: 9, departmentId: 7, warrantyDays: 14, active: true });
    expect(rows[1]).toMatchObject({ outcome: 'create', values: { priceMinor: 9990, stockOnHand: 0, active: true, departmentId: null } });
  });

  it('refuses a file it cannot read as a whole', async () => {
    const problem = async (text: string) => {
      const plan = await planCatalogImport(text, lookup());
      return plan.ok ? null : plan;
    };
    expect(await problem('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(await problem('foo,bar\n1,2')).toEqual({ ok: false, problem: 'noHeader' });
    expect(await problem('code,name,colour\n')).toMatchObject({ problem: 'unknownColumns', columns: ['colour'] });
    expect(await problem('code,name\nA,B')).toMatchObject({ problem: 'missingColumns', columns: ['kind', 'price'] });
    expect(await problem('code,name,kind,price\n')).toEqual({ ok: false, problem: 'noRows' });
    expect(await problem(`code,name,kind,price\n${'A,B,service,1\n'.repeat(2001)}`)).toMatchObject({ problem: 'tooManyRows' });
  });
});
