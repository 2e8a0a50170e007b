import type { Locale, Status } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { formatTicketNumber } from '@/lib/tickets/number';
import { progressOf } from './progress';

/**
 * Everything the link-preview image shows, and nothing else: a preview travels to whoever the
 * link is pasted for, so it carries the company, the number and the status, never a person,
 * a device or a title.
 */
export type StatusCardModel = {
  company: string;
  request: string;
  number: string;
  status: string;
  progressText: string;
  stepText: string;
  percent: number;
  cancelled: boolean;
};

// Latin, Cyrillic, digits and common punctuation: what the bundled font draws. Anything else
// would make next/og fetch a font from Google at request time.
const DRAWABLE = /[^\p{Script=Latin}\p{Script=Cyrillic}\p{N}\s.,:;!?'"«»()&+\-–—№#/@·]/gu;

export function drawableText(value: string, max = 60): string {
  const clean = value.replace(DRAWABLE, '').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export function statusCardModel(ticket: { id: number; status: Status }, locale: Locale, company: string): StatusCardModel {
  const t = messagesFor(locale).publicStatus;
  const progress = progressOf(ticket.status);
  return {
    company: drawableText(company),
    request: t.card.request,
    number: formatTicketNumber(ticket.id),
    status: t.statuses[ticket.status].label,
    progressText: progress.cancelled ? t.card.cancelled : t.card.progress(progress.percent),
    stepText: progress.cancelled ? '' : t.page.stepOf(progress.current, progress.total),
    percent: progress.percent,
    cancelled: progress.cancelled,
  };
}
