import type { TicketCounts } from '@/db/queries/ticket-list';
import { CLOSED_STATUSES, OPEN_STATUSES, STATUSES, type Locale, type Status } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketListMessages } from '@/lib/i18n/messages/features/ticket-list';
import { ticketsHref, type StatusToken, type TicketListParams } from '@/lib/tickets/filters';
import { statusToken } from '@/lib/tickets/status-token';
import { StatusTabList, type StatusTab } from './status-tab-list';

const NUMBER_FORMAT: Record<Locale, Intl.NumberFormat> = { ru: new Intl.NumberFormat('ru-RU'), en: new Intl.NumberFormat('en-GB') };

type Tab = { key: string; label: string; tokens: StatusToken[]; statuses: readonly Status[] };

/**
 * All, the open ones, each status, and the closed ones: links that keep every other filter.
 * Counts come from one grouped query (countTicketList); when that would cost too much, the tabs
 * show no numbers rather than wrong ones.
 */
export function StatusTabs({ params, counts, t, tl, locale }: { params: TicketListParams; counts: TicketCounts; t: Messages; tl: TicketListMessages; locale: Locale }) {
  const tabs: Tab[] = [
    { key: 'all', label: tl.all, tokens: [], statuses: STATUSES },
    { key: 'open', label: tl.openGroup, tokens: ['open'], statuses: OPEN_STATUSES },
    ...STATUSES.map((s) => ({ key: s, label: t.statuses[s], tokens: [statusToken(s)], statuses: [s] })),
    { key: 'closed-group', label: tl.closedGroup, tokens: ['closed'], statuses: CLOSED_STATUSES },
  ];
  const current = params.status.join(',');
  const format = NUMBER_FORMAT[locale];
  const rows = tabs.map((tab): StatusTab => {
    const n = counts.byStatus ? tab.statuses.reduce((sum, s) => sum + counts.byStatus![s], 0) : null;
    return [tab.key, ticketsHref(params, { status: tab.tokens }), tab.label, n === null ? null : format.format(n), tab.tokens.join(',') === current ? 1 : 0];
  });
  return (
    <nav aria-label={tl.statusTabs} data-testid="status-tabs">
      <StatusTabList tabs={rows} />
    </nav>
  );
}
