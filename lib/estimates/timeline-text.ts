import type { EventKind, Locale } from '@/lib/domain/enums';
import { formatMoney } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';

/**
 * The sentence of a line or estimate event, from what the event kept when it was written (its
 * `details`), so the timeline reads the same after the line or the price list changes.
 */
type Details = Record<string, unknown> | null;
type Event = { kind: EventKind; fromValue: string | null; toValue: string | null; details: Details };

const num = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : 0);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function estimateEventText(event: Event, e: Messages['estimates'], locale: Locale): string | null {
  const d = event.details ?? {};
  const currency = str(d.currency) || 'RUB';
  const money = (v: unknown) => formatMoney(num(v), currency, locale);
  const decisionWord = (v: unknown) => (v === 'declined' ? e.decisions.declined : e.decisions.approved);
  switch (event.kind) {
    case 'line_added':
      return e.timeline.lineAdded(str(d.name), num(d.quantity), money(d.totalMinor));
    case 'line_changed': {
      const from = (d.from ?? {}) as Record<string, unknown>;
      const shape = (l: Record<string, unknown>) => `${num(l.quantity)} × ${money(l.unitPriceMinor)}${num(l.discountMinor) ? ` − ${money(l.discountMinor)}` : ''}`;
      return e.timeline.lineChanged(str(d.name), shape(from), shape(d));
    }
    case 'line_removed':
      return e.timeline.lineRemoved(str(d.name));
    case 'estimate_sent':
      return e.timeline.sent(num(d.version), money(d.totalMinor));
    case 'estimate_withdrawn':
      return e.timeline.withdrawn(num(d.version));
    case 'estimate_decided':
      return e.timeline.decided(decisionWord(event.toValue), num(d.version), money(d.totalMinor));
    case 'decision_overridden':
      return e.timeline.overridden(decisionWord(event.fromValue), decisionWord(event.toValue), num(d.version));
    default:
      return null;
  }
}

/** What the event's details add under its sentence: a reason, an override of stock or of closing. */
export function estimateEventNotes(details: Details, e: Messages['estimates']): string[] {
  const d = details ?? {};
  const notes: string[] = [];
  if (str(d.stockOverride)) notes.push(e.timeline.stockOverride(str(d.stockOverride)));
  if (str(d.closeOverride)) notes.push(e.timeline.closeOverride(str(d.closeOverride)));
  if (str(d.reason)) notes.push(e.timeline.reason(str(d.reason)));
  return notes;
}

/** "client, via the status page" for the client's own decision; null: the usual actor label. */
export function decisionActorLabel(details: Details, e: Messages['estimates']): string | null {
  return details?.via === 'status_page' ? e.via.status_page : null;
}
