import type { Locale } from '@/lib/domain/enums';
import { messagesFor } from '@/lib/i18n/messages';
import { formatCalendarDate } from '@/lib/time/format';
import { warrantyState } from '@/lib/warranty/period';

type Props = {
  other: { closedAt: Date | null; outcome: string | null; warrantyDays: number | null };
  locale: Locale;
  timeZone: string;
};

/**
 * An earlier repair's warranty in the device history, by its longest line: "under warranty until
 * <date>" or "warranty expired". Nothing for open tickets, lines without warranty, or a device
 * returned without repair.
 */
export function DeviceWarranty({ other, locale, timeZone }: Props) {
  if (other.outcome !== null || other.closedAt === null) return null;
  const state = warrantyState(other.warrantyDays ?? 0, other.closedAt, new Date(), timeZone);
  const w = messagesFor(locale).warranty.history;
  if (state.state === 'under') {
    return (
      <span className="text-success-800" data-testid="device-history-warranty">
        {w.under(formatCalendarDate(state.until, locale))}
      </span>
    );
  }
  if (state.state === 'expired') {
    return (
      <span className="text-slate-500" data-testid="device-history-warranty">
        {w.expired}
      </span>
    );
  }
  return null;
}
