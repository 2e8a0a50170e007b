import type { Locale } from '@/lib/domain/enums';
import type { WarrantyMessages } from '@/lib/i18n/messages/features/warranty';
import { formatCalendarDate } from '@/lib/time/format';
import type { WarrantyState } from './period';

/** A line's warranty as the ticket page says it: "under warranty until 30 May 2026", "expired (…)", "from handover, 90 days". */
export function lineWarrantyText(state: WarrantyState, w: WarrantyMessages, locale: Locale): string {
  switch (state.state) {
    case 'none':
      return w.line.none;
    case 'not_started':
      return w.line.notStarted(state.days);
    case 'under':
      return w.line.under(formatCalendarDate(state.until, locale));
    case 'expired':
      return w.line.expired(formatCalendarDate(state.until, locale));
  }
}
