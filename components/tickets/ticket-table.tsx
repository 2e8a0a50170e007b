import { OPEN_STATUSES, type Locale, type Priority, type Status } from '@/lib/domain/enums';
import type { TicketListRow } from '@/db/queries/ticket-list';
import type { Messages } from '@/lib/i18n/messages';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { formatCalendarDate, formatLocalDay } from '@/lib/time/format';
import { toLocalDate } from '@/lib/time/local-date';
import { html } from './html';

type Column = 'client' | 'assignee' | 'priority';

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
 * on). The badge tones match components/ui/badge.tsx.
 */
const TABLE =
  'w-full border-collapse text-left text-sm ' +
  '[&_th]:px-3 [&_th]:py-2 [&_th]:text-xs [&_th]:font-semibold [&_th]:tracking-wide [&_th]:whitespace-nowrap [&_th]:text-slate-600 [&_th]:uppercase ' +
  '[&_thead]:border-b [&_thead]:border-slate-200 [&_thead]:bg-slate-50 [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-100 [&_tbody_tr:hover]:bg-slate-50/70 ' +
  '[&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_td]:text-slate-800 [&_td_a:hover]:underline ' +
  '[&_.n]:font-mono [&_.n]:whitespace-nowrap [&_.n_a]:text-primary-700 [&_.d]:whitespace-nowrap [&_.late]:font-medium [&_.late]:text-danger-700 [&_.none]:text-slate-500 ' +
  '[&_.b]:inline-flex [&_.b]:items-center [&_.b]:rounded-full [&_.b]:px-2 [&_.b]:py-0.5 [&_.b]:text-xs [&_.b]:font-medium [&_.b]:whitespace-nowrap [&_.b]:ring-1 [&_.b]:ring-inset ' +
  '[&_.tn]:bg-slate-100 [&_.tn]:text-slate-700 [&_.tn]:ring-slate-300 [&_.ti]:bg-sky-50 [&_.ti]:text-sky-800 [&_.ti]:ring-sky-200 ' +
  '[&_.ts]:bg-success-50 [&_.ts]:text-success-800 [&_.ts]:ring-success-100 [&_.tw]:bg-warning-50 [&_.tw]:text-warning-800 [&_.tw]:ring-warning-100 ' +
  '[&_.td]:bg-danger-50 [&_.td]:text-danger-800 [&_.td]:ring-danger-100 [&_.tp]:bg-primary-50 [&_.tp]:text-primary-800 [&_.tp]:ring-primary-100';

/** Which optional columns a table shows. */
type Shown = { client: boolean; priority: boolean; assignee: boolean };

/** One row as HTML; every value from the database is escaped by `html`. */
function rowHtml(row: TicketListRow, shown: Shown, t: Messages, locale: Locale, timeZone: string, today: string | undefined) {
  const day = toLocalDate(row.createdAt, timeZone);
  const late = today !== undefined && row.dueDate !== null && row.dueDate < today && isOpen(row.status);
  return html`<tr><td class="n"><a href="${ticketHref(row.id)}">${formatTicketNumber(row.id)}</a></td><td>${row.title}</td>${
    shown.client && html`<td><a href="/clients/${row.clientId}">${row.clientName}</a></td>`
  }<td><a href="/tickets?status=${row.status}" class="b ${STATUS_TONE[row.status]}">${t.statuses[row.status]}</a></td>${
    shown.priority && html`<td><a href="/tickets?priority=${row.priority}" class="b ${PRIORITY_TONE[row.priority]}">${t.priorities[row.priority]}</a></td>`
  }${
    shown.assignee &&
    (row.assigneeId ? html`<td><a href="/employees/${row.assigneeId}">${row.assigneeName}</a></td>` : html`<td><span class="none">${t.ticketTable.unassigned}</span></td>`)
  }<td class="d"><a href="/tickets?from=${day}&amp;to=${day}">${formatLocalDay(row.createdAt, locale, timeZone)}</a></td><td class="${late ? 'd late' : 'd'}">${
    row.dueDate ? formatCalendarDate(row.dueDate, locale) : t.common.none
  }</td></tr>`;
}

/**
 * The one ticket table: the ticket list and the client, employee and department pages all use it.
 * Status badges, priorities and dates link to the matching filtered list. `hide` drops columns the
 * page already implies; `show` adds optional ones (the priority, shown by the ticket list).
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
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{emptyText ?? t.ticketTable.empty}</p>;
  const shown: Shown = { client: !hide.includes('client'), priority: show.includes('priority'), assignee: !hide.includes('assignee') };
  const body = rows.map((row) => rowHtml(row, shown, t, locale, timeZone, today).value).join('');
  return (
    <div className="w-full overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={caption ?? t.ticketTable.caption} tabIndex={0}>
      <table className={TABLE}>
        <thead>
          <tr>
            <th scope="col">{t.ticketTable.number}</th>
            <th scope="col">{t.ticketTable.title}</th>
            {shown.client && <th scope="col">{t.ticketTable.client}</th>}
            <th scope="col">{t.ticketTable.status}</th>
            {shown.priority && <th scope="col">{t.ticketTable.priority}</th>}
            {shown.assignee && <th scope="col">{t.ticketTable.assignee}</th>}
            <th scope="col">{t.ticketTable.created}</th>
            <th scope="col">{t.ticketTable.due}</th>
          </tr>
        </thead>
        <tbody dangerouslySetInnerHTML={{ __html: body }} />
      </table>
    </div>
  );
}
