import type { Messages } from '@/lib/i18n/messages';
import type { CatalogFormLabels } from './catalog-form';

/** The plain strings the client form needs (the catalog's functions cannot cross to the browser). */
export function catalogFormLabels(t: Messages): CatalogFormLabels {
  const c = t.catalog;
  return { fields: c.fields, hints: c.hints, kinds: c.kinds, noDepartment: c.noDepartment, submit: t.common.save };
}
