import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui';
import type { Ticket } from '@/db/queries/tickets';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketDetailMessages } from '@/lib/i18n/messages/features/ticket-detail';
import { DetailRow } from './detail-row';

const FIELDS = ['deviceType', 'brand', 'model', 'serialNumber', 'accessories', 'intakeCondition'] as const;

/** The device taken in for repair, as recorded at intake. */
export function DeviceCard({ ticket, t, td }: { ticket: Ticket; t: Messages; td: TicketDetailMessages }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{td.device.title}</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-3">
          {FIELDS.map((field) => (
            <DetailRow key={field} label={t.tickets.fields[field]} testId={`device-${field}`}>
              {ticket[field] ? <span className="whitespace-pre-line">{ticket[field]}</span> : <span className="text-slate-500">{t.common.none}</span>}
            </DetailRow>
          ))}
          <DetailRow label={t.tickets.fields.warranty}>{ticket.warranty ? td.device.warrantyYes : td.device.warrantyNo}</DetailRow>
        </dl>
      </CardContent>
    </Card>
  );
}
