import Link from 'next/link';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui';
import type { TicketListRow } from '@/db/queries/ticket-list';
import type { Locale } from '@/lib/domain/enums';
import { formatDate, localDate } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { StatusBadge } from './status-badge';

type Column = 'client' | 'assignee';

/**
 * The one ticket table: the ticket list and the client, employee and department pages all use it.
 * Status badges and dates link to the matching filtered list.
 */
export function TicketTable({
  rows,
  t,
  locale,
  timeZone,
  hide = [],
  caption,
}: {
  rows: TicketListRow[];
  t: Messages;
  locale: Locale;
  timeZone: string;
  hide?: Column[];
  caption?: string;
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t.ticketTable.empty}</p>;
  const show = (c: Column) => !hide.includes(c);
  return (
    <Table label={caption ?? t.ticketTable.caption}>
      <THead>
        <TR>
          <TH>{t.ticketTable.number}</TH>
          <TH>{t.ticketTable.title}</TH>
          {show('client') && <TH>{t.ticketTable.client}</TH>}
          <TH>{t.ticketTable.status}</TH>
          {show('assignee') && <TH>{t.ticketTable.assignee}</TH>}
          <TH>{t.ticketTable.created}</TH>
          <TH>{t.ticketTable.due}</TH>
        </TR>
      </THead>
      <TBody>
        {rows.map((row) => {
          const day = localDate(row.createdAt, timeZone);
          return (
            <TR key={row.id}>
              <TD className="font-mono whitespace-nowrap">
                <Link href={ticketHref(row.id)} className="text-primary-700 hover:underline">
                  {formatTicketNumber(row.id)}
                </Link>
              </TD>
              <TD>{row.title}</TD>
              {show('client') && (
                <TD>
                  <Link href={`/clients/${row.clientId}`} className="hover:underline">
                    {row.clientName}
                  </Link>
                </TD>
              )}
              <TD>
                <StatusBadge status={row.status} label={t.statuses[row.status]} />
              </TD>
              {show('assignee') && (
                <TD>
                  {row.assigneeId ? (
                    <Link href={`/employees/${row.assigneeId}`} className="hover:underline">
                      {row.assigneeName}
                    </Link>
                  ) : (
                    <span className="text-slate-500">{t.ticketTable.unassigned}</span>
                  )}
                </TD>
              )}
              <TD className="whitespace-nowrap">
                <Link href={`/tickets?from=${day}&to=${day}`} className="hover:underline">
                  {formatDate(row.createdAt, locale, timeZone)}
                </Link>
              </TD>
              <TD className="whitespace-nowrap">{row.dueDate ?? t.common.none}</TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
