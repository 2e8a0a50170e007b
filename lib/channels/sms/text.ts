import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import type { NotificationContent } from '@/lib/notifications/payload';
import { formatTicketNumber } from '@/lib/tickets/number';
import { isGsm7, smsSegments } from './segments';

/** SMS texts stay within two parts (issue 18): the operator bills per part and long texts get split oddly. */
export const SMS_MAX_SEGMENTS = 2;

export type SmsLinks = { statusUrl: string; stopUrl: string | null };
type ClientContent = Extract<NotificationContent, { kind: 'ticket_created' | 'status_changed' | 'staff_message' }>;

const fits = (text: string) => smsSegments(text) <= SMS_MAX_SEGMENTS;

/** No-break and thin spaces (Intl puts them in amounts) are not GSM-7: one would turn an English text into UCS-2. */
function plain(text: string): string {
  return text.replace(/[\s\p{Cc}\u00A0\u2007\u202F]+/gu, ' ').trim();
}

/**
 * A whole amount without kopecks: "12 345 ₽" is what people write in a text, and it saves three
 * characters of the 134 a Cyrillic SMS has.
 */
function amount(minor: number, currency: string, locale: Locale): string {
  const whole = minor % 100 === 0;
  const f = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  });
  return plain(f.format(minor / 100));
}

/**
 * Phones turn "host/s/abc" into a link without the scheme, and "https://" is 8 of the 67 characters
 * of a Cyrillic part: a link loses its scheme when the text would not fit otherwise, never a character
 * of its path.
 */
function bare(url: string): string {
  return url.replace(/^https?:\/\//i, '');
}

function withLinks(body: string, links: SmsLinks, locale: Locale, scheme: boolean): string {
  const show = scheme ? (u: string) => u : bare;
  const stop = links.stopUrl ? ` ${messagesFor(locale).clientChannels.sms.stop} ${show(links.stopUrl)}` : '';
  return `${body} ${show(links.statusUrl)}${stop}`;
}

/** What a status SMS says besides the status: the estimate's total, or what is left to pay at pick-up. */
function statusParts(content: ClientContent, locale: Locale): { label: string; extra: string | null } {
  const m = messagesFor(locale);
  const words = m.notifications.email.clientStatuses;
  const s = m.clientChannels.sms;
  if (content.kind === 'ticket_created') return { label: words.new.label, extra: null };
  if (content.kind !== 'status_changed') return { label: '', extra: null };
  const p = content.payload;
  const revised = p.estimate && p.from === p.to;
  const label = revised ? s.estimateRevised : words[p.to].label;
  if (p.estimate) return { label, extra: s.estimate(amount(p.estimate.totalMinor, p.estimate.currency, locale)) };
  if (p.to === 'ready' && p.balanceDueMinor && p.currency) return { label, extra: s.balanceDue(amount(p.balanceDueMinor, p.currency, locale)) };
  return { label, extra: null };
}

/**
 * The richest text that fits two parts: the links' scheme goes first, then the word "Request"
 * before the number, then the amount. The plainest variant (number, status, links) always fits:
 * tests/unit/sms-text.test.ts checks every status in both languages.
 */
function statusText(content: ClientContent, links: SmsLinks, number: string): string {
  const locale = content.locale;
  const { label, extra } = statusParts(content, locale);
  const heads = [messagesFor(locale).clientChannels.sms.request(number), number];
  // In order of preference: the amount is kept longest, then the word "Request", then the scheme.
  const variants: string[] = [];
  for (const withExtra of extra ? [true, false] : [false]) {
    for (const head of heads) {
      for (const scheme of [true, false]) variants.push(withLinks(plain(`${head}: ${label}.${withExtra ? ` ${extra}` : ''}`), links, locale, scheme));
    }
  }
  return variants.find(fits) ?? variants[variants.length - 1];
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Staff's answer: the number, as much of the message as fits (cut between letters, never inside one,
 * with an ellipsis), and the links whole.
 */
function messageText(content: Extract<ClientContent, { kind: 'staff_message' }>, links: SmsLinks, number: string): string {
  const locale = content.locale;
  const head = messagesFor(locale).clientChannels.sms.request(number);
  const body = plain(content.payload.body);
  const full = (scheme: boolean) => withLinks(`${head}: ${body}`, links, locale, scheme);
  if (fits(full(true))) return full(true);
  if (fits(full(false))) return full(false);
  const graphemes = Array.from(segmenter.segment(body), (s) => s.segment);
  const cut = (n: number) => {
    const kept = graphemes.slice(0, n).join('').trimEnd();
    // "…" is not GSM-7: a Latin text gets three dots rather than losing half its room to UCS-2.
    const ellipsis = isGsm7(`${head}${kept}`) ? '...' : '…';
    return withLinks(`${head}: ${kept}${ellipsis}`, links, locale, false);
  };
  let lo = 0;
  let hi = graphemes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(cut(mid))) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}

/**
 * The SMS to a client, in their language, within two parts: the ticket number, the status in the
 * client's words (with the estimate's total or the balance due), the short status link and the
 * link that stops SMS. `links.statusUrl` is the short form (shortStatusUrl), `links.stopUrl` the
 * stop page of the SMS channel (stopUrl), null in rows queued before issue 18.
 */
export function smsText(content: NotificationContent, links: SmsLinks): string {
  if (content.kind !== 'ticket_created' && content.kind !== 'status_changed' && content.kind !== 'staff_message') {
    throw new Error(`smsText: ${content.kind} is not a message to a client`);
  }
  const number = formatTicketNumber(content.payload.ticket.id);
  return content.kind === 'staff_message' ? messageText(content, links, number) : statusText(content, links, number);
}
