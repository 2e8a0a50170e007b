import type { TicketClient } from '@/db/queries/ticket-detail';
import type { Ticket } from '@/db/queries/tickets';
import type { Locale } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import type { PublicStatusMessages } from '@/lib/i18n/messages/features/public-status';
import { formatPhone } from '@/lib/phone';
import { LABEL_SIZE } from '@/lib/status/print';
import { deviceLine } from '@/lib/status/view';
import { formatTicketNumber } from '@/lib/tickets/number';
import { formatNumericDate, formatNumericDay } from '@/lib/time/numeric-date';
import { QrCode } from './qr-code';

type Props = { ticket: Ticket; client: TicketClient | undefined; staffUrl: string; t: PublicStatusMessages; locale: Locale };

/**
 * The sticker that stays on the device in the workshop. Its QR code opens the ticket for staff
 * (sign-in required), not the client's page: the device passes through many hands.
 */
export function DeviceLabel({ ticket, client, staffUrl, t, locale }: Props) {
  const r = t.receipt;
  return (
    <article
      lang={locale}
      className="flex gap-[1.5mm] overflow-hidden text-[7pt] leading-tight"
      style={{ height: `calc(${LABEL_SIZE.height} - 4mm)` }}
      data-testid="device-label"
    >
      <div className="flex min-w-0 flex-1 flex-col justify-between">
        <p className="font-mono text-[11pt] font-bold" data-testid="label-number">
          {formatTicketNumber(ticket.id)}
        </p>
        <p className="truncate font-semibold">{client?.name ?? r.none}</p>
        {client?.phone && <p className="truncate">{formatPhone(client.phone)}</p>}
        <p className="line-clamp-2">{deviceLine(ticket) ?? ticket.title}</p>
        {ticket.serialNumber && <p className="truncate font-mono">{ticket.serialNumber}</p>}
        {/* All-digit dates, one per line: "Принят 2 дек. 2026 г. · Срок …" does not fit 32 mm. */}
        <p className="whitespace-nowrap" data-testid="label-received">
          {r.labelReceived} {formatNumericDate(ticket.createdAt, locale, env().APP_TIMEZONE)}
        </p>
        {ticket.dueDate && (
          <p className="whitespace-nowrap" data-testid="label-due">
            {r.labelDue} {formatNumericDay(ticket.dueDate, locale)}
          </p>
        )}
      </div>
      <QrCode url={staffUrl} label={formatTicketNumber(ticket.id)} testId="label-qr" className="size-[20mm] shrink-0 self-center" />
    </article>
  );
}
