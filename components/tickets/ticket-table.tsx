import type { CSSProperties } from 'react';
import { CARD_BOX, CARD_FRAME } from '@/components/ui/table';
import { OPEN_STATUSES, type Locale, type Priority, type Status } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketListRow } from '@/lib/tickets/list-vocabulary';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { formatCalendarDate, formatLocalDay } from '@/lib/time/format';
import { toLocalDate } from '@/lib/time/local-date';
import { cssString, html } from '@/components/ui/html';

type Column = 'client' | 'assignee' | 'priority' | 'total';

const STATUS_TONE: Record<Status, string> = {
  new: 'ti',
  diagnostics: 'tp',
  awaiting_approval: 'tw',
  in_progress: 'tp',
  awaiting_parts: 'tw',
  ready: 'ts',
  closed: 'tn',
  cancelled: 'tn',
};
const PRIORITY_TONE: Record<Priority, string> = { low: 'tn', normal: 'tn', high: 'tw', urgent: 'td' };
const isOpen = (s: Status) => (OPEN_STATUSES as readonly Status[]).includes(s);

/**
 * Every cell's and badge's look is set once, on the table, through descendant selectors: a page
 * of 50 rows then carries no repeated class lists (each row would otherwise add a kilobyte to the
 * HTML and as much again to the React payload, and rendering is what a list page spends its time
 * on). The badge tones match components/ui/badge.tsx. Cells are named by short classes: n number,
 * t title, c client, s status (and priority), a assignee, m total; the last two are created and due.
 */
const TABLE =
  'w-full border-collapse text-left text-sm ' +
  '[&_th]:px-2 [&_th]:py-2 [&_th]:text-xs [&_th]:font-semibold [&_th]:tracking-wide [&_th]:whitespace-nowrap [&_th]:text-slate-600 [&_th]:uppercase [&_th_span]:block [&_th_a:hover]:underline ' +
  '[&_thead]:border-b [&_thead]:border-slate-200 [&_thead]:bg-slate-50 [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-100 [&_tbody_tr:hover]:bg-slate-50/70 ' +
  '[&_td]:px-2 [&_td]:py-2 [&_td]:align-top [&_td]:text-slate-800 [&_td_a:hover]:underline ' +
  '[&_.m]:whitespace-nowrap @2xl:[&_.m]:text-right [&_td.m]:tabular-nums [&_.due]:block [&_.due]:text-xs [&_.due]:whitespace-normal [&_.due]:text-warning-800 ' +
  '[&_td.n]:font-mono [&_.n]:whitespace-nowrap [&_.n_a]:text-primary-700 [&_.d]:whitespace-nowrap [&_.late]:font-medium [&_.late]:text-danger-700 [&_.none]:text-slate-500 ' +
  '[&_.b]:inline-flex [&_.b]:items-center [&_.b]:rounded-full [&_.b]:px-2 [&_.b]:py-0.5 [&_.b]:text-xs [&_.b]:font-medium [&_.b]:whitespace-nowrap [&_.b]:ring-1 [&_.b]:ring-inset ' +
  '[&_.tn]:bg-slate-100 [&_.tn]:text-slate-700 [&_.tn]:ring-slate-300 [&_.ti]:bg-sky-50 [&_.ti]:text-sky-800 [&_.ti]:ring-sky-200 ' +
  '[&_.ts]:bg-success-50 [&_.ts]:text-success-800 [&_.ts]:ring-success-100 [&_.tw]:bg-warning-50 [&_.tw]:text-warning-800 [&_.tw]:ring-warning-100 ' +
  '[&_.td]:bg-danger-50 [&_.td]:text-danger-800 [&_.td]:ring-danger-100 [&_.tp]:bg-primary-50 [&_.tp]:text-primary-800 [&_.tp]:ring-primary-100 ' +
  // Titles get two lines at most (the whole title is the tooltip); status and priority stack.
  '[&_.t_span]:line-clamp-2 [&_.t_span]:break-words @2xl:[&_.t]:min-w-48 @2xl:[&_.s_.b]:flex @2xl:[&_.s_.b]:w-fit @2xl:[&_.s_.b+.b]:mt-1 ' +
  // What matters least goes first as the box narrows: the creation day, then the assignee, then the client.
  '@2xl:@max-6xl:[&_tr>:nth-last-child(2)]:hidden @2xl:@max-4xl:[&_.a]:hidden @2xl:@max-3xl:[&_.c]:hidden';

/**
 * Below 42rem each row is a card: the number with the status and priority, the title, then the
 * client, the assignee, the total and both dates, each named (by custom properties set once on the table).
 */
