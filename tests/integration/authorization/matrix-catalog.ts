import { testWriter } from '../../helpers/test-db';
import { one } from '@/db/exec';
import { catalogItems } from '@/db/tables';
import { catalogCodeKey, catalogSearchKey } from '@/lib/catalog/search-key';
import type { Arranged, Who } from './arrange';
import type { MatrixEntry } from './matrix';

// Spelled out here: matrix.ts imports this file, so its MANAGERS is not defined yet when this runs.
const MANAGERS: Who[] = ['manager', 'admin'];

const MODULE = 'app/(staff)/catalog/actions.ts';

/** A fresh, unused price-list item for one call. */
function item(a: Arranged) {
  const code = `M-${a.unique()}`;
  return one(
    testWriter()
      .insert(catalogItems)
      .values({ kind: 'part', code, codeKey: catalogCodeKey(code), name: 'Matrix part', searchKey: catalogSearchKey(code, 'Matrix part'), priceMinor: 100, stockOnHand: 1 })
      .returning(),
  );
}

const csv = (a: Arranged) => `code,name,kind,price\r\nI-${a.unique()},Imported,service,100\r\n`;

/** The server actions of the price list (/catalog): who may call each (see matrix.ts). */
export const CATALOG_MATRIX: MatrixEntry[] = [
  { module: MODULE, action: 'createCatalogItemAction', allowed: MANAGERS, input: (a) => ({ kind: 'service', code: `C-${a.unique()}`, name: 'Matrix service', priceMinor: '150' }) },
  {
    module: MODULE,
    action: 'updateCatalogItemAction',
    allowed: MANAGERS,
    input: async (a) => {
      const row = await item(a);
      return { id: row.id, kind: 'part', code: row.code, name: 'Renamed part', priceMinor: '200', stockOnHand: '3' };
    },
  },
  { module: MODULE, action: 'setCatalogItemActiveAction', allowed: MANAGERS, input: async (a) => ({ id: (await item(a)).id }) },
  { module: MODULE, action: 'deleteCatalogItemAction', allowed: MANAGERS, input: async (a) => ({ id: (await item(a)).id }) },
  { module: MODULE, action: 'previewCatalogImportAction', allowed: MANAGERS, input: (a) => ({ csv: csv(a) }) },
  { module: MODULE, action: 'confirmCatalogImportAction', allowed: MANAGERS, input: (a) => ({ csv: csv(a) }) },
];
