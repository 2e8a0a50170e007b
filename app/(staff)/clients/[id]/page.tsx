import type { Metadata } from 'next';
import Link from 'next/link';
import { Pencil, Plus } from '@/components/ui/icons';
import { HistorySection } from '@/components/audit/history-section';
import { DeleteForm } from '@/components/forms/delete-form';
import { Badge, buttonClasses } from '@/components/ui';
import { listAudit } from '@/db/queries/audit';
import { decodeCursor } from '@/lib/domain/cursor';
import { requireStaff } from '@/lib/auth/session';
import { canDeleteClient, canEditClients } from '@/lib/permissions';
import { CLIENT_KINDS, LOCALES } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { getLocale, getT } from '@/lib/i18n/server';
import type { Messages } from '@/lib/i18n/messages';
import { formatPhone } from '@/lib/phone';
import { clientListParams } from '@/lib/validation/clients';
import { deleteClientAction } from '../actions';
import { ClientContacts } from '../_components/client-contacts';
import { ClientTickets } from '../_components/client-tickets';
import { loadClientOrNotFound } from '../_components/load-client';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireStaff();
  const [t, { id }] = await Promise.all([getT(), params]);
  return { title: `${(await loadClientOrNotFound(id)).name} · ${t.clients.title}` };
}

const pageParams = clientListParams.pick({ after: true, before: true });

/** History values in words: enum codes and phone numbers as people read them. */
function historyValue(t: Messages) {
  return (field: string, value: unknown): string | undefined => {
    if (typeof value !== 'string') return undefined;
    if (field === 'kind' && (CLIENT_KINDS as readonly string[]).includes(value)) return t.clients.kinds[value as 'person'];
    if (field === 'locale' && (LOCALES as readonly string[]).includes(value)) return t.locales[value as 'ru'];
    if (field === 'phone') return formatPhone(value);
    return undefined;
  };
}

export default async function ClientPage({ params, searchParams }: Props) {
  const [staff, t, locale, { id }, raw] = await Promise.all([requireStaff(), getT(), getLocale(), params, searchParams]);
  const client = await loadClientOrNotFound(id);
  const { after, before } = pageParams.parse(raw);
  const timeZone = env().APP_TIMEZONE;

  return (
    <div className="space-y-8">
      <section aria-labelledby="page-title" className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="space-y-1">
            <h1 id="page-title" className="text-2xl font-semibold">
              {client.name}
            </h1>
            <Badge tone={client.kind === 'company' ? 'info' : 'neutral'}>{t.clients.kinds[client.kind]}</Badge>
          </div>
          <div className="flex flex-wrap items-start gap-2">
            <Link href={`/tickets/new?client=${client.id}`} className={buttonClasses('primary')} data-testid="new-ticket-for-client">
              <Plus aria-hidden /> {t.clients.newTicket}
            </Link>
            {canEditClients(staff) && (
              <Link href={`/clients/${client.id}/edit`} className={buttonClasses('secondary')}>
                <Pencil aria-hidden /> {t.common.edit}
              </Link>
            )}
            {canDeleteClient(staff) && (
              <DeleteForm
                action={deleteClientAction}
                id={client.id}
                labels={{
                  trigger: t.clients.deleteTrigger,
                  title: t.deletion.confirmTitle,
                  body: t.clients.deleteBody(client.name),
                  confirm: t.common.delete,
                  cancel: t.common.cancel,
                }}
              />
            )}
          </div>
        </div>
        <ClientContacts client={client} t={t} />
      </section>

      <ClientTickets
        clientId={client.id}
        request={{ after: decodeCursor(after), before: decodeCursor(before) }}
        t={t}
        locale={locale}
        timeZone={timeZone}
      />

      <HistorySection
        entries={await listAudit('client', client.id)}
        fieldLabels={t.clients.fields}
        formatValue={historyValue(t)}
        t={t}
        locale={locale}
        timeZone={timeZone}
      />
    </div>
  );
}
