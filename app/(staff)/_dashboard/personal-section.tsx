import { statusBadgeHtml } from '@/components/tickets/status-badge';
import { badgeHtml, tableHtml, tdHtml, thHtml, trHtml } from '@/components/ui';
import { html, innerHtml, type HtmlPart } from '@/components/ui/html';
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

type PersonalRow = { id: number; title: string; clientId: number; clientName: string; status: keyof Messages['statuses'] };

/**
 * One of the personal lists: a card with a link to the whole filtered list, the first rows
 * (number, title, client, status, then the list's own columns), and how many are not shown. Only
 * text and links, so the card is one string (docs/decisions/0005): ten rows of three lists were
 * three hundred React elements on a technician's dashboard.
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
  /** The list's own header cells (thHtml) and each row's cells (tdHtml). */
  extraHead: HtmlPart;
  extraCells: (row: Row) => HtmlPart;
  overdue?: (row: Row) => boolean;
}) {
  const tt = t.ticketTable;
  const row = (r: Row) =>
    trHtml(
      [
        tdHtml(html`<a href="${ticketHref(r.id)}" class="font-mono whitespace-nowrap text-primary-700 hover:underline">${formatTicketNumber(r.id)}</a>`),
        tdHtml(html`<span title="${r.title}" class="line-clamp-2 break-words @2xl:min-w-40">${r.title}</span>`),
        tdHtml(html`<a href="/clients/${r.clientId}" class="hover:underline">${r.clientName}</a>`, { label: tt.client, className: '@2xl:@max-3xl:hidden' }),
        tdHtml(statusBadgeHtml(r.status, t.statuses[r.status]), { label: tt.status }),
        extraCells(r),
      ],
      overdue?.(r) && html` data-overdue="true"`,
    );
  const head = [thHtml(tt.number), thHtml(tt.title), thHtml(tt.client, '@2xl:@max-3xl:hidden'), thHtml(tt.status), extraHead];
  const content =
    total === 0
      ? html`<p class="text-sm text-slate-600">${empty}</p>`
      : html`${tableHtml({ label: title, cards: true, head, rows: rows.map(row) })}${total > rows.length && html`<p class="text-sm text-slate-600">${d.shown(rows.length, total)}</p>`}`;
  const markup = html`<div class="card-header"><h2 class="card-title" id="${titleId}">${title}</h2>${
    total > 0 && html`<a href="${all.href}" class="text-sm text-primary-700 hover:underline">${all.label}</a>`
  }</div><div class="card-content space-y-2">${hint && html`<p class="text-sm text-slate-600">${hint}</p>`}${content}</div>`;
  return <div className="card" data-testid={testId} dangerouslySetInnerHTML={innerHtml(markup)} />;
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
      extraHead={thHtml(t.ticketTable.due)}
      overdue={(row) => row.overdue}
      extraCells={(row) =>
        tdHtml(html`<span class="whitespace-nowrap">${row.dueDate ? dueDate(row.dueDate) : t.common.none}</span> ${row.overdue && badgeHtml('danger', d.mine.overdue)}`, {
          label: t.ticketTable.due,
        })
      }
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
      extraHead={[thHtml(d.waiting.since, '@2xl:@max-4xl:hidden'), thHtml(d.waiting.waited)]}
      extraCells={(row) => [
        tdHtml(formatDateTime(row.since, locale, timeZone), { label: d.waiting.since, className: 'whitespace-nowrap @2xl:@max-4xl:hidden' }),
        tdHtml(formatDuration(now.getTime() - row.since.getTime(), d), { label: d.waiting.waited, className: 'whitespace-nowrap font-medium tabular-nums' }),
      ]}
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
      extraHead={[thHtml(d.approved.total), thHtml(d.approved.approvedAt, '@2xl:@max-4xl:hidden')]}
      extraCells={(row) => [
        tdHtml(formatMoney(row.totalMinor, row.currency, locale), { label: d.approved.total, className: 'whitespace-nowrap font-medium tabular-nums' }),
        tdHtml(formatDateTime(row.decidedAt, locale, timeZone), { label: d.approved.approvedAt, className: 'whitespace-nowrap @2xl:@max-4xl:hidden' }),
      ]}
      t={t}
      d={d}
    />
  );
}
