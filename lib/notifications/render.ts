import { createElement, type ReactElement } from 'react';
import { render, toPlainText } from '@react-email/render';
import DailyDigestEmail, { digestApprovedRows } from '@/emails/daily-digest';
import ClientMessageEmail from '@/emails/client-message';
import EstimateDecidedEmail from '@/emails/estimate-decided';
import StaffMessageEmail from '@/emails/staff-message';
import { digestApprovedText, digestTextTable } from '@/emails/daily-digest-text';
import StatusChangedEmail from '@/emails/status-changed';
import TicketAssignedEmail from '@/emails/ticket-assigned';
import TicketCreatedEmail from '@/emails/ticket-created';
import type { Company } from '@/emails/_components/layout';
import { smsText } from '@/lib/channels/sms/text';
import { shortStatusUrl, stopUrl } from '@/lib/channels/stop-codes';
import { telegramText } from '@/lib/channels/telegram/text';
import type { Locale, MessageChannel } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { localDate } from '@/lib/i18n/format';
import { formatNumericDay } from '@/lib/time/numeric-date';
import { myOpenTicketsUrl, publicStatusUrl, staffTicketUrl } from './links';
import type { DigestPayload, NotificationContent } from './payload';
import { formatDay, subjectFor } from './subjects';

export type RenderedMail = { subject: string; html: string; text: string };

const DAY_MS = 86_400_000;

function company(): Company {
  const e = env();
  return { name: e.COMPANY_NAME, phone: e.COMPANY_PHONE, email: e.COMPANY_EMAIL, address: e.COMPANY_ADDRESS };
}

/** Whole days between the day a ticket was created and the digest's day, both in the company's zone. */
function ageInDays(createdAt: number, day: string): number {
  const created = localDate(new Date(createdAt), env().APP_TIMEZONE);
  return Math.max(0, Math.round((Date.parse(day) - Date.parse(created)) / DAY_MS));
}

function digestRows(payload: DigestPayload, locale: Locale) {
  return payload.tickets.map((t) => ({
    id: t.id,
    title: t.title,
    clientName: t.clientName,
    status: t.status,
    ageDays: ageInDays(t.createdAt, payload.date),
    due: t.dueDate ? formatNumericDay(t.dueDate, locale) : null,
    overdue: t.overdue,
    url: staffTicketUrl(t.id),
  }));
}

type SelectorDefinition = NonNullable<NonNullable<Parameters<typeof toPlainText>[1]>['selectors']>[number];

/** The mail's element, and any part its plain text shows otherwise than the HTML converter would. */
function element(content: NotificationContent): { node: ReactElement; textSelectors: SelectorDefinition[] } {
  const clientId = clientOf(content);
  // A client's mail carries the ticket's reply address when INBOUND_DOMAIN is set (deliver.ts), so it invites a reply.
  const common = { locale: content.locale, company: { ...company(), ...(clientId !== null && { stopUrl: stopUrl(clientId, 'email'), replies: !!env().INBOUND_DOMAIN }) } };
  switch (content.kind) {
    case 'ticket_created': {
      const p = content.payload;
      return { node: createElement(TicketCreatedEmail, { ...common, recipientName: p.recipientName, ticket: p.ticket, statusUrl: publicStatusUrl(p.ticket.publicToken) }), textSelectors: [] };
    }
    case 'status_changed': {
      const p = content.payload;
      return {
        node: createElement(StatusChangedEmail, {
          ...common,
          recipientName: p.recipientName,
          ticket: p.ticket,
          from: p.from,
          to: p.to,
          statusUrl: publicStatusUrl(p.ticket.publicToken),
          estimate: p.estimate,
          balanceDueMinor: p.balanceDueMinor,
          currency: p.currency,
        }),
        textSelectors: [],
      };
    }
    case 'assigned': {
      const p = content.payload;
      const node = createElement(TicketAssignedEmail, {
        ...common,
        recipientName: p.recipientName,
        assignedBy: p.assignedBy,
        ticket: p.ticket,
        due: p.ticket.dueDate ? formatDay(p.ticket.dueDate, content.locale) : null,
        ticketUrl: staffTicketUrl(p.ticket.id),
      });
      return { node, textSelectors: [] };
    }
    case 'estimate_decided': {
      const p = content.payload;
      return { node: createElement(EstimateDecidedEmail, { ...common, ...p, ticketUrl: staffTicketUrl(p.ticket.id) }), textSelectors: [] };
    }
    case 'client_message': {
      const p = content.payload;
      return { node: createElement(ClientMessageEmail, { ...common, ...p, ticketUrl: staffTicketUrl(p.ticket.id) }), textSelectors: [] };
    }
    case 'staff_message': {
      const p = content.payload;
      const node = createElement(StaffMessageEmail, {
        ...common,
        recipientName: p.recipientName,
        ticket: p.ticket,
        authorName: p.authorName,
        body: p.body,
        statusUrl: publicStatusUrl(p.ticket.publicToken),
      });
      return { node, textSelectors: [] };
    }
    case 'digest': {
      const p = content.payload;
      const tickets = digestRows(p, content.locale);
      const approved = digestApprovedRows(p.approved, content.locale, env().APP_TIMEZONE, staffTicketUrl);
      const node = createElement(DailyDigestEmail, {
        ...common,
        recipientName: p.recipientName,
        date: formatDay(p.date, content.locale),
        tickets,
        approved,
        total: p.total,
        overdue: p.overdue,
        listUrl: myOpenTicketsUrl(),
      });
      // The converter would lay the HTML tables out as wide as their longest title; the text part
      // gets tables of its own, built for a fixed-width reader from the same rows.
      const table = digestTextTable({ locale: content.locale, tickets });
      const approvedTable = digestApprovedText({ locale: content.locale, rows: approved });
      return {
        node,
        textSelectors: [
          { selector: '[data-text-format="digestTable"]', format: 'blockString', options: { string: table } },
          { selector: '[data-text-format="digestApproved"]', format: 'blockString', options: { string: approvedTable } },
        ],
      };
    }
  }
}

