import Form from 'next/form';
import Link from 'next/link';
import { Button, Input, Select, buttonClasses } from '@/components/ui';
import type { Messages } from '@/lib/i18n/messages';
import type { CatalogListParams } from '@/lib/validation/catalog';

/** The price list's search and filters: a GET form, so it works without JavaScript and can be bookmarked. */
export function CatalogFilters({ params, t }: { params: CatalogListParams; t: Messages }) {
  const f = t.catalog.filters;
  const filtered = params.q || params.kind || params.active !== 'all';
  return (
    <Form action="/catalog" className="flex flex-wrap items-end gap-2" role="search" aria-label={f.label}>
      <label className="grid flex-1 gap-1 text-sm" style={{ minWidth: '14rem' }}>
        <span className="font-medium">{t.list.search}</span>
        <Input type="search" name="q" defaultValue={params.q} placeholder={f.searchPlaceholder} data-testid="catalog-search" />
      </label>
      <label className="grid gap-1 text-sm">
        <span className="font-medium">{f.kind}</span>
        <Select name="kind" defaultValue={params.kind ?? ''}>
          <option value="">{f.anyKind}</option>
          <option value="service">{t.catalog.kinds.service}</option>
          <option value="part">{t.catalog.kinds.part}</option>
        </Select>
      </label>
      <label className="grid gap-1 text-sm">
        <span className="font-medium">{f.active}</span>
        <Select name="active" defaultValue={params.active}>
          <option value="all">{f.all}</option>
          <option value="active">{f.activeOnly}</option>
          <option value="inactive">{f.inactiveOnly}</option>
        </Select>
      </label>
      <Button type="submit" variant="secondary">
        {t.list.apply}
      </Button>
      {filtered && (
        <Link href="/catalog" className={buttonClasses('ghost')}>
          {t.list.reset}
        </Link>
      )}
    </Form>
  );
}
