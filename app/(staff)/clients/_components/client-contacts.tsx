import type { ReactNode } from 'react';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui';
import type { getClient } from '@/db/queries/clients';
import { stoppedAtKey } from '@/lib/channels/reach';
import { notifyConsentOf } from '@/lib/clients/consent';
import { MESSAGE_CHANNELS } from '@/lib/domain/enums';
import type { Messages } from '@/lib/i18n/messages';
import { formatPhone } from '@/lib/phone';

type Client = NonNullable<Awaited<ReturnType<typeof getClient>>>;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 sm:grid-cols-[12rem_1fr] sm:gap-3">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** How to reach the client, in what language, with what consent, and the staff's notes. */
export function ClientContacts({ client, t }: { client: Client; t: Messages }) {
  const f = t.clients.fields;
  const link = 'text-primary-700 hover:underline';
  const consent = { ...t.clients.notifyBy, unreachable: t.clients.notifyUnreachable, declined: t.clients.notifyNo };
  const stopped = MESSAGE_CHANNELS.filter((channel) => client[stoppedAtKey(channel)]);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card>
        <CardHeader>
          <CardTitle>{t.clients.contacts}</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-3">
            {client.kind === 'company' && <Row label={f.contactPerson}>{client.contactPerson ?? t.common.none}</Row>}
            <Row label={f.phone}>
              {client.phone ? (
                <a href={`tel:${client.phone}`} className={link} data-testid="client-phone">
                  {formatPhone(client.phone)}
                </a>
              ) : (
                t.common.none
              )}
            </Row>
            <Row label={f.email}>
              {client.email ? (
                <a href={`mailto:${client.email}`} className={link} data-testid="client-email">
                  {client.email}
                </a>
              ) : (
                t.common.none
              )}
            </Row>
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t.clients.details}</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-3">
            <Row label={f.locale}>{t.locales[client.locale]}</Row>
            <Row label={f.notify}>
              <span data-testid="client-notify">{consent[notifyConsentOf(client)]}</span>
            </Row>
            <Row label={f.preferredChannel}>{t.clients.channelOptions[client.preferredChannel ?? 'auto']}</Row>
            {client.telegramChatId && <Row label="Telegram">{t.clients.telegramConnected}</Row>}
            {stopped.length > 0 && (
              <Row label={t.clients.stoppedChannels}>
                <span data-testid="client-stopped">{stopped.map((channel) => t.clients.channelOptions[channel]).join(', ')}</span>
              </Row>
            )}
            <Row label={f.notes}>
              {client.notes ? <span className="whitespace-pre-line">{client.notes}</span> : <span className="text-slate-500">{t.clients.noNotes}</span>}
            </Row>
          </dl>
        </CardContent>
      </Card>
    </div>
  );
}
