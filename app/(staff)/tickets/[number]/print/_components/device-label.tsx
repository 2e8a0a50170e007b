import type { TicketClient } from '@/db/queries/ticket-detail';
import type { Ticket } from '@/db/queries/tickets';
import type { Locale } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/i18n/format';
import type { PublicStatusMessages } from '@/lib/i18n/messages/features/public-status';
import { formatDay } from '@/lib/notifications/subjects';
import { formatPhone } from '@/lib/phone';
import { LABEL_SIZE } from '@/lib/status/print';
import { deviceLine } from '@/lib/status/view';
import { formatTicketNumber } from '@/lib/tickets/number';
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
        <p className="truncate">
          {r.labelReceived} {formatDate(ticket.createdAt, locale, env().APP_TIMEZONE)}
          {ticket.dueDate && ` · ${r.labelDue} ${formatDay(ticket.dueDate, locale)}`}
        </p>
      </div>
      <QrCode url={staffUrl} label={formatTicketNumber(ticket.id)} testId="label-qr" className="size-[20mm] shrink-0 self-center" />
    </article>
  );
}
