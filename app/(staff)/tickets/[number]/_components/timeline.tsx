import { EyeOff, Eye } from '@/components/ui/icons';
import { iconHtml } from '@/components/ui/icon-html';
import { badgeHtml, cn } from '@/components/ui';
import { html, innerHtml, timeHtml, type SafeHtml } from '@/components/ui/html';
import type { listTicketEvents } from '@/db/queries/tickets';
import { STATUSES, type Locale, type Status } from '@/lib/domain/enums';
import { formatDateTime, formatMoney } from '@/lib/i18n/format';
import { messagesFor, type Messages } from '@/lib/i18n/messages';
import { formatTicketNumber } from '@/lib/tickets/number';
import type { TicketDetailMessages } from '@/lib/i18n/messages/features/ticket-detail';
import { paymentEventText } from '@/lib/payments/timeline-text';
import { decisionActorLabel, estimateEventNotes, estimateEventText } from '@/lib/estimates/timeline-text';
import { conversationEventNotes, conversationEventText } from '@/lib/client-messages/timeline-text';
import { attachedEventPreviewHtml, attachedEventText, type TimelineAttachment } from './attachments-timeline';

export type TimelineEvent = Pick<
  Awaited<ReturnType<typeof listTicketEvents>>[number],
  'id' | 'kind' | 'actorId' | 'actorName' | 'fromValue' | 'toValue' | 'fields' | 'body' | 'isPublic' | 'createdAt' | 'details'
>;

export type TimelineLabels = {
  timeline: TicketDetailMessages['timeline'];
  statuses: Messages['statuses'];
  fields: Messages['tickets']['fields'];
  estimates: Messages['estimates'];
};

type Props = {
  events: TimelineEvent[];
  /** Employee names by id: the actors and the assignees the events mention (one query). */
  names: ReadonlyMap<number, string>;
  labels: TimelineLabels;
  locale: Locale;
  timeZone: string;
  /** The ticket's client, named on their messages (issue 18). */
  clientName?: string;
  /** The files the 'attached' events name that still exist, by id (one query: timelineAttachmentIds). */
  attachments?: ReadonlyMap<number, TimelineAttachment>;
};

/** Every id a timeline needs a name for, so the page can fetch them all in one query. */
export function timelineEmployeeIds(events: readonly TimelineEvent[]): number[] {
  const ids = new Set<number>();
  for (const e of events) {
    if (e.actorId !== null) ids.add(e.actorId);
    if (e.kind === 'assigned') {
      for (const v of [e.fromValue, e.toValue]) if (v && /^\d+$/.test(v)) ids.add(Number(v));
    }
  }
  return [...ids];
}

const isStatus = (v: string | null): v is Status => v !== null && (STATUSES as readonly string[]).includes(v);

/** One event as a sentence in the user's language. */
function describe(event: TimelineEvent, names: ReadonlyMap<number, string>, l: TimelineLabels, locale: Locale, clientName = ''): string {
  const t = l.timeline;
  const person = (v: string | null) => (v ? (names.get(Number(v)) ?? t.deletedEmployee) : t.nobody);
  const status = (v: string | null) => (isStatus(v) ? l.statuses[v] : (v ?? t.nobody));
  switch (event.kind) {
    case 'created':
      return t.created;
    case 'status_changed':
      return t.status(status(event.fromValue), status(event.toValue));
    case 'assigned':
      return t.assigned(person(event.fromValue), person(event.toValue));
    case 'field_changed':
      if (event.fields?.length === 1 && event.fields[0] === 'discountMinor') {
        const d = event.details ?? {};
        const currency = typeof d.currency === 'string' ? d.currency : 'RUB';
        return l.estimates.timeline.discountChanged(formatMoney(Number(d.from) || 0, currency, locale), formatMoney(Number(d.to) || 0, currency, locale));
      }
      return t.changed((event.fields ?? []).map((f) => l.fields[f as keyof typeof l.fields] ?? f).join(', '));
    case 'comment':
      return t.comment;
    case 'attached':
      return attachedEventText(event.body, locale);
    case 'payment':
      return paymentEventText(event, messagesFor(locale).payments, locale) ?? event.kind;
    case 'client_message':
    case 'staff_message': {
      const c = messagesFor(locale).conversation;
      return conversationEventText(event, c, { client: clientName || c.timeline.client, employee: actorLabel(event, names, l, locale) }) ?? event.kind;
    }
    case 'warranty_return': {
      const w = messagesFor(locale).warranty.timeline;
      const d = event.details ?? {};
      return typeof d.returnTicket === 'number' ? w.cameBack(formatTicketNumber(d.returnTicket)) : w.returnOf(formatTicketNumber(Number(d.original)));
    }
    default:
      return estimateEventText(event, l.estimates, locale) ?? event.kind;
  }
}

