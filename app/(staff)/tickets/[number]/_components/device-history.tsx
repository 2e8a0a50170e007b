import Link from 'next/link';
import { StatusBadge } from '@/components/tickets/status-badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui';
import type { listTicketsWithSerial } from '@/db/queries/tickets';
import type { Locale } from '@/lib/domain/enums';
import { formatDate } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketDetailMessages } from '@/lib/i18n/messages/features/ticket-detail';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { DeviceWarranty } from './device-warranty';

type Props = { serialNumber: string; others: Awaited<ReturnType<typeof listTicketsWithSerial>>; t: Messages; td: TicketDetailMessages; locale: Locale; timeZone: string };

/** Earlier and later visits of the same device (same serial number / IMEI). */
export function DeviceHistory({ serialNumber, others, t, td, locale, timeZone }: Props) {
  return (
    <Card>
      <CardHeader>
        <CardTitle id="device-history-title">{td.deviceHistory.title}</CardTitle>
      </CardHeader>
      <CardContent>
        {others.length === 0 ? (
          <p className="text-sm text-slate-600">{td.deviceHistory.empty}</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-600">{td.deviceHistory.intro(serialNumber)}</p>
            <ul className="space-y-2 text-sm" data-testid="device-history">
              {others.map((other) => (
                <li key={other.id} className="flex flex-wrap items-center gap-2">
                  <Link href={ticketHref(other.id)} className="font-mono text-primary-700 hover:underline">
                    {formatTicketNumber(other.id)}
                  </Link>
                  <span>{other.title}</span>
                  <StatusBadge status={other.status} label={t.statuses[other.status]} />
                  <span className="text-slate-500">{formatDate(other.createdAt, locale, timeZone)}</span>
                  <DeviceWarranty other={other} locale={locale} timeZone={timeZone} />
                </li>
              ))}
            </ul>
          </>
        )}
      </CardContent>
    </Card>
  );
}
