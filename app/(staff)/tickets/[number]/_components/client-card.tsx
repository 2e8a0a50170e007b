import Link from 'next/link';
import { Badge, Card, CardContent, CardHeader, CardTitle } from '@/components/ui';
import type { TicketClient } from '@/db/queries/ticket-detail';
import { notifyConsentOf } from '@/lib/clients/consent';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketDetailMessages } from '@/lib/i18n/messages/features/ticket-detail';
import { formatPhone } from '@/lib/phone';
import { DetailRow } from './detail-row';

/** Who brought the ticket and how to reach them. */
export function ClientCard({ client, t, td }: { client: TicketClient; t: Messages; td: TicketDetailMessages }) {
  const c = td.client;
  const link = 'text-primary-700 hover:underline';
  const consent = { ...c.notifyBy, unreachable: c.notifyUnreachable, declined: c.notifyNo };
  return (
    <Card>
      <CardHeader>
        <CardTitle>{c.title}</CardTitle>
        <Badge tone={client.kind === 'company' ? 'info' : 'neutral'}>{t.clients.kinds[client.kind]}</Badge>
      </CardHeader>
      <CardContent>
        <p className="mb-3 font-medium">
          <Link href={`/clients/${client.id}`} className={link} data-testid="ticket-client">
            {client.name}
          </Link>
        </p>
        <dl className="grid gap-3">
          {client.contactPerson && <DetailRow stacked label={c.contactPerson}>{client.contactPerson}</DetailRow>}
          <DetailRow stacked label={c.phone}>
            {client.phone ? (
              <a href={`tel:${client.phone}`} className={link} data-testid="ticket-client-phone">
                {formatPhone(client.phone)}
              </a>
            ) : (
              t.common.none
            )}
          </DetailRow>
          <DetailRow stacked label={c.email}>
            {client.email ? (
              <a href={`mailto:${client.email}`} className={link} data-testid="ticket-client-email">
                {client.email}
              </a>
            ) : (
              t.common.none
            )}
          </DetailRow>
          <DetailRow stacked label={c.language}>{t.locales[client.locale]}</DetailRow>
          <DetailRow stacked label={c.notify}>
            <span data-testid="ticket-client-notify">{consent[notifyConsentOf(client)]}</span>
          </DetailRow>
        </dl>
      </CardContent>
    </Card>
  );
}