const CARDS =
  `${CARD_FRAME} @max-2xl:[&_tbody_tr]:flex @max-2xl:[&_tbody_tr]:flex-wrap @max-2xl:[&_tbody_tr]:items-start @max-2xl:[&_tbody_tr]:gap-x-3 ` +
  '@max-2xl:[&_.n]:grow @max-2xl:[&_.s]:flex @max-2xl:[&_.s]:flex-wrap @max-2xl:[&_.s]:gap-1 @max-2xl:[&_.t]:order-1 @max-2xl:[&_.t]:basis-full @max-2xl:[&_.t]:font-medium ' +
  '@max-2xl:[&_td:not(.n,.s,.t)]:relative @max-2xl:[&_td:not(.n,.s,.t)]:order-2 @max-2xl:[&_td:not(.n,.s,.t)]:basis-full @max-2xl:[&_td:not(.n,.s,.t)]:pl-[min(8.5rem,38%)] ' +
  '@max-2xl:[&_td:not(.n,.s,.t)]:before:absolute @max-2xl:[&_td:not(.n,.s,.t)]:before:left-0 @max-2xl:[&_td:not(.n,.s,.t)]:before:w-[min(8rem,36%)] @max-2xl:[&_td:not(.n,.s,.t)]:before:text-xs @max-2xl:[&_td:not(.n,.s,.t)]:before:leading-5 @max-2xl:[&_td:not(.n,.s,.t)]:before:font-normal @max-2xl:[&_td:not(.n,.s,.t)]:before:text-slate-600 ' +
  '@max-2xl:[&_.c]:before:content-[var(--label-client)] @max-2xl:[&_.a]:before:content-[var(--label-assignee)] @max-2xl:[&_.m]:before:content-[var(--label-total)] ' +
  '@max-2xl:[&_td:nth-last-child(2)]:before:content-[var(--label-created)] @max-2xl:[&_td:last-child]:before:content-[var(--label-due)]';

/** Which optional columns a table shows. */
type Shown = { client: boolean; priority: boolean; assignee: boolean; total: boolean };

/**
 * The total (the lines' sum after discounts, or a note that there are no lines yet) and, under it,
 * what is still to pay when that is not all.
 */
function totalCell(row: TicketListRow, t: Messages, locale: Locale) {
  if (row.estimateMinor === null || row.estimateMinor === undefined) return html`<td class="m" data-testid="row-total"><span class="none">${t.ticketList.noLines}</span></td>`;
  const currency = row.currency ?? 'RUB';
  const due = row.estimateMinor - (row.paidMinor ?? row.estimateMinor);
  return html`<td class="m" data-testid="row-total">${formatMoney(row.estimateMinor, currency, locale)}${
    due > 0 && html`<span class="due" data-testid="row-due">${t.ticketList.toPay(formatMoney(due, currency, locale))}</span>`
  }</td>`;
}

/** One row as HTML; every value from the database is escaped by `html`. */
function rowHtml(row: TicketListRow, shown: Shown, t: Messages, locale: Locale, timeZone: string, today: string | undefined) {
  const day = toLocalDate(row.createdAt, timeZone);
  const late = today !== undefined && row.dueDate !== null && row.dueDate < today && isOpen(row.status);
  return html`<tr><td class="n"><a href="${ticketHref(row.id)}">${formatTicketNumber(row.id)}</a></td><td class="t"><span title="${row.title}">${row.title}</span></td>${
    shown.client && html`<td class="c"><a href="/clients/${row.clientId}">${row.clientName}</a></td>`
  }<td class="s"><a href="/tickets?status=${row.status}" class="b ${STATUS_TONE[row.status]}">${t.statuses[row.status]}</a>${
    shown.priority && html`<a href="/tickets?priority=${row.priority}" class="b ${PRIORITY_TONE[row.priority]}">${t.priorities[row.priority]}</a>`
  }${
    // The client wrote and nobody has answered yet (issue 18): the mark links to all such tickets.
    row.clientRepliedAt && html`<a href="/tickets?replied=1" class="b tp" data-testid="row-replied">${t.conversation.list.rowBadge}</a>`
  }</td>${
    shown.assignee &&
    (row.assigneeId
      ? html`<td class="a"><a href="/employees/${row.assigneeId}">${row.assigneeName}</a></td>`
      : html`<td class="a"><span class="none">${t.ticketTable.unassigned}</span></td>`)
  }${shown.total && totalCell(row, t, locale)}<td class="d"><a href="/tickets?from=${day}&amp;to=${day}">${formatLocalDay(row.createdAt, locale, timeZone)}</a></td><td class="${late ? 'd late' : 'd'}">${
    row.dueDate ? formatCalendarDate(row.dueDate, locale) : t.common.none
  }</td></tr>`;
}

/**
 * The one ticket table: the ticket list and the client, employee and department pages all use it.
 * Status badges, priorities and dates link to the matching filtered list. `hide` drops columns the
 * page already implies; `show` adds optional ones (the priority and the total, shown by the ticket
 * list, whose total header links to the list sorted by it: `totalSort`).
 *
 * The rows are rendered as one HTML string (escaped by `html`), with plain links: rendering is
 * what a list page spends its time on, and 50 rows of React elements, each link a next/link with
 * its prefetching, cost more than the whole rest of the page. The rows have no interactivity.
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
  /** YYYY-MM-DD in the company's zone: open tickets due before it are marked overdue. */
  today?: string;
  emptyText?: string;
  /** The total column's header: the link to sort by it, and whether the list is sorted so. */
  totalSort?: { href: string; active: boolean };
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{emptyText ?? t.ticketTable.empty}</p>;
  const shown: Shown = { client: !hide.includes('client'), priority: show.includes('priority'), assignee: !hide.includes('assignee'), total: show.includes('total') };
  const body = rows.map((row) => rowHtml(row, shown, t, locale, timeZone, today).value).join('');
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
        <table className={`${TABLE} ${CARDS}`} style={labels} data-testid="ticket-table">
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
          <tbody dangerouslySetInnerHTML={{ __html: body }} />
        </table>
      </div>
    </div>
  );
}
