import { html, type SafeHtml } from '@/components/ui/html';
import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { formatCalendarDate } from '@/lib/time/format';
import { warrantyState } from '@/lib/warranty/period';

type Other = { closedAt: Date | null; outcome: string | null; warrantyDays: number | null };

/**
 * An earlier repair's warranty in the device history, by its longest line: "under warranty until
 * <date>" or "warranty expired". Nothing for open tickets, lines without warranty, or a device
 * returned without repair.
 */
export function deviceWarrantyHtml(other: Other, locale: Locale, timeZone: string): SafeHtml | null {
  if (other.outcome !== null || other.closedAt === null) return null;
  const state = warrantyState(other.warrantyDays ?? 0, other.closedAt, new Date(), timeZone);
  const w = messagesFor(locale).warranty.history;
  if (state.state === 'under') return html`<span class="text-success-800" data-testid="device-history-warranty">${w.under(formatCalendarDate(state.until, locale))}</span>`;
  if (state.state === 'expired') return html`<span class="text-slate-500" data-testid="device-history-warranty">${w.expired}</span>`;
  return null;
}
