import { Plus } from '@/components/ui/icons';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ListToolbar } from '@/components/list/list-toolbar';
import { Pager } from '@/components/list/pager';
import { buttonClasses } from '@/components/ui';
import { listEmployees } from '@/db/queries/employees';
import { decodeCursor } from '@/lib/domain/cursor';
import { requireStaff } from '@/lib/auth/session';
import { hrefWith } from '@/lib/href';
import { getT } from '@/lib/i18n/server';
import { canManageStaff } from '@/lib/permissions';
import { employeeListParams } from '@/lib/validation/employees';
import { EmployeeTable } from './_components/employee-table';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaff();
  return { title: (await getT()).employees.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function EmployeesPage({ searchParams }: { searchParams: SearchParams }) {
  const [staff, t] = await Promise.all([requireStaff(), getT()]);
  const { q, sort, after, before } = employeeListParams.parse(await searchParams);
  const page = await listEmployees({ q, sort }, { after: decodeCursor(after), before: decodeCursor(before) });
  // The default sort stays out of the URL, so plain links and bookmarks stay short.
  const keep = { q, sort: sort === 'name' ? undefined : sort };

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 id="page-title" className="text-2xl font-semibold">
          {t.employees.title}
        </h1>
        {canManageStaff(staff) && (
          <Link href="/employees/new" className={buttonClasses('primary')} data-testid="new-employee">
            <Plus aria-hidden /> {t.employees.newEmployee}
          </Link>
        )}
      </div>
      <ListToolbar
        action="/employees"
        q={q}
        sort={sort}
        sortOptions={[
          { value: 'name', label: t.employees.sortName },
          { value: 'newest', label: t.employees.sortNewest },
        ]}
        labels={{ ...t.list, searchPlaceholder: t.employees.searchPlaceholder }}
      />
      <EmployeeTable rows={page.rows} t={t} />
      <Pager
        prevHref={page.prevCursor ? hrefWith('/employees', { ...keep, before: page.prevCursor }) : null}
        nextHref={page.nextCursor ? hrefWith('/employees', { ...keep, after: page.nextCursor }) : null}
        labels={t.list}
      />
    </section>
  );
}