/**
 * Who did it: the employee's current name; once their row is deleted (the id goes null with it),
 * the name written with the event, as the audit log keeps it. "system" only when nobody did it.
 */
function actorLabel(event: TimelineEvent, names: ReadonlyMap<number, string>, l: TimelineLabels, locale: Locale): string {
  const t = l.timeline;
  const client = decisionActorLabel(event.details, l.estimates);
  if (client) return client;
  // The client wrote: not an employee, and not "system".
  if (event.kind === 'client_message') return messagesFor(locale).conversation.timeline.client;
  const current = event.actorId === null ? undefined : names.get(event.actorId);
  return current ?? event.actorName ?? (event.actorId === null ? t.system : t.deletedEmployee);
}

function visibilityBadgeHtml(isPublic: boolean, t: TicketDetailMessages['timeline']): SafeHtml {
  return isPublic
    ? badgeHtml('success', html`${iconHtml(Eye, 'size-3')} ${t.public}`, 'comment-public')
    : badgeHtml('warning', html`${iconHtml(EyeOff, 'size-3')} ${t.internal}`, 'comment-internal');
}

/**
 * The ticket's timeline, oldest first: what happened, who did it (or "system") and when. A long-lived
 * ticket has dozens of events, so the list is one HTML string rather than a tree of elements.
 */
export function Timeline({ events, names, labels, locale, timeZone, clientName, attachments = new Map() }: Props) {
  const t = labels.timeline;
  const c = messagesFor(locale).conversation;
  if (events.length === 0) return <p className="text-sm text-slate-600">{t.empty}</p>;
  const eventHtml = (event: TimelineEvent) => {
    const comment = event.kind === 'comment';
    // The client's messages and staff's answers to them (issue 18): shown with their text, like comments.
    const message = event.kind === 'client_message' || event.kind === 'staff_message';
    const notes = [...estimateEventNotes(event.details, labels.estimates), ...conversationEventNotes(event, c)];
    // The frame and its tone are classes of app/globals.css: a long timeline repeated them per event.
    const frame = cn(
      'event',
      event.kind === 'client_message' && 'event-client',
      (event.kind === 'staff_message' || (comment && event.isPublic)) && 'event-public',
      comment && !event.isPublic && 'event-internal',
    );
    return html`<li data-testid="timeline-event" data-kind="${event.kind}" class="${frame}"><div class="event-head"><p class="event-text" data-testid="timeline-text">${describe(event, names, labels, locale, clientName)}</p>${comment && visibilityBadgeHtml(event.isPublic, t)}</div>${[
      comment && event.body && html`<p class="mt-1 whitespace-pre-line text-slate-800">${event.body}</p>`,
      message && event.body && html`<p class="mt-1 whitespace-pre-line break-words text-slate-800" data-testid="timeline-message">${event.body}</p>`,
      event.kind === 'attached' && attachedEventPreviewHtml(attachments.get(Number(event.toValue)), locale),
      notes.map((note) => html`<p class="mt-1 whitespace-pre-line text-slate-700" data-testid="timeline-note">${note}</p>`),
    ]}<p class="event-meta"><span data-testid="timeline-actor">${actorLabel(event, names, labels, locale)}</span> · ${timeHtml(event.createdAt, formatDateTime(event.createdAt, locale, timeZone))}</p></li>`;
  };
  return <ol className="space-y-3" data-testid="timeline" dangerouslySetInnerHTML={innerHtml(html`${events.map(eventHtml)}`)} />;
}