/** The client a message is addressed to (for its stop link); null for staff's notices and older rows. */
export function clientOf(content: NotificationContent): number | null {
  if (content.kind !== 'ticket_created' && content.kind !== 'status_changed' && content.kind !== 'staff_message') return null;
  return content.payload.clientId ?? null;
}

/** Subject, HTML and plain text of a notification; React escapes every value put into the HTML. */
export async function renderNotification(content: NotificationContent): Promise<RenderedMail> {
  const { node, textSelectors } = element(content);
  const html = await render(node);
  // Headings stay as written (html-to-text shouts them in capitals by default).
  const text = toPlainText(html, {
    selectors: [
      ...['h1', 'h2'].map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: '[data-text-format="dataTable"]', format: 'dataTable', options: { uppercaseHeaderCells: false } },
      ...textSelectors,
    ],
  });
  return { subject: subjectFor(content), html, text };
}

type StoredMail = {
  kind: NotificationContent['kind'];
  channel: MessageChannel;
  locale: Locale;
  payload: unknown;
  subject: string;
  html: string;
  text: string;
};

/**
 * An SMS or Telegram message: text only. An SMS carries the short status link (two segments);
 * a Telegram message names the full one, and its transport adds it as a button too.
 */
function shortMessage(content: NotificationContent, channel: 'sms' | 'telegram'): RenderedMail {
  const clientId = clientOf(content);
  const ticket = 'ticket' in content.payload ? content.payload.ticket : null;
  const text =
    channel === 'sms'
      ? smsText(content, { statusUrl: ticket ? shortStatusUrl(ticket.publicToken) : env().APP_URL, stopUrl: clientId !== null ? stopUrl(clientId, 'sms') : null })
      : telegramText(content, { ticketUrl: ticket ? staffTicketUrl(ticket.id) : undefined, statusUrl: ticket && clientId !== null ? publicStatusUrl(ticket.publicToken) : undefined });
  return { subject: subjectFor(content), html: '', text };
}

/**
 * A row's message: what was rendered at its first delivery attempt, or rendered now from its
 * snapshot — a full mail for e-mail, text for SMS and Telegram.
 */
export async function mailOfRow(row: StoredMail): Promise<RenderedMail & { renderedNow: boolean }> {
  const rendered = row.channel === 'email' ? row.html : row.text;
  if (rendered) return { subject: row.subject, html: row.html, text: row.text, renderedNow: false };
  const content = { kind: row.kind, locale: row.locale, payload: row.payload } as NotificationContent;
  const message = row.channel === 'email' ? await renderNotification(content) : shortMessage(content, row.channel);
  return { ...message, renderedNow: true };
}
