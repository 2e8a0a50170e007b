import { Plus } from '@/components/ui/icons';
import type { Metadata } from 'next';
import Link from 'next/link';
import { EmailText } from '@/components/list/email-text';
import { ListToolbar } from '@/components/list/list-toolbar';
import { Pager } from '@/components/list/pager';
import { Table, TBody, TD, TH, THead, TR, buttonClasses } from '@/components/ui';
import { decodeCursor } from '@/lib/domain/cursor';
import { listDepartments } from '@/db/queries/departments';
import { requireStaff } from '@/lib/auth/session';
import { hrefWith } from '@/lib/href';
import { getT } from '@/lib/i18n/server';
import { formatPhone } from '@/lib/phone';
import { canManageStaff } from '@/lib/permissions';
import { departmentListParams } from '@/lib/validation/departments';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaff();
  return { title: (await getT()).departments.title };
}

export default async function DepartmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const [staff, t, raw] = await Promise.all([requireStaff(), getT(), searchParams]);
  const params = departmentListParams.parse(raw);
  const page = await listDepartments(params, { after: decodeCursor(params.after), before: decodeCursor(params.before) });
  const base = { q: params.q, sort: params.sort === 'name' ? undefined : params.sort };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t.departments.title}</h1>
        {canManageStaff(staff) && (
          <Link href="/departments/new" className={buttonClasses('primary')}>
            <Plus aria-hidden /> {t.departments.new}
          </Link>
        )}
      </div>
      <ListToolbar
        action="/departments"
        q={params.q}
        sort={params.sort}
        sortOptions={[
          { value: 'name', label: t.departments.sort.name },
          { value: 'newest', label: t.departments.sort.newest },
        ]}
        labels={{ ...t.list, searchPlaceholder: t.departments.searchPlaceholder }}
      />
      {page.rows.length === 0 ? (
        <p className="text-slate-600">{t.list.empty}</p>
      ) : (
        <Table label={t.departments.title} cards>
          <THead>
            <TR>
              <TH>{t.departments.fields.name}</TH>
              <TH>{t.departments.columns.employees}</TH>
              <TH>{t.departments.columns.openTickets}</TH>
              <TH className="@2xl:@max-3xl:hidden">{t.departments.fields.email}</TH>
              <TH>{t.departments.fields.phone}</TH>
            </TR>
          </THead>
          <TBody>
            {page.rows.map((d) => (
              <TR key={d.id}>
                <TD>
                  <Link href={`/departments/${d.id}`} className="font-medium text-primary-700 hover:underline">
                    {d.name}
                  </Link>
                </TD>
                <TD label={t.departments.columns.employees}>{d.employeeCount}</TD>
                <TD label={t.departments.columns.openTickets}>
                  <Link href={`/tickets?department=${d.id}&status=open`} className="hover:underline">
                    {d.openTicketCount}
                  </Link>
                </TD>
                <TD label={t.departments.fields.email} className="@2xl:@max-3xl:hidden">
                  {d.email ? <EmailText email={d.email} /> : t.common.none}
                </TD>
                <TD label={t.departments.fields.phone} className="whitespace-nowrap">
                  {d.phone ? formatPhone(d.phone) : t.common.none}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      <Pager
        prevHref={page.prevCursor && hrefWith('/departments', { ...base, before: page.prevCursor })}
        nextHref={page.nextCursor && hrefWith('/departments', { ...base, after: page.nextCursor })}
        labels={t.list}
      />
    </div>
  );
}
