import type { Metadata } from 'next';
import { requireStaffWhere } from '@/lib/auth/guards';
import { canEditClients } from '@/lib/permissions';
import { getT } from '@/lib/i18n/server';
import { formatPhone } from '@/lib/phone';
import { updateClientAction } from '../../actions';
import { ClientForm } from '../../_components/client-form';
import { clientFormLabels } from '../../_components/form-labels';
import { loadClientOrNotFound } from '../../_components/load-client';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireStaffWhere(canEditClients);
  const [t, client] = await Promise.all([getT(), params.then(async (p) => await loadClientOrNotFound(p.id))]);
  return { title: t.clients.editTitle(client.name) };
}

export default async function EditClientPage({ params }: Props) {
  await requireStaffWhere(canEditClients);
  const [t, { id }] = await Promise.all([getT(), params]);
  const client = await loadClientOrNotFound(id);
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <h1 id="page-title" className="text-2xl font-semibold">
        {t.clients.editTitle(client.name)}
      </h1>
      <ClientForm
        action={updateClientAction}
        clientId={client.id}
        cancelHref={`/clients/${client.id}`}
        labels={clientFormLabels(t, 'edit')}
        initial={{
          kind: client.kind,
          name: client.name,
          contactPerson: client.contactPerson ?? '',
          phone: client.phone ? formatPhone(client.phone) : '',
          email: client.email ?? '',
          locale: client.locale,
          notify: client.notify,
          preferredChannel: client.preferredChannel ?? '',
          notes: client.notes,
        }}
      />
    </section>
  );
}
