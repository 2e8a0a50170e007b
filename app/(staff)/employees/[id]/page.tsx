import { Pencil } from '@/components/ui/icons';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { DeleteForm } from '@/components/forms/delete-form';
import { Card, CardContent, CardHeader, CardTitle, buttonClasses } from '@/components/ui';
import { getEmployee } from '@/db/queries/employees';
import { requireStaff } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { getLocale, getT } from '@/lib/i18n/server';
import { canManageStaff } from '@/lib/permissions';
import { OneButtonForm } from '@/components/forms/one-button-form';
import { listStaffSessions } from '@/db/queries/staff-sessions';
import { SessionList } from '../../_components/session-list';
import { formatPhone } from '@/lib/phone';
import { parseEmployeeId } from '@/lib/validation/employees';
import { deleteEmployeeAction, endEmployeeSessionsAction } from '../actions';
import { ActiveBadge } from '../_components/active-badge';
import { EmployeeHistory } from '../_components/employee-history';
import { EmployeeTickets } from '../_components/employee-tickets';

type Params = Promise<{ id: string }>;

async function employeeFrom(raw: string) {
  const id = parseEmployeeId(raw);
  return id ? await getEmployee(id) : undefined;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await requireStaff();
  const employee = await employeeFrom((await params).id);
  return { title: employee?.fullName ?? (await getT()).errors.notFound };
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

export default async function EmployeePage({ params }: { params: Params }) {
  const [staff, t, locale] = await Promise.all([requireStaff(), getT(), getLocale()]);
  const employee = await employeeFrom((await params).id);
  if (!employee) notFound();
  const e = t.employees;
  const f = e.fields;
  const timeZone = env().APP_TIMEZONE;
  const admin = canManageStaff(staff);
  const sessions = admin ? await listStaffSessions(employee.id) : [];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <Link href="/employees" className="text-sm text-primary-700 hover:underline">
            ← {e.title}
          </Link>
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold">
            {employee.fullName} <ActiveBadge active={employee.active} t={t} />
          </h1>
          <p className="text-slate-600">
            {[employee.position, t.roles[employee.role]].filter(Boolean).join(' · ')}
          </p>
        </div>
        {admin && (
          <div className="flex max-w-md flex-wrap items-start justify-end gap-2">
            <Link href={`/employees/${employee.id}/edit`} className={buttonClasses('secondary')} data-testid="edit-employee">
              <Pencil aria-hidden /> {t.common.edit}
            </Link>
            <DeleteForm
              action={deleteEmployeeAction}
              id={employee.id}
              labels={{
                trigger: e.deleteTrigger,
                title: t.deletion.confirmTitle,
                body: e.deleteBody(employee.fullName),
                confirm: t.common.delete,
                cancel: t.common.cancel,
              }}
            />
          </div>
        )}
      </div>

      <Card>
        <CardHeader>
          <CardTitle>{e.contacts}</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
            <Row label={f.email}>
              <a href={`mailto:${employee.email}`} className="text-primary-700 hover:underline">
                {employee.email}
              </a>
            </Row>
            <Row label={f.phone}>
              {employee.phone ? (
                <a href={`tel:${employee.phone}`} className="text-primary-700 hover:underline">
                  {formatPhone(employee.phone)}
                </a>
              ) : (
                t.common.none
              )}
            </Row>
            <Row label={f.departmentId}>
              <Link href={`/departments/${employee.departmentId}`} className="text-primary-700 hover:underline">
                {employee.departmentName}
              </Link>
            </Row>
            <Row label={f.position}>{employee.position || t.common.none}</Row>
            <Row label={f.role}>{t.roles[employee.role]}</Row>
            <Row label={f.locale}>{t.locales[employee.locale]}</Row>
            <Row label={f.digestOptOut}>{employee.digestOptOut ? t.common.yes : t.common.no}</Row>
          </dl>
        </CardContent>
      </Card>

      {admin && (
        <Card>
          <CardHeader>
            <CardTitle>{e.sessions.title}</CardTitle>
          </CardHeader>
          <CardContent className="space-y-4">
            <p className="text-sm text-slate-600">{e.sessions.adminIntro}</p>
            <SessionList sessions={sessions} t={t} locale={locale} timeZone={timeZone} />
            <OneButtonForm
              id="end-sessions"
              action={endEmployeeSessionsAction}
              fields={{ id: employee.id }}
              submit={e.sessions.endAll}
              danger
              disabled={sessions.length === 0}
            />
          </CardContent>
        </Card>
      )}

      <EmployeeTickets employeeId={employee.id} t={t} locale={locale} timeZone={timeZone} />
      <EmployeeHistory employeeId={employee.id} t={t} locale={locale} timeZone={timeZone} />
    </div>
  );
}
