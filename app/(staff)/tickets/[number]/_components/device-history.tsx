import { statusBadgeHtml } from '@/components/tickets/status-badge';
import { Card, cardHeaderHtml } from '@/components/ui';
import { html, innerHtml } from '@/components/ui/html';
import type { listTicketsWithSerial } from '@/db/queries/tickets';
import type { Locale } from '@/lib/domain/enums';
import { formatDate } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketDetailMessages } from '@/lib/i18n/messages/features/ticket-detail';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { deviceWarrantyHtml } from './device-warranty';

type Props = { serialNumber: string; others: Awaited<ReturnType<typeof listTicketsWithSerial>>; t: Messages; td: TicketDetailMessages; locale: Locale; timeZone: string };

/** Earlier and later visits of the same device (same serial number / IMEI). */
export function DeviceHistory({ serialNumber, others, t, td, locale, timeZone }: Props) {
  const h = td.deviceHistory;
  const visit = (other: Props['others'][number]) =>
    html`<li class="flex flex-wrap items-center gap-2"><a href="${ticketHref(other.id)}" class="font-mono text-primary-700 hover:underline">${formatTicketNumber(other.id)}</a><span>${other.title}</span>${statusBadgeHtml(other.status, t.statuses[other.status])}<span class="text-slate-500">${formatDate(other.createdAt, locale, timeZone)}</span>${deviceWarrantyHtml(other, locale, timeZone)}</li>`;
  const content =
    others.length === 0
      ? html`<p class="text-sm text-slate-600">${h.empty}</p>`
      : html`<p class="mb-2 text-sm text-slate-600">${h.intro(serialNumber)}</p><ul class="space-y-2 text-sm" data-testid="device-history">${others.map(visit)}</ul>`;
  return <Card dangerouslySetInnerHTML={innerHtml(html`${cardHeaderHtml(h.title, { id: 'device-history-title' })}<div class="card-content">${content}</div>`)} />;
}
