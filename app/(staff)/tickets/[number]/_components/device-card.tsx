import { Card, cardHeaderHtml } from '@/components/ui';
import { html, innerHtml } from '@/components/ui/html';
import type { Ticket } from '@/db/queries/tickets';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketDetailMessages } from '@/lib/i18n/messages/features/ticket-detail';
import { detailRowHtml, textOrEmptyHtml } from './detail-row';

const FIELDS = ['deviceType', 'brand', 'model', 'serialNumber', 'accessories', 'intakeCondition'] as const;

/** The device taken in for repair, as recorded at intake. */
export function DeviceCard({ ticket, t, td }: { ticket: Ticket; t: Messages; td: TicketDetailMessages }) {
  const rows = FIELDS.map((field) => detailRowHtml(t.tickets.fields[field], textOrEmptyHtml(ticket[field], t.common.none), { testId: `device-${field}` }));
  const warranty = detailRowHtml(t.tickets.fields.warranty, ticket.warranty ? td.device.warrantyYes : td.device.warrantyNo);
  return <Card dangerouslySetInnerHTML={innerHtml(html`${cardHeaderHtml(td.device.title)}<div class="card-content"><dl class="grid gap-3">${rows}${warranty}</dl></div>`)} />;
}
