import { Download, Plus, Upload } from '@/components/ui/icons';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Pager } from '@/components/list/pager';
import { Alert, Badge, Table, TBody, TD, TH, THead, TR, buttonClasses } from '@/components/ui';
import { listCatalogItems } from '@/db/queries/catalog';
import { requireStaff } from '@/lib/auth/session';
import { CATALOG_CURRENCY } from '@/lib/catalog/import-view';
import { catalogQueryWords } from '@/lib/catalog/search-key';
import { decodeCursor } from '@/lib/domain/cursor';
import { hrefWith } from '@/lib/href';
import { formatMoney } from '@/lib/i18n/format';
import { getLocale, getT } from '@/lib/i18n/server';
import { canEditCatalog } from '@/lib/permissions';
import { catalogListParams, ignoredCatalogParams } from '@/lib/validation/catalog';
import { CatalogFilters } from './_components/catalog-filters';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaff();
  return { title: (await getT()).catalog.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CatalogPage({ searchParams }: Props) {
  const [staff, t, locale, raw] = await Promise.all([requireStaff(), getT(), getLocale(), searchParams]);
  const params = catalogListParams.parse(raw);
  const ignored = ignoredCatalogParams(raw);
  const filters = { words: catalogQueryWords(params.q), kind: params.kind, active: params.active };
  const page = await listCatalogItems(filters, { after: decodeCursor(params.after), before: decodeCursor(params.before) });
  const keep = { q: params.q, kind: params.kind, active: params.active === 'all' ? undefined : params.active };
  const c = t.catalog;

  return (
    <section aria-labelledby="page-title" className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="page-title" className="text-2xl font-semibold">
          {c.title}
        </h1>
        <div className="flex flex-wrap gap-2">
          <a href={hrefWith('/catalog/export', keep)} className={buttonClasses('secondary')} download>
            <Download aria-hidden /> {c.export}
          </a>
          {canEditCatalog(staff) && (
            <>
              <Link href="/catalog/import" className={buttonClasses('secondary')}>
                <Upload aria-hidden /> {c.import}
              </Link>
              <Link href="/catalog/new" className={buttonClasses('primary')}>
                <Plus aria-hidden /> {c.new}
              </Link>
            </>
          )}
        </div>
      </div>
      <CatalogFilters params={params} t={t} />
      {ignored.length > 0 && <Alert tone="warning">{c.ignored(ignored.join(', '))}</Alert>}
      {page.rows.length === 0 ? (
        <p className="text-slate-600">{t.list.empty}</p>
      ) : (
        <Table label={c.title} cards>
          <THead>
            <TR>
              <TH>{c.fields.code}</TH>
              <TH>{c.fields.name}</TH>
              <TH>{c.fields.kind}</TH>
              <TH className="text-right">{c.fields.priceMinor}</TH>
              <TH className="text-right">{c.fields.warrantyDays}</TH>
              <TH className="text-right">{c.fields.stockOnHand}</TH>
              <TH>{c.fields.departmentId}</TH>
            </TR>
          </THead>
          <TBody>
            {page.rows.map((item) => (
              <TR key={item.id}>
                <TD label={c.fields.code} className="font-mono text-sm whitespace-nowrap">
                  {item.code}
                </TD>
                <TD label={c.fields.name}>
                  <Link href={`/catalog/${item.id}`} className="font-medium text-primary-700 hover:underline">
                    {item.name}
                  </Link>{' '}
                  {!item.active && <Badge tone="neutral">{c.status.inactive}</Badge>}
                </TD>
                <TD label={c.fields.kind}>{c.kinds[item.kind]}</TD>
                <TD label={c.fields.priceMinor} className="text-right whitespace-nowrap tabular-nums">
                  {formatMoney(item.priceMinor, CATALOG_CURRENCY, locale)}
                </TD>
                <TD label={c.fields.warrantyDays} className="text-right tabular-nums">
                  {item.warrantyDays}
                </TD>
                <TD label={c.fields.stockOnHand} className="text-right tabular-nums">
                  {item.stockOnHand ?? t.common.none}
                </TD>
                <TD label={c.fields.departmentId}>{item.departmentName ?? t.common.none}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      <Pager
        prevHref={page.prevCursor && hrefWith('/catalog', { ...keep, before: page.prevCursor })}
        nextHref={page.nextCursor && hrefWith('/catalog', { ...keep, after: page.nextCursor })}
        labels={t.list}
      />
    </section>
  );
}
