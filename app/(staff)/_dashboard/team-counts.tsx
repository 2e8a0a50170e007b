import Link from 'next/link';
import { StatusBadge } from '@/components/tickets/status-badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui';
import type { OpenStatus, OverdueRow } from '@/db/queries/dashboard';
import { OPEN_STATUSES, type Locale } from '@/lib/domain/enums';
import { daysBetween } from '@/lib/dashboard/days';
import type { Messages } from '@/lib/i18n/messages';
import type { DashboardMessages } from '@/lib/i18n/messages/features/dashboard';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { calendarDateFormatter, numberFormatter } from './format';

type Common = { t: Messages; d: DashboardMessages; locale: Locale };

function CountLink({
  href,
  count,
  label,
  testId,
  tone = 'default',
}: {
  href: string;
  count: string;
  label: string;
  testId: string;
  tone?: 'default' | 'danger' | 'strong';
}) {
  const number = tone === 'danger' ? 'text-danger-700' : tone === 'strong' ? 'text-primary-700' : 'text-slate-900';
  return (
    <Link
      href={href}
      data-testid={testId}
      className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3 shadow-sm hover:border-primary-600 hover:bg-primary-50"
    >
      <span className={`text-2xl font-semibold tabular-nums ${number}`}>{count}</span>
      <span className="text-sm text-slate-700">{label}</span>
    </Link>
  );
}

/** Open tickets by status, all open, unassigned and overdue: each a link to the matching list. */
export function StatusCounts({
  byStatus,
  unassigned,
  overdue,
  t,
  d,
  locale,
}: Common & {
  byStatus: Record<OpenStatus, number>;
  unassigned: number;
  overdue: number;
}) {
  const n = numberFormatter(locale);
  const total = OPEN_STATUSES.reduce((sum, s) => sum + byStatus[s], 0);
  return (
    <section aria-labelledby="by-status-title" className="space-y-2">
      <h3 id="by-status-title" className="text-base font-semibold text-slate-900">
        {d.team.byStatus}
      </h3>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5 print:grid-cols-5">
        {OPEN_STATUSES.map((status) => (
          <li key={status}>
            <CountLink
              href={`/tickets?status=${status}`}
              count={n(byStatus[status])}
              label={t.statuses[status]}
              testId={`count-${status}`}
            />
          </li>
        ))}
        <li>
          <CountLink href="/tickets?status=open" count={n(total)} label={d.team.openTotal} testId="count-open" tone="strong" />
        </li>
        <li>
          <CountLink
            href="/tickets?assignee=none&status=open"
            count={n(unassigned)}
            label={d.team.unassigned}
            testId="count-unassigned"
          />
        </li>
        <li>
          <CountLink
            href="/tickets?overdue=1"
            count={n(overdue)}
            label={d.team.overdue}
            testId="count-overdue"
            tone={overdue > 0 ? 'danger' : 'default'}
          />
        </li>
      </ul>
    </section>
  );
}

/** The most overdue open tickets, with how late each is. */
export function OverdueList({ count, rows, today, t, d, locale }: Common & { count: number; rows: OverdueRow[]; today: string }) {
  const dueDate = calendarDateFormatter(locale, true);
  return (
    <Card data-testid="overdue-list" className="break-inside-avoid">
      <CardHeader>
        <CardTitle as="h3" id="overdue-title">
          {d.team.overdue}
        </CardTitle>
        {count > 0 && (
          <Link href="/tickets?overdue=1" className="text-sm text-primary-700 hover:underline">
            {d.team.overdueAll(count)}
          </Link>
        )}
      </CardHeader>
      <CardContent>
        <p className="mb-2 text-sm text-slate-600">{d.team.overdueHint}</p>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{d.team.overdueEmpty}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" aria-labelledby="overdue-title">
            {rows.map((row) => (
              <li key={row.id} className="space-y-1 py-2">
                <p className="flex gap-3">
                  <Link href={ticketHref(row.id)} className="font-mono whitespace-nowrap text-primary-700 hover:underline">
                    {formatTicketNumber(row.id)}
                  </Link>
                  <span className="min-w-0">{row.title}</span>
                </p>
                <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <StatusBadge status={row.status} label={t.statuses[row.status]} />
                  <span className="text-slate-600">
                    {row.assigneeId ? (
                      <Link href={`/employees/${row.assigneeId}`} className="hover:underline">
                        {row.assigneeName}
                      </Link>
                    ) : (
                      t.ticketTable.unassigned
                    )}
                  </span>
                  {/* Two unbreakable halves, so a phone puts "days late" under the due date. */}
                  <span className="text-danger-700">
                    <span className="whitespace-nowrap">
                      {d.team.dueOn} {dueDate(row.dueDate)}
                    </span>{' '}
                    · <span className="whitespace-nowrap">{d.team.daysLate(daysBetween(row.dueDate, today))}</span>
                  </span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
