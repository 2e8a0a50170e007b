import type { Locale } from '@/lib/domain/enums';
import { formatDate } from '@/lib/i18n/format';
import { messagesFor } from '@/lib/i18n/messages';
import { formatTicketNumber } from '@/lib/tickets/number';
import type { NotificationContent } from './payload';

const SUBJECT_MAX = 200;

/** One line, no control characters: a ticket title must not be able to break a mail header. */
function oneLine(value: string, max = SUBJECT_MAX): string {
  const flat = value.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A company-zone calendar date (YYYY-MM-DD) for people: "15 May 2025" / "15 мая 2025 г.". */
export function formatDay(day: string, locale: Locale): string {
  return formatDate(new Date(`${day}T12:00:00Z`), locale, 'UTC');
}

/** Synchronous (catalogs only), so it is written with the row inside the transaction that causes the mail. */
export function subjectFor(content: NotificationContent): string {
  const s = messagesFor(content.locale).notifications.email;
  const e = messagesFor(content.locale).estimates.mail;
  switch (content.kind) {
    case 'ticket_created':
      return oneLine(s.created.subject(formatTicketNumber(content.payload.ticket.id)));
    case 'status_changed': {
      const number = formatTicketNumber(content.payload.ticket.id);
      if (content.payload.estimate && content.payload.from === content.payload.to) return oneLine(e.revisedSubject(number));
      return oneLine(s.statusChanged.subject(number, s.clientStatuses[content.payload.to].label));
    }
    case 'estimate_decided':
      return oneLine(e.decidedSubject(formatTicketNumber(content.payload.ticket.id), messagesFor(content.locale).estimates.decisions[content.payload.decision]));
    case 'assigned':
      return oneLine(s.assigned.subject(formatTicketNumber(content.payload.ticket.id), oneLine(content.payload.ticket.title, 80)));
    case 'digest':
      return oneLine(s.digest.subject(formatDay(content.payload.date, content.locale), content.payload.total));
    case 'client_message':
      return oneLine(messagesFor(content.locale).conversation.mail.clientMessageSubject(formatTicketNumber(content.payload.ticket.id), oneLine(content.payload.clientName, 80)));
    case 'staff_message':
      return oneLine(messagesFor(content.locale).conversation.mail.staffMessageSubject(formatTicketNumber(content.payload.ticket.id)));
  }
}
