import { statusBadgeHtml } from '@/components/tickets/status-badge';
import { html, innerHtml, type SafeHtml } from '@/components/ui/html';
import type { OpenStatus, OverdueRow } from '@/db/queries/dashboard';
import { OPEN_STATUSES, type Locale } from '@/lib/domain/enums';
import { daysBetween } from '@/lib/dashboard/days';
import type { Messages } from '@/lib/i18n/messages';
import type { DashboardMessages } from '@/lib/i18n/messages/features/dashboard';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { statusListHref } from '@/lib/tickets/status-token';
import { calendarDateFormatter, numberFormatter } from './format';

type Common = { t: Messages; d: DashboardMessages; locale: Locale };

type Tone = 'default' | 'danger' | 'strong';

function countLinkHtml(href: string, count: string, label: string, testId: string, tone: Tone = 'default'): SafeHtml {
  const number = tone === 'danger' ? 'text-danger-700' : tone === 'strong' ? 'text-primary-700' : 'text-slate-900';
  return html`<li><a href="${href}" data-testid="${testId}" class="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3 shadow-sm hover:border-primary-600 hover:bg-primary-50"><span class="text-2xl font-semibold tabular-nums ${number}">${count}</span><span class="text-sm text-slate-700">${label}</span></a></li>`;
}

/**
 * Open tickets by status, all open, unassigned and overdue: each a link to the matching list. Only
 * text and links, so one string (docs/decisions/0005).
 */
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
  const links = [
    ...OPEN_STATUSES.map((status) => countLinkHtml(statusListHref(status), n(byStatus[status]), t.statuses[status], `count-${status}`)),
    countLinkHtml('/tickets?status=open', n(total), d.team.openTotal, 'count-open', 'strong'),
    countLinkHtml('/tickets?assignee=none&status=open', n(unassigned), d.team.unassigned, 'count-unassigned'),
    countLinkHtml('/tickets?overdue=1', n(overdue), d.team.overdue, 'count-overdue', overdue > 0 ? 'danger' : 'default'),
  ];
  const markup = html`<h3 id="by-status-title" class="text-base font-semibold text-slate-900">${d.team.byStatus}</h3><ul class="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5 print:grid-cols-5">${links}</ul>`;
  return <section aria-labelledby="by-status-title" className="space-y-2" dangerouslySetInnerHTML={innerHtml(markup)} />;
}

/** The most overdue open tickets, with how late each is: a card of text and links, one string. */
export function OverdueList({ count, rows, today, t, d, locale }: Common & { count: number; rows: OverdueRow[]; today: string }) {
  const dueDate = calendarDateFormatter(locale, true);
  const all = count > 0 && html`<a href="/tickets?overdue=1" class="text-sm text-primary-700 hover:underline">${d.team.overdueAll(count)}</a>`;
  // Two unbreakable halves in the last line, so a phone puts "days late" under the due date.
  const item = (row: OverdueRow) =>
    html`<li class="space-y-1 py-2"><p class="flex gap-3"><a href="${ticketHref(row.id)}" class="font-mono whitespace-nowrap text-primary-700 hover:underline">${formatTicketNumber(row.id)}</a><span class="min-w-0">${row.title}</span></p><p class="flex flex-wrap items-center gap-x-3 gap-y-1">${statusBadgeHtml(row.status, t.statuses[row.status])}<span class="text-slate-600">${
      row.assigneeId ? html`<a href="/employees/${row.assigneeId}" class="hover:underline">${row.assigneeName}</a>` : t.ticketTable.unassigned
    }</span><span class="text-danger-700"><span class="whitespace-nowrap">${d.team.dueOn} ${dueDate(row.dueDate)}</span> · <span class="whitespace-nowrap">${d.team.daysLate(daysBetween(row.dueDate, today))}</span></span></p></li>`;
  const list =
    rows.length === 0
      ? html`<p class="text-sm text-slate-600">${d.team.overdueEmpty}</p>`
      : html`<ul class="divide-y divide-slate-100 text-sm" aria-labelledby="overdue-title">${rows.map(item)}</ul>`;
  const markup = html`<div class="card-header"><h3 class="card-title" id="overdue-title">${d.team.overdue}</h3>${all}</div><div class="card-content"><p class="mb-2 text-sm text-slate-600">${d.team.overdueHint}</p>${list}</div>`;
  return <div className="card break-inside-avoid" data-testid="overdue-list" dangerouslySetInnerHTML={innerHtml(markup)} />;
}
