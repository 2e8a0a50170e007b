import { badgeHtml, Card, cardHeaderHtml } from '@/components/ui';
import { html, innerHtml } from '@/components/ui/html';
import type { TicketClient } from '@/db/queries/ticket-detail';
import { notifyConsentOf } from '@/lib/clients/consent';
import type { Messages } from '@/lib/i18n/messages';
import type { TicketDetailMessages } from '@/lib/i18n/messages/features/ticket-detail';
import { formatPhone } from '@/lib/phone';
import { detailRowHtml } from './detail-row';

const LINK = 'text-primary-700 hover:underline';

/** Who brought the ticket and how to reach them. */
export function ClientCard({ client, t, td }: { client: TicketClient; t: Messages; td: TicketDetailMessages }) {
  const c = td.client;
  const consent = { ...c.notifyBy, unreachable: c.notifyUnreachable, declined: c.notifyNo };
  const stacked = { stacked: true };
  const header = cardHeaderHtml(c.title, { extra: badgeHtml(client.kind === 'company' ? 'info' : 'neutral', t.clients.kinds[client.kind]) });
  const rows = [
    client.contactPerson && detailRowHtml(c.contactPerson, client.contactPerson, stacked),
    detailRowHtml(c.phone, client.phone ? html`<a href="tel:${client.phone}" class="${LINK}" data-testid="ticket-client-phone">${formatPhone(client.phone)}</a>` : t.common.none, stacked),
    detailRowHtml(c.email, client.email ? html`<a href="mailto:${client.email}" class="${LINK}" data-testid="ticket-client-email">${client.email}</a>` : t.common.none, stacked),
    detailRowHtml(c.language, t.locales[client.locale], stacked),
    detailRowHtml(c.notify, html`<span data-testid="ticket-client-notify">${consent[notifyConsentOf(client)]}</span>`, stacked),
  ];
  return (
    <Card
      dangerouslySetInnerHTML={innerHtml(
        html`${header}<div class="card-content"><p class="mb-3 font-medium"><a href="/clients/${client.id}" class="${LINK}" data-testid="ticket-client">${client.name}</a></p><dl class="grid gap-3">${rows}</dl></div>`,
      )}
    />
  );
}
