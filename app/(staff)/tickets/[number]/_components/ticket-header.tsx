import Link from 'next/link';
import { Pencil } from '@/components/ui/icons';
import { DeleteForm } from '@/components/forms/delete-form';
import { StatusBadge } from '@/components/tickets/status-badge';
import { Badge, buttonClasses, type BadgeTone } from '@/components/ui';
import type { Ticket } from '@/db/queries/tickets';
import type { Staff } from '@/lib/auth/session';
import type { Locale, Priority } from '@/lib/domain/enums';
import { formatDateTime } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketDetailMessages } from '@/lib/i18n/messages/features/ticket-detail';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { canDeleteTicket, canWorkOnTicket } from '@/lib/permissions';
import { deleteTicketAction } from '../../actions';
import { DetailRow } from './detail-row';
import { formatDueDate, isOverdue } from './due-date';

const PRIORITY_TONES: Record<Priority, BadgeTone> = { low: 'neutral', normal: 'info', high: 'warning', urgent: 'danger' };

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
  const link = 'text-primary-700 hover:underline';
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-2">
          <h1 id="page-title" className="text-2xl font-semibold">
            <span className="font-mono text-slate-500" data-testid="ticket-number">
              {number}
            </span>{' '}
            <span data-testid="ticket-title">{ticket.title}</span>
          </h1>
          <div className="flex flex-wrap items-center gap-2">
            <span data-testid="ticket-status">
              <StatusBadge status={ticket.status} label={t.statuses[ticket.status]} />
            </span>
            <Badge tone={PRIORITY_TONES[ticket.priority]}>
              {f.priority}: {t.priorities[ticket.priority]}
            </Badge>
            {ticket.outcome && (
              <Badge tone="warning" data-testid="ticket-outcome">
                {t.estimates.outcome[ticket.outcome]}
              </Badge>
            )}
            {overdue && (
              <Badge tone="danger" data-testid="ticket-overdue">
                {td.overdue}
              </Badge>
            )}
            {ticket.clientRepliedAt && (
              <a href="#reply-title" className="rounded-full">
                <Badge tone="primary" data-testid="ticket-client-replied">
                  {t.conversation.replied.badge}
                </Badge>
              </a>
            )}
          </div>
        </div>
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
      <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 lg:grid-cols-2">
        <DetailRow label={f.kind}>{t.tickets.kinds[ticket.kind]}</DetailRow>
        <DetailRow label={f.channel}>{t.tickets.channels[ticket.channel]}</DetailRow>
        <DetailRow label={td.created}>
          <time dateTime={ticket.createdAt.toISOString()}>{formatDateTime(ticket.createdAt, locale, timeZone)}</time>
        </DetailRow>
        <DetailRow label={f.dueDate} testId="ticket-due">
          {ticket.dueDate ? (
            <span className={overdue ? 'font-semibold text-danger-700' : undefined}>
              <time dateTime={ticket.dueDate}>{formatDueDate(ticket.dueDate, locale)}</time>
              {overdue && ` (${td.overdue.toLowerCase()})`}
            </span>
          ) : (
            <span className="text-slate-500">{td.noDueDate}</span>
          )}
        </DetailRow>
        <DetailRow label={f.departmentId}>
          <Link href={`/departments/${ticket.departmentId}`} className={link}>
            {departmentName ?? t.common.none}
          </Link>
        </DetailRow>
        <DetailRow label={f.assigneeId} testId="ticket-assignee">
          {ticket.assigneeId !== null ? (
            <Link href={`/employees/${ticket.assigneeId}`} className={link}>
              {assigneeName ?? t.common.none}
            </Link>
          ) : (
            <span className="text-slate-500">{td.unassigned}</span>
          )}
        </DetailRow>
      </dl>
    </section>
  );
}
