import Link from 'next/link';
import type { ReactNode } from 'react';
import { StatusBadge } from '@/components/tickets/status-badge';
import { Badge, Card, CardContent, CardHeader, CardTitle, Table, TBody, TD, TH, THead, TR } from '@/components/ui';
import type { WaitingRow } from '@/db/queries/dashboard';
import type { ApprovedToStartRow } from '@/db/queries/dashboard-estimates';
import type { OpenTickets } from '@/db/queries/digest';
import type { Locale } from '@/lib/domain/enums';
import { formatDateTime, formatMoney } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import type { DashboardMessages } from '@/lib/i18n/messages/features/dashboard';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { calendarDateFormatter, formatDuration } from './format';

type Common = { t: Messages; d: DashboardMessages; locale: Locale };

function TicketLink({ id }: { id: number }) {
  return (
    <Link href={ticketHref(id)} className="font-mono whitespace-nowrap text-primary-700 hover:underline">
      {formatTicketNumber(id)}
    </Link>
  );
}

type PersonalRow = { id: number; title: string; clientId: number; clientName: string; status: keyof Messages['statuses'] };

/**
 * One of the personal lists: a card with a link to the whole filtered list, the first rows
 * (number, title, client, status, then the list's own columns), and how many are not shown.
 */
function PersonalTickets<Row extends PersonalRow>({
  testId,
  title,
  titleId,
  all,
  hint,
  empty,
  rows,
  total,
  extraHead,
  extraCells,
  overdue,
  t,
  d,
}: Pick<Common, 't' | 'd'> & {
  testId: string;
  title: string;
  titleId: string;
  all: { href: string; label: string };
  hint?: string;
  empty: string;
  rows: Row[];
  total: number;
  extraHead: ReactNode;
  extraCells: (row: Row) => ReactNode;
  overdue?: (row: Row) => boolean;
}) {
  return (
    <Card data-testid={testId}>
      <CardHeader>
        <CardTitle id={titleId}>{title}</CardTitle>
        {total > 0 && (
          <Link href={all.href} className="text-sm text-primary-700 hover:underline">
            {all.label}
          </Link>
        )}
      </CardHeader>
      <CardContent className="space-y-2">
        {hint && <p className="text-sm text-slate-600">{hint}</p>}
        {total === 0 ? (
          <p className="text-sm text-slate-600">{empty}</p>
        ) : (
          <>
            <Table label={title} cards>
              <THead>
                <TR>
                  <TH>{t.ticketTable.number}</TH>
                  <TH>{t.ticketTable.title}</TH>
                  <TH className="@2xl:@max-3xl:hidden">{t.ticketTable.client}</TH>
                  <TH>{t.ticketTable.status}</TH>
                  {extraHead}
                </TR>
              </THead>
              <TBody>
                {rows.map((row) => (
                  <TR key={row.id} data-overdue={overdue?.(row) || undefined}>
                    <TD>
                      <TicketLink id={row.id} />
                    </TD>
                    <TD>
                      <span title={row.title} className="line-clamp-2 break-words @2xl:min-w-40">
                        {row.title}
                      </span>
                    </TD>
                    <TD label={t.ticketTable.client} className="@2xl:@max-3xl:hidden">
                      <Link href={`/clients/${row.clientId}`} className="hover:underline">
                        {row.clientName}
                      </Link>
                    </TD>
                    <TD label={t.ticketTable.status}>
                      <StatusBadge status={row.status} label={t.statuses[row.status]} />
                    </TD>
                    {extraCells(row)}
                  </TR>
                ))}
              </TBody>
            </Table>
            {total > rows.length && <p className="text-sm text-slate-600">{d.shown(rows.length, total)}</p>}
          </>
        )}
      </CardContent>
    </Card>
  );
}

/** "My open tickets today": the digest's list, overdue first; the first few, and a link to all. */
export function MyTickets({ open, t, d, locale }: Common & { open: OpenTickets }) {
  const dueDate = calendarDateFormatter(locale, true);
  return (
    <PersonalTickets
      testId="my-tickets"
      title={d.mine.title}
      titleId="mine-title"
      all={{ href: '/tickets?assignee=me&status=open', label: d.mine.all(open.total) }}
      empty={d.mine.empty}
      rows={open.rows}
      total={open.total}
      extraHead={<TH>{t.ticketTable.due}</TH>}
      overdue={(row) => row.overdue}
      extraCells={(row) => (
        <TD label={t.ticketTable.due}>
          <span className="whitespace-nowrap">{row.dueDate ? dueDate(row.dueDate) : t.common.none}</span>{' '}
          {row.overdue && <Badge tone="danger">{d.mine.overdue}</Badge>}
        </TD>
      )}
      t={t}
      d={d}
    />
  );
}

/** My tickets waiting for the client's approval or for parts, and for how long. */
export function WaitingTickets({
  waiting,
  now,
  timeZone,
  t,
  d,
  locale,
}: Common & { waiting: { rows: WaitingRow[]; total: number }; now: Date; timeZone: string }) {
  return (
    <PersonalTickets
      testId="waiting-tickets"
      title={d.waiting.title}
      titleId="waiting-title"
      all={{ href: '/tickets?assignee=me&status=awaiting_approval,awaiting_parts', label: d.waiting.all(waiting.total) }}
      hint={d.waiting.hint}
      empty={d.waiting.empty}
      rows={waiting.rows}
      total={waiting.total}
      extraHead={
        <>
          <TH className="@2xl:@max-4xl:hidden">{d.waiting.since}</TH>
          <TH>{d.waiting.waited}</TH>
        </>
      }
      extraCells={(row) => (
        <>
          <TD label={d.waiting.since} className="whitespace-nowrap @2xl:@max-4xl:hidden">
            {formatDateTime(row.since, locale, timeZone)}
          </TD>
          <TD label={d.waiting.waited} className="whitespace-nowrap font-medium tabular-nums">
            {formatDuration(now.getTime() - row.since.getTime(), d)}
          </TD>
        </>
      )}
      t={t}
      d={d}
    />
  );
}

/** "Approved — start work": my tickets in progress whose estimate the client approved, no work recorded yet. */
export function ApprovedTickets({
  approved,
  timeZone,
  t,
  d,
  locale,
}: Common & { approved: { rows: ApprovedToStartRow[]; total: number }; timeZone: string }) {
  return (
    <PersonalTickets
      testId="approved-tickets"
      title={d.approved.title}
      titleId="approved-title"
      all={{ href: '/tickets?assignee=me&status=in_progress', label: d.approved.all(approved.total) }}
      hint={d.approved.hint}
      empty={d.approved.empty}
      rows={approved.rows.map((r) => ({ ...r, status: 'in_progress' as const }))}
      total={approved.total}
      extraHead={
        <>
          <TH>{d.approved.total}</TH>
          <TH className="@2xl:@max-4xl:hidden">{d.approved.approvedAt}</TH>
        </>
      }
      extraCells={(row) => (
        <>
          <TD label={d.approved.total} className="whitespace-nowrap font-medium tabular-nums">
            {formatMoney(row.totalMinor, row.currency, locale)}
          </TD>
          <TD label={d.approved.approvedAt} className="whitespace-nowrap @2xl:@max-4xl:hidden">
            {formatDateTime(row.decidedAt, locale, timeZone)}
          </TD>
        </>
      )}
      t={t}
      d={d}
    />
  );
}
