import Link from 'next/link';
import { Pencil } from '@/components/ui/icons';
import { DeleteForm } from '@/components/forms/delete-form';
import { statusBadgeHtml } from '@/components/tickets/status-badge';
import { badgeHtml, buttonClasses, type BadgeTone } from '@/components/ui';
import { html, innerHtml, timeHtml } from '@/components/ui/html';
import type { Ticket } from '@/db/queries/tickets';
import type { Staff } from '@/lib/auth/session';
import type { Locale, Priority } from '@/lib/domain/enums';
import { formatDateTime } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketDetailMessages } from '@/lib/i18n/messages/features/ticket-detail';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { canDeleteTicket, canWorkOnTicket } from '@/lib/permissions';
import { deleteTicketAction } from '../../actions';
import { detailRowHtml } from './detail-row';
import { formatDueDate, isOverdue } from './due-date';

const PRIORITY_TONES: Record<Priority, BadgeTone> = { low: 'neutral', normal: 'info', high: 'warning', urgent: 'danger' };
const LINK = 'text-primary-700 hover:underline';

type Props = {
  ticket: Ticket;
  departmentName: string | undefined;
  assigneeName: string | undefined;
  staff: Staff;
  t: Messages;
  td: TicketDetailMessages;
  locale: Locale;
  timeZone: string;
  now: Date;
};

/** Number, title, status and the facts a desk looks at first; Edit and Delete where allowed. */
export function TicketHeader({ ticket, departmentName, assigneeName, staff, t, td, locale, timeZone, now }: Props) {
  const f = t.tickets.fields;
  const number = formatTicketNumber(ticket.id);
  const overdue = isOverdue(ticket, now, timeZone);
  const title = html`<h1 id="page-title" class="text-2xl font-semibold"><span class="font-mono text-slate-500" data-testid="ticket-number">${number}</span> <span data-testid="ticket-title">${ticket.title}</span></h1>`;
  const badges = html`<div class="flex flex-wrap items-center gap-2"><span data-testid="ticket-status">${statusBadgeHtml(ticket.status, t.statuses[ticket.status])}</span>${[
    badgeHtml(PRIORITY_TONES[ticket.priority], `${f.priority}: ${t.priorities[ticket.priority]}`),
    ticket.outcome && badgeHtml('warning', t.estimates.outcome[ticket.outcome], 'ticket-outcome'),
    overdue && badgeHtml('danger', td.overdue, 'ticket-overdue'),
    ticket.clientRepliedAt && html`<a href="#reply-title" class="rounded-full">${badgeHtml('primary', t.conversation.replied.badge, 'ticket-client-replied')}</a>`,
  ]}</div>`;
  const due = ticket.dueDate
    ? html`<span${overdue && html` class="font-semibold text-danger-700"`}><time datetime="${ticket.dueDate}">${formatDueDate(ticket.dueDate, locale)}</time>${overdue && ` (${td.overdue.toLowerCase()})`}</span>`
    : html`<span class="text-slate-500">${td.noDueDate}</span>`;
  const assignee =
    ticket.assigneeId !== null ? html`<a href="/employees/${ticket.assigneeId}" class="${LINK}">${assigneeName ?? t.common.none}</a>` : html`<span class="text-slate-500">${td.unassigned}</span>`;
  const details = [
    detailRowHtml(f.kind, t.tickets.kinds[ticket.kind]),
    detailRowHtml(f.channel, t.tickets.channels[ticket.channel]),
    detailRowHtml(td.created, timeHtml(ticket.createdAt, formatDateTime(ticket.createdAt, locale, timeZone))),
    detailRowHtml(f.dueDate, due, { testId: 'ticket-due' }),
    detailRowHtml(f.departmentId, html`<a href="/departments/${ticket.departmentId}" class="${LINK}">${departmentName ?? t.common.none}</a>`),
    detailRowHtml(f.assigneeId, assignee, { testId: 'ticket-assignee' }),
  ];
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-2" dangerouslySetInnerHTML={innerHtml(html`${title}${badges}`)} />
        <div className="flex flex-wrap items-start gap-2">
          {canWorkOnTicket(staff, ticket) && (
            <Link href={ticketHref(ticket.id, '/edit')} className={buttonClasses('secondary')} data-testid="ticket-edit">
              <Pencil aria-hidden /> {t.common.edit}
            </Link>
          )}
          {canDeleteTicket(staff) && (
            <DeleteForm
              action={deleteTicketAction}
              id={ticket.id}
              labels={{ trigger: td.delete.trigger, title: t.deletion.confirmTitle, body: td.delete.body(number), confirm: t.common.delete, cancel: t.common.cancel }}
            />
          )}
        </div>
      </div>
      <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 lg:grid-cols-2" dangerouslySetInnerHTML={innerHtml(html`${details}`)} />
    </section>
  );
}
