import type { Locale } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { formatMoney, localDate } from '@/lib/i18n/format';
import { messagesFor } from '@/lib/i18n/messages';
import { myOpenTicketsUrl, publicStatusUrl, staffTicketUrl } from '@/lib/notifications/links';
import type { DigestPayload, EstimateMailView, NotificationContent, StatusChangedPayload } from '@/lib/notifications/payload';
import { formatDay } from '@/lib/notifications/subjects';
import { formatTicketNumber } from '@/lib/tickets/number';

/** Telegram refuses longer texts; the digest's list is cut well before, everything else is clipped. */
export const TELEGRAM_TEXT_MAX = 4096;
const DIGEST_LIST_BUDGET = 3400;

type Links = { statusUrl?: string; ticketUrl?: string };

/** One line of user-typed text (a title, a name): no line breaks inside a list row. */
function flat(value: string): string {
  return value.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

function clip(text: string, max = TELEGRAM_TEXT_MAX): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function lines(...parts: (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string').join('\n');
}

function greeting(locale: Locale, name: string): string {
  const s = messagesFor(locale).notifications.email;
  return name ? s.greeting(name) : s.greetingNoName;
}

function estimateLines(locale: Locale, estimate: EstimateMailView): string {
  const e = messagesFor(locale).estimates;
  const money = (minor: number) => formatMoney(minor, estimate.currency, locale);
  const rows = estimate.lines.map((l) => `• ${flat(l.name)} × ${l.quantity} — ${money(l.totalMinor)}`);
  if (estimate.discountMinor > 0) rows.push(`${e.fields.ticketDiscount}: −${money(estimate.discountMinor)}`);
  rows.push(`${e.fields.total}: ${money(estimate.totalMinor)}`);
  return rows.join('\n');
}

function statusChanged(locale: Locale, p: StatusChangedPayload, statusUrl: string): string {
  const t = messagesFor(locale);
  const s = t.notifications.email;
  const m = t.telegram.text;
  const number = formatTicketNumber(p.ticket.id);
  const revised = p.estimate !== undefined && p.from === p.to;
  const now = s.clientStatuses[p.to];
  return lines(
    greeting(locale, p.recipientName),
    '',
    `${s.request} ${number} — ${flat(p.ticket.title)}`,
    revised ? t.estimates.mail.revisedHeading : `${m.status}: ${now.label}`,
    revised ? null : now.hint,
    p.estimate && '',
    p.estimate && (revised ? t.estimates.mail.revisedIntro : t.estimates.mail.estimateIntro),
    p.estimate && estimateLines(locale, p.estimate),
    p.to === 'ready' && '',
    p.to === 'ready' && t.documents.readyMail.bring(number),
    p.to === 'ready' && p.balanceDueMinor !== undefined && p.balanceDueMinor > 0 && p.currency && t.documents.readyMail.balance(formatMoney(p.balanceDueMinor, p.currency, locale)),
    '',
    p.estimate ? m.decide : m.statusPage,
    statusUrl,
  );
}

function ageDays(createdAt: number, day: string): number {
  const created = localDate(new Date(createdAt), env().APP_TIMEZONE);
  return Math.max(0, Math.round((Date.parse(day) - Date.parse(created)) / 86_400_000));
}

/** The open tickets, compact, one a line, cut with "…and N more" so the whole stays far below the limit. */
function digest(locale: Locale, p: DigestPayload): string {
  const t = messagesFor(locale);
  const d = t.notifications.email.digest;
  const m = t.telegram.text;
  const rows: string[] = [];
  let used = 0;
  for (const item of p.tickets) {
    const due = item.dueDate ? ` · ${d.due} ${formatDay(item.dueDate, locale)}${item.overdue ? ` (${m.overdue})` : ''}` : '';
    const row = `${item.overdue ? '‼ ' : '• '}${formatTicketNumber(item.id)} ${flat(item.title)} · ${flat(item.clientName)} · ${t.statuses[item.status]} · ${d.ageDays(ageDays(item.createdAt, p.date))}${due}`;
    const clipped = clip(row, 300);
    if (used + clipped.length + 1 > DIGEST_LIST_BUDGET) break;
    rows.push(clipped);
    used += clipped.length + 1;
  }
  const more = p.total - rows.length;
  const approved = (p.approved ?? []).slice(0, 10).map((a) => `• ${formatTicketNumber(a.id)} ${flat(a.title)} · ${formatMoney(a.totalMinor, a.currency, locale)}`);
  return lines(
    d.heading(formatDay(p.date, locale)),
    d.summary(p.total, p.overdue),
    '',
    ...rows,
    more > 0 && m.digestMore(more),
    approved.length > 0 && '',
    approved.length > 0 && d.approved.heading,
    ...approved,
    '',
    `${d.button}: ${myOpenTicketsUrl()}`,
  );
}

/**
 * A notification as a Telegram message: plain text (no parse mode), in the recipient's locale,
 * built from the same strings as the e-mails. `links` come from the delivery (the client's current
 * status link, the staff ticket link); without them the snapshot's own are used.
 */
export function telegramText(content: NotificationContent, links: Links): string {
  const t = messagesFor(content.locale);
  const s = t.notifications.email;
  const m = t.telegram.text;
  const { locale } = content;
  switch (content.kind) {
    case 'ticket_created': {
      const p = content.payload;
      const number = formatTicketNumber(p.ticket.id);
      return clip(lines(greeting(locale, p.recipientName), '', `${s.request} ${number} — ${flat(p.ticket.title)}`, s.created.body(number), links.statusUrl ?? publicStatusUrl(p.ticket.publicToken), '', s.created.keepNumber));
    }
    case 'status_changed':
      return clip(statusChanged(locale, content.payload, links.statusUrl ?? publicStatusUrl(content.payload.ticket.publicToken)));
    case 'staff_message': {
      const p = content.payload;
      return clip(
        lines(
          `${s.request} ${formatTicketNumber(p.ticket.id)} — ${flat(p.ticket.title)}`,
          '',
          m.from(flat(p.authorName)),
          p.body,
          '',
          m.reply,
          links.statusUrl ?? publicStatusUrl(p.ticket.publicToken),
        ),
      );
    }
    case 'assigned': {
      const p = content.payload;
      const a = s.assigned;
      return clip(
        lines(
          a.heading,
          `${formatTicketNumber(p.ticket.id)} — ${flat(p.ticket.title)}`,
          p.assignedBy ? a.body(flat(p.assignedBy)) : a.bodyNoActor,
          '',
          `${a.client}: ${flat(p.ticket.clientName)}`,
          `${a.status}: ${t.statuses[p.ticket.status]}`,
          `${a.priority}: ${t.priorities[p.ticket.priority]}`,
          `${a.due}: ${p.ticket.dueDate ? formatDay(p.ticket.dueDate, locale) : a.noDue}`,
          p.ticket.description && '',
          p.ticket.description && clip(p.ticket.description, 1500),
          '',
          `${m.open} ${links.ticketUrl ?? staffTicketUrl(p.ticket.id)}`,
        ),
      );
    }
    case 'estimate_decided': {
      const p = content.payload;
      const e = t.estimates;
      const word = e.decisions[p.decision];
      return clip(
        lines(
          e.mail.decidedHeading(word),
          `${formatTicketNumber(p.ticket.id)} — ${flat(p.ticket.title)}`,
          `${e.title}: ${e.version(p.version)}, ${formatMoney(p.totalMinor, p.currency, locale)}`,
          `${e.mail.via}: ${p.via === 'phone' && p.takenBy ? e.via.phone(flat(p.takenBy)) : e.via.status_page}`,
          p.reason && `${e.mail.reason}: ${p.reason}`,
          p.decision === 'approved' ? e.mail.approvedNext : e.mail.declinedNext,
          '',
          `${m.open} ${links.ticketUrl ?? staffTicketUrl(p.ticket.id)}`,
        ),
      );
    }
    case 'digest':
      return clip(digest(locale, content.payload));
    case 'client_message': {
      const p = content.payload;
      return clip(
        lines(
          `${formatTicketNumber(p.ticket.id)} — ${flat(p.ticket.title)}`,
          m.clientWrote(flat(p.clientName), m.via[p.via]),
          '',
          p.excerpt,
          '',
          `${m.open} ${links.ticketUrl ?? staffTicketUrl(p.ticket.id)}`,
        ),
      );
    }
  }
}
