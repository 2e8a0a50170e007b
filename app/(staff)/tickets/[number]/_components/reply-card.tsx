import { MessageSquareReply } from '@/components/ui/icons';
import { iconHtml } from '@/components/ui/icon-html';
import { html, innerHtml } from '@/components/ui/html';
import { OneButtonForm } from '@/components/forms/one-button-form';
import { Card, CardContent, CardHeader, cardTitleHtml } from '@/components/ui';
import type { Ticket } from '@/db/queries/tickets';
import type { Staff } from '@/lib/auth/session';
import type { Locale, MessageChannel } from '@/lib/domain/enums';
import { formatDateTime } from '@/lib/i18n/format';
import { messagesFor } from '@/lib/i18n/messages';
import { canWorkOnTicket } from '@/lib/permissions';
import { markClientAnsweredAction } from '../../conversation-actions';
import { ReplyForm } from './reply-form';

type Props = {
  ticket: Pick<Ticket, 'id' | 'assigneeId' | 'clientRepliedAt'>;
  staff: Staff;
  /** The channel a reply would go through now; null: the client cannot be reached. */
  via: MessageChannel | null;
  locale: Locale;
  timeZone: string;
};

/**
 * "Reply to the client": the answer goes through the client's channel and onto their status page.
 * While the client is waiting for an answer, it says since when, and offers "Mark as answered" for
 * an answer given another way. Who may comment on the ticket may do both.
 */
export function ReplyCard({ ticket, staff, via, locale, timeZone }: Props) {
  const c = messagesFor(locale).conversation;
  const mayReply = canWorkOnTicket(staff, ticket);
  const hint = via ? c.reply.willGo(c.via[via]) : c.reply.unreachable;
  return (
    <Card data-testid="reply-card">
      <CardHeader dangerouslySetInnerHTML={innerHtml(cardTitleHtml(html`${iconHtml(MessageSquareReply, 'mr-1 inline size-5 align-text-bottom')}${c.reply.title}`, 'reply-title'))} />
      <CardContent className="space-y-4">
        {ticket.clientRepliedAt && (
          <div className="space-y-2 rounded-md border border-primary-100 bg-primary-50 px-3 py-2" data-testid="reply-waiting">
            <p className="text-sm font-medium text-primary-900">{c.replied.since(formatDateTime(ticket.clientRepliedAt, locale, timeZone))}</p>
            {mayReply && <OneButtonForm action={markClientAnsweredAction} fields={{ id: ticket.id }} body={c.replied.markHint} submit={c.replied.markAnswered} id="mark-answered" />}
          </div>
        )}
        {mayReply ? (
          <ReplyForm ticketId={ticket.id} labels={{ body: c.reply.body, hint, submit: c.reply.submit, sending: c.reply.sending }} />
        ) : (
          <p className="text-sm text-slate-600">{c.reply.readOnly}</p>
        )}
      </CardContent>
    </Card>
  );
}
