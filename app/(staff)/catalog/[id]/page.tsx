import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HistorySection } from '@/components/audit/history-section';
import { DeleteForm } from '@/components/forms/delete-form';
import { OneButtonForm } from '@/components/forms/one-button-form';
import { Alert, Badge, Card, CardContent, CardHeader, CardTitle } from '@/components/ui';
import { listAudit } from '@/db/queries/audit';
import { countCatalogItemTickets, getCatalogItem } from '@/db/queries/catalog';
import { listDepartmentOptions } from '@/db/queries/departments';
import { requireStaff } from '@/lib/auth/session';
import { catalogValueText, CATALOG_CURRENCY } from '@/lib/catalog/import-view';
import { env } from '@/lib/env';
import { formatMoney } from '@/lib/i18n/format';
import { getLocale, getT } from '@/lib/i18n/server';
import { minorToInput } from '@/lib/money';
import { canEditCatalog } from '@/lib/permissions';
import { idField } from '@/lib/validation/codes';
import { deleteCatalogItemAction, setCatalogItemActiveAction, updateCatalogItemAction } from '../actions';
import { CatalogForm } from '../_components/catalog-form';
import { catalogFormLabels } from '../_components/form-labels';

type Props = { params: Promise<{ id: string }> };

async function load(params: Props['params']) {
  const id = idField.safeParse((await params).id);
  const item = id.success ? await getCatalogItem(id.data) : undefined;
  if (!item) notFound();
  return item;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireStaff();
  return { title: (await load(params)).name };
}

export default async function CatalogItemPage({ params }: Props) {
  const [staff, t, locale, item] = await Promise.all([requireStaff(), getT(), getLocale(), load(params)]);
  const c = t.catalog;
  const editor = canEditCatalog(staff);
  const departments = await listDepartmentOptions();
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const tickets = await countCatalogItemTickets(item.id);
  const valueCtx = { t, locale, departmentName: (id: number) => names.get(id) };

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/catalog" className="hover:underline">
            {c.title}
          </Link>
        </p>
        <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold">
          {item.name}
          <Badge tone={item.active ? 'success' : 'neutral'} data-testid="catalog-status">
            {item.active ? c.status.active : c.status.inactive}
          </Badge>
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          <span className="font-mono">{item.code}</span> · {c.kinds[item.kind]} · {c.usedOn(tickets)}
        </p>
      </div>
      {!item.active && <Alert tone="info">{c.inactiveNote}</Alert>}

      {editor ? (
        <CatalogForm
          action={updateCatalogItemAction}
          initial={{
            id: item.id,
            kind: item.kind,
            code: item.code,
            name: item.name,
            priceMinor: minorToInput(item.priceMinor),
            warrantyDays: String(item.warrantyDays),
            departmentId: item.departmentId ? String(item.departmentId) : '',
            stockOnHand: item.stockOnHand === null ? '' : String(item.stockOnHand),
          }}
          departments={departments}
          labels={catalogFormLabels(t)}
        />
      ) : (
        <Card>
          <CardHeader>
            <CardTitle>{c.fields.priceMinor}</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
              <dt className="text-slate-500">{c.fields.priceMinor}</dt>
              <dd>{formatMoney(item.priceMinor, CATALOG_CURRENCY, locale)}</dd>
              <dt className="text-slate-500">{c.fields.warrantyDays}</dt>
              <dd>{item.warrantyDays}</dd>
              {item.kind === 'part' && (
                <>
                  <dt className="text-slate-500">{c.fields.stockOnHand}</dt>
                  <dd>{item.stockOnHand}</dd>
                </>
              )}
              <dt className="text-slate-500">{c.fields.departmentId}</dt>
              <dd>{item.departmentName ?? c.noDepartment}</dd>
            </dl>
            <p className="mt-3 text-sm text-slate-500">{c.readOnly}</p>
          </CardContent>
        </Card>
      )}

      {editor && (
        <div className="flex flex-wrap items-start gap-6 border-t border-slate-200 pt-4">
          <OneButtonForm
            action={setCatalogItemActiveAction}
            fields={item.active ? { id: item.id } : { id: item.id, active: 'on' }}
            submit={item.active ? c.deactivate : c.activate}
          />
          <DeleteForm
            action={deleteCatalogItemAction}
            id={item.id}
            labels={{ trigger: t.common.delete, title: t.deletion.confirmTitle, body: c.deleteBody, confirm: t.common.delete, cancel: t.common.cancel }}
          />
        </div>
      )}

      <HistorySection
        entries={await listAudit('catalog_item', item.id)}
        fieldLabels={c.fields}
        formatValue={(field, value) => catalogValueText(field, value, valueCtx)}
        t={t}
        locale={locale}
        timeZone={env().APP_TIMEZONE}
      />
    </div>
  );
}
