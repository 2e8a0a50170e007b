import type { Metadata } from 'next';
import Link from 'next/link';
import { Plus } from '@/components/ui/icons';
import { ListToolbar } from '@/components/list/list-toolbar';
import { Pager } from '@/components/list/pager';
import { buttonClasses } from '@/components/ui';
import { listClients, openTicketCounts } from '@/db/queries/clients';
import { decodeCursor } from '@/lib/domain/cursor';
import { requireStaff } from '@/lib/auth/session';
import { phoneSearchDigits } from '@/lib/clients/phone-search';
import { canEditClients } from '@/lib/permissions';
import { env } from '@/lib/env';
import { hrefWith } from '@/lib/href';
import { getT } from '@/lib/i18n/server';
import { clientListParams } from '@/lib/validation/clients';
import { ClientTable } from './_components/client-table';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaff();
  return { title: (await getT()).clients.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClientsPage({ searchParams }: Props) {
  const [staff, t, raw] = await Promise.all([requireStaff(), getT(), searchParams]);
  const params = clientListParams.parse(raw);
  const request = { after: decodeCursor(params.after), before: decodeCursor(params.before) };
  const filters = { q: params.q, phoneDigits: phoneSearchDigits(params.q, env().PHONE_REGION) };
  const page = await listClients(filters, params.sort, request);
  const openCounts = await openTicketCounts(page.rows.map((r) => r.id));
  const keep = { q: params.q, sort: params.sort === 'name' ? undefined : params.sort };

  return (
    <section aria-labelledby="page-title" className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="page-title" className="text-2xl font-semibold">
          {t.clients.title}
        </h1>
        {canEditClients(staff) && (
          <Link href="/clients/new" className={buttonClasses('primary')}>
            <Plus aria-hidden /> {t.clients.newClient}
          </Link>
        )}
      </div>
      <ListToolbar
        action="/clients"
        q={params.q}
        sort={params.sort}
        sortOptions={[
          { value: 'name', label: t.clients.sortName },
          { value: 'newest', label: t.clients.sortNewest },
        ]}
        labels={{ ...t.list, searchPlaceholder: t.clients.searchPlaceholder }}
      />
      {page.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t.clients.empty}</p>
      ) : (
        <ClientTable rows={page.rows} openCounts={openCounts} t={t} />
      )}
      <Pager
        prevHref={page.prevCursor ? hrefWith('/clients', { ...keep, before: page.prevCursor }) : null}
        nextHref={page.nextCursor ? hrefWith('/clients', { ...keep, after: page.nextCursor }) : null}
        labels={t.list}
      />
    </section>
  );
}
