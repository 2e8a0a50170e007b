import { Pencil } from '@/components/ui/icons';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HistorySection } from '@/components/audit/history-section';
import { DeleteForm } from '@/components/forms/delete-form';
import { TicketTable } from '@/components/tickets/ticket-table';
import { Badge, Card, CardContent, CardHeader, CardTitle, buttonClasses } from '@/components/ui';
import { listAudit } from '@/db/queries/audit';
import { getDepartment, listDepartmentEmployees } from '@/db/queries/departments';
import { countTickets, listTickets, OPEN } from '@/db/queries/ticket-list';
import { requireStaff } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { getLocale, getT } from '@/lib/i18n/server';
import { formatPhone } from '@/lib/phone';
import { canManageStaff } from '@/lib/permissions';
import { idField } from '@/lib/validation/codes';
import { deleteDepartmentAction } from '../actions';

type Props = { params: Promise<{ id: string }> };

async function load(params: Props['params']) {
  const id = idField.safeParse((await params).id);
  const department = id.success ? await getDepartment(id.data) : undefined;
  if (!department) notFound();
  return department;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireStaff();
  return { title: (await load(params)).name };
}

export default async function DepartmentPage({ params }: Props) {
  const [staff, t, locale, department] = await Promise.all([requireStaff(), getT(), getLocale(), load(params)]);
  const timeZone = env().APP_TIMEZONE;
  const members = await listDepartmentEmployees(department.id);
  const recent = await listTickets({ departmentId: department.id }, {}, 20);
  const total = await countTickets({ departmentId: department.id });
  const open = await countTickets({ departmentId: department.id, statuses: OPEN });
  const admin = canManageStaff(staff);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-500">
            <Link href="/departments" className="hover:underline">
              {t.departments.title}
            </Link>
          </p>
          <h1 className="text-2xl font-semibold">{department.name}</h1>
          {department.description && <p className="mt-1 max-w-2xl text-slate-700">{department.description}</p>}
        </div>
        {admin && (
          <div className="flex flex-wrap items-start gap-2">
            <Link href={`/departments/${department.id}/edit`} className={buttonClasses('secondary')}>
              <Pencil aria-hidden /> {t.common.edit}
            </Link>
            <DeleteForm
              action={deleteDepartmentAction}
              id={department.id}
              labels={{ trigger: t.common.delete, title: t.deletion.confirmTitle, body: t.deletion.confirmBody, confirm: t.common.delete, cancel: t.common.cancel }}
            />
          </div>
        )}
      </div>

      <Card>
        <CardHeader>
          <CardTitle>{t.departments.contacts}</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
            <dt className="text-slate-500">{t.departments.fields.email}</dt>
            <dd>{department.email ? <a href={`mailto:${department.email}`} className="text-primary-700 hover:underline">{department.email}</a> : t.common.none}</dd>
            <dt className="text-slate-500">{t.departments.fields.phone}</dt>
            <dd>{department.phone ? <a href={`tel:${department.phone}`} className="text-primary-700 hover:underline">{formatPhone(department.phone)}</a> : t.common.none}</dd>
          </dl>
        </CardContent>
      </Card>

      <section aria-labelledby="members-title" className="space-y-2">
        <h2 id="members-title" className="text-lg font-semibold">
          {t.departments.employeesTitle} ({members.length})
        </h2>
        {members.length === 0 ? (
          <p className="text-sm text-slate-600">{t.departments.noEmployees}</p>
        ) : (
          <ul className="grid gap-1 sm:grid-cols-2">
            {members.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/employees/${m.id}`} className="text-primary-700 hover:underline">
                  {m.fullName}
                </Link>
                <span className="text-sm text-slate-500">{m.position || t.roles[m.role]}</span>
                {!m.active && <Badge tone="neutral">{t.departments.inactive}</Badge>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="tickets-title" className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="tickets-title" className="text-lg font-semibold">
            {t.departments.ticketsTitle} · {t.departments.ticketsCount(open, total)}
          </h2>
          <Link href={`/tickets?department=${department.id}`} className="text-sm text-primary-700 hover:underline" data-testid="department-tickets-link">
            {t.departments.allTickets}
          </Link>
        </div>
        <TicketTable rows={recent.rows} t={t} locale={locale} timeZone={timeZone} />
      </section>

      <HistorySection
        entries={await listAudit('department', department.id)}
        fieldLabels={t.departments.fields}
        t={t}
        locale={locale}
        timeZone={timeZone}
      />
    </div>
  );
}
