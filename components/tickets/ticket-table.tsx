import type { CSSProperties } from 'react';
import { CARD_BOX } from '@/components/ui/table';
import { OPEN_STATUSES, type Locale, type Status } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketListRow } from '@/lib/tickets/list-vocabulary';
import { formatListDate } from '@/lib/time/format';
import { toLocalDate } from '@/lib/time/local-date';
import { cssString } from '@/components/ui/html';
import { packTicketRow, type TicketRowColumns, type TicketRowData, type TicketRowLabels } from './ticket-row-data';
import { TicketRows } from './ticket-rows';

type Column = 'client' | 'assignee' | 'priority' | 'total';

const isOpen = (s: Status) => (OPEN_STATUSES as readonly Status[]).includes(s);

/** The total, and under it what is still to pay when that is not all; null: no lines yet. */
function totalOf(row: TicketListRow, t: Messages, locale: Locale): TicketRowData['total'] {
  if (row.estimateMinor === null || row.estimateMinor === undefined) return null;
  const currency = row.currency ?? 'RUB';
  const due = row.estimateMinor - (row.paidMinor ?? row.estimateMinor);
  return { amount: formatMoney(row.estimateMinor, currency, locale), toPay: due > 0 ? t.ticketList.toPay(formatMoney(due, currency, locale)) : null };
}

/** A row's data for TicketRows: every date and amount formatted here, in the reader's language and the company's zone. */
function rowData(row: TicketListRow, shown: TicketRowColumns, t: Messages, locale: Locale, timeZone: string, today: string | undefined): TicketRowData {
  const assignee = row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? '' } : null;
  const day = toLocalDate(row.createdAt, timeZone);
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    ...(shown.priority && row.priority !== 'normal' && { priority: row.priority }),
    ...(shown.client && { client: { id: row.clientId, name: row.clientName } }),
    ...(shown.assignee && { assignee }),
    ...(shown.total && { total: totalOf(row, t, locale) }),
    replied: Boolean(row.clientRepliedAt),
    day,
    created: formatListDate(day, locale, today),
    due: row.dueDate ? formatListDate(row.dueDate, locale, today) : t.common.none,
    late: today !== undefined && row.dueDate !== null && row.dueDate < today && isOpen(row.status),
  };
}

/**
 * The one ticket table: the ticket list and the client, employee and department pages all use it.
 * Status badges, priorities and dates link to the matching filtered list; a normal priority, most
 * tickets' and the default, has no badge, so the ones that differ stand out. `hide` drops columns the
 * page already implies; `show` adds optional ones (the priority and the total, shown by the ticket
 * list, whose total header links to the list sorted by it: `totalSort`).
 *
 * The rows are one HTML string with plain links, built by TicketRows from each row's data:
 * rendering is what a list page spends its time on, and 50 rows of React elements, each link a
 * next/link with its prefetching, cost more than the whole rest of the page.
 */
export function TicketTable({
  rows,
  t,
  locale,
  timeZone,
  hide = [],
  show = [],
  caption,
  today,
  emptyText,
  totalSort,
}: {
  rows: TicketListRow[];
  t: Messages;
  locale: Locale;
  timeZone: string;
  hide?: Column[];
  show?: Column[];
  caption?: string;
  /** YYYY-MM-DD in the company's zone: open tickets due before it are marked overdue, and this year's dates go without the year. */
  today?: string;
  emptyText?: string;
  /** The total column's header: the link to sort by it, and whether the list is sorted so. */
  totalSort?: { href: string; active: boolean };
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{emptyText ?? t.ticketTable.empty}</p>;
  const shown: TicketRowColumns = { client: !hide.includes('client'), priority: show.includes('priority'), assignee: !hide.includes('assignee'), total: show.includes('total') };
  const rowLabels: TicketRowLabels = {
    statuses: t.statuses,
    priorities: t.priorities,
    unassigned: t.ticketTable.unassigned,
    none: t.common.none,
    replied: t.conversation.list.rowBadge,
  };
  const labels = {
    '--label-client': cssString(t.ticketTable.client),
    '--label-assignee': cssString(t.ticketTable.assignee),
    '--label-total': cssString(t.ticketList.totalColumn),
    '--label-created': cssString(t.ticketTable.created),
    '--label-due': cssString(t.ticketTable.due),
  } as CSSProperties;
  return (
    <div className="@container w-full">
      <div className={`overflow-x-auto rounded-lg border border-slate-200 bg-white ${CARD_BOX}`} role="region" aria-label={caption ?? t.ticketTable.caption} tabIndex={0}>
        <table className="ticket-table" style={labels} data-testid="ticket-table">
          <thead>
            <tr>
              <th scope="col" className="n">{t.ticketTable.number}</th>
              <th scope="col" className="t">{t.ticketTable.title}</th>
              {shown.client && <th scope="col" className="c">{t.ticketTable.client}</th>}
              <th scope="col" className="s">
                {t.ticketTable.status}
                {shown.priority && <span>{t.ticketTable.priority}</span>}
              </th>
              {shown.assignee && <th scope="col" className="a">{t.ticketTable.assignee}</th>}
              {shown.total && (
                <th scope="col" className="m" aria-sort={totalSort?.active ? 'descending' : undefined}>
                  {totalSort ? (
                    <a href={totalSort.href} title={t.ticketList.sortByTotal} aria-current={totalSort.active ? 'true' : undefined} data-testid="sort-total">
                      {t.ticketList.totalColumn}
                      {totalSort.active && <span aria-hidden="true" className="inline!"> ↓</span>}
                    </a>
                  ) : (
                    t.ticketList.totalColumn
                  )}
                </th>
              )}
              <th scope="col">{t.ticketTable.created}</th>
              <th scope="col">{t.ticketTable.due}</th>
            </tr>
          </thead>
          <TicketRows rows={rows.map((row) => packTicketRow(rowData(row, shown, t, locale, timeZone, today)))} columns={shown} labels={rowLabels} />
        </table>
      </div>
    </div>
  );
}
