import Link from 'next/link';
import { StatusBadge } from '@/components/tickets/status-badge';
import { Badge, Card, CardContent, CardHeader, CardTitle, Table, TBody, TD, TH, THead, TR } from '@/components/ui';
import type { WaitingRow } from '@/db/queries/dashboard';
import type { OpenTickets } from '@/db/queries/digest';
import type { Locale } from '@/lib/domain/enums';
import { formatDateTime } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { calendarDateFormatter, formatDuration, type DashboardMessages } from './format';


type Common = { t: Messages; d: DashboardMessages; locale: Locale };

function TicketLink({ id }: { id: number }) {
  return (
    <Link href={ticketHref(id)} className="font-mono whitespace-nowrap text-primary-700 hover:underline">
      {formatTicketNumber(id)}
    </Link>
  );
}

/** "My open tickets today": the digest's list, overdue first; the first few, and a link to all. */
export function MyTickets({ open, t, d, locale }: Common & { open: OpenTickets }) {
  const { rows: shown, total } = open;
  const dueDate = calendarDateFormatter(locale, true);
  return (
    <Card data-testid="my-tickets">
      <CardHeader>
        <CardTitle id="mine-title">{d.mine.title}</CardTitle>
        {total > 0 && (
          <Link href="/tickets?assignee=me&status=open" className="text-sm text-primary-700 hover:underline">
            {d.mine.all(total)}
          </Link>
        )}
      </CardHeader>
      <CardContent className="space-y-2">
        {total === 0 ? (
          <p className="text-sm text-slate-600">{d.mine.empty}</p>
        ) : (
          <>
            <Table label={d.mine.title}>
              <THead>
                <TR>
                  <TH>{t.ticketTable.number}</TH>
                  <TH>{t.ticketTable.title}</TH>
                  <TH>{t.ticketTable.client}</TH>
                  <TH>{t.ticketTable.status}</TH>
                  <TH>{t.ticketTable.due}</TH>
                </TR>
              </THead>
              <TBody>
                {shown.map((row) => (
                  <TR key={row.id} data-overdue={row.overdue || undefined}>
                    <TD>
                      <TicketLink id={row.id} />
                    </TD>
                    <TD>{row.title}</TD>
                    <TD>
                      <Link href={`/clients/${row.clientId}`} className="hover:underline">
                        {row.clientName}
                      </Link>
                    </TD>
                    <TD>
                      <StatusBadge status={row.status} label={t.statuses[row.status]} />
                    </TD>
                    <TD className="whitespace-nowrap">
                      {row.dueDate ? dueDate(row.dueDate) : t.common.none}{' '}
                      {row.overdue && <Badge tone="danger">{d.mine.overdue}</Badge>}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
            {total > shown.length && <p className="text-sm text-slate-600">{d.shown(shown.length, total)}</p>}
          </>
        )}
      </CardContent>
    </Card>
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
  const { rows, total } = waiting;
  return (
    <Card data-testid="waiting-tickets">
      <CardHeader>
        <CardTitle id="waiting-title">{d.waiting.title}</CardTitle>
        {total > 0 && (
          <Link
            href="/tickets?assignee=me&status=awaiting_approval,awaiting_parts"
            className="text-sm text-primary-700 hover:underline"
          >
            {d.waiting.all(total)}
          </Link>
        )}
      </CardHeader>
      <CardContent className="space-y-2">
        <p className="text-sm text-slate-600">{d.waiting.hint}</p>
        {total === 0 ? (
          <p className="text-sm text-slate-600">{d.waiting.empty}</p>
        ) : (
          <>
            <Table label={d.waiting.title}>
              <THead>
                <TR>
                  <TH>{t.ticketTable.number}</TH>
                  <TH>{t.ticketTable.title}</TH>
                  <TH>{t.ticketTable.client}</TH>
                  <TH>{t.ticketTable.status}</TH>
                  <TH>{d.waiting.since}</TH>
                  <TH>{d.waiting.waited}</TH>
                </TR>
              </THead>
              <TBody>
                {rows.map((row) => (
                  <TR key={row.id}>
                    <TD>
                      <TicketLink id={row.id} />
                    </TD>
                    <TD>{row.title}</TD>
                    <TD>
                      <Link href={`/clients/${row.clientId}`} className="hover:underline">
                        {row.clientName}
                      </Link>
                    </TD>
                    <TD>
                      <StatusBadge status={row.status} label={t.statuses[row.status]} />
                    </TD>
                    <TD className="whitespace-nowrap">{formatDateTime(row.since, locale, timeZone)}</TD>
                    <TD className="whitespace-nowrap font-medium tabular-nums">
                      {formatDuration(now.getTime() - row.since.getTime(), d)}
                    </TD>
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
