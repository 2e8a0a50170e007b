import type { PublicEvent } from '@/db/queries/public-status';
import type { Locale } from '@/lib/domain/enums';
import { formatDateTime, formatMoney } from '@/lib/i18n/format';
import { messagesFor } from '@/lib/i18n/messages';
import type { PublicStatusMessages } from '@/lib/i18n/messages/features/public-status';
import { isStatus } from '@/lib/status/view';

type Props = { events: PublicEvent[]; t: PublicStatusMessages; locale: Locale; timeZone: string };

/** What happened, newest first, as the service center (never a named employee). */
export function PublicTimeline({ events, t, locale, timeZone }: Props) {
  if (events.length === 0) return <p className="text-sm text-slate-600">{t.page.timelineEmpty}</p>;
  return (
    <ol className="space-y-4">
      {[...events].reverse().map((event) => (
        <li key={event.id} className="border-l-2 border-slate-200 pl-4" data-testid="public-event" data-kind={event.kind}>
          <time dateTime={event.createdAt.toISOString()} className="block text-xs text-slate-500">
            {formatDateTime(event.createdAt, locale, timeZone)}
          </time>
          <p className="text-sm font-medium text-slate-900">{eventTitle(event, t, locale)}</p>
          {event.kind === 'comment' && event.body && (
            <p className="mt-1 rounded-md bg-slate-50 px-3 py-2 text-sm whitespace-pre-line text-slate-800" data-testid="public-comment">
              {event.body}
            </p>
          )}
          {(event.kind === 'client_message' || event.kind === 'staff_message') && event.body && (
            <p
              className={
                event.kind === 'client_message'
                  ? 'mt-1 rounded-md bg-primary-50 px-3 py-2 text-sm break-words whitespace-pre-line text-slate-800 ring-1 ring-primary-100'
                  : 'mt-1 rounded-md bg-slate-50 px-3 py-2 text-sm break-words whitespace-pre-line text-slate-800'
              }
              data-testid="public-message"
              data-from={event.kind === 'client_message' ? 'client' : 'center'}
            >
              {event.body}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

function eventTitle(event: PublicEvent, t: PublicStatusMessages, locale: Locale): string {
  if (event.kind === 'created') return t.page.eventCreated;
  if (event.kind === 'comment') return t.page.eventComment;
  if (event.kind === 'client_message' || event.kind === 'staff_message') return messageTitle(event, locale);
  if (event.kind === 'estimate_sent' || event.kind === 'estimate_decided' || event.kind === 'decision_overridden') return estimateTitle(event, t, locale);
  return isStatus(event.toValue) ? t.page.eventStatus(t.statuses[event.toValue].label) : t.page.eventStatus('');
}

/** "We sent you the estimate, version 2: 4 500 ₽", "You approved the estimate, version 2 (4 500 ₽)". */
function estimateTitle(event: PublicEvent, t: PublicStatusMessages, locale: Locale): string {
  const version = Number(event.estimateVersion) || 0;
  const total = formatMoney(Number(event.estimateTotalMinor) || 0, event.estimateCurrency || 'RUB', locale);
  if (event.kind === 'estimate_sent') return t.events.estimateSent(version, total);
  if (event.kind === 'decision_overridden') return t.events.changed(version, event.toValue === 'declined' ? t.events.nowDeclined : t.events.nowApproved);
  const text = event.toValue === 'declined' ? t.events.declined(version, total) : t.events.approved(version, total);
  return event.decidedVia === 'phone' ? `${text}, ${t.events.byPhone}` : text;
}

/** The client's own message is theirs ("Your message, by e-mail"); staff's answer is the service center's, never a name. */
function messageTitle(event: PublicEvent, locale: Locale): string {
  const c = messagesFor(locale).conversation;
  if (event.kind === 'staff_message') return c.status.center;
  return c.status.yours(c.via[event.clientVia === 'telegram' ? 'telegram' : 'email']);
}
