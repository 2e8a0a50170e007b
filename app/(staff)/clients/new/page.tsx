import type { Metadata } from 'next';
import { requireStaffWhere } from '@/lib/auth/guards';
import { canEditClients } from '@/lib/permissions';
import { env } from '@/lib/env';
import { getT } from '@/lib/i18n/server';
import { createClientAction } from '../actions';
import { ClientForm } from '../_components/client-form';
import { clientFormLabels } from '../_components/form-labels';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaffWhere(canEditClients);
  return { title: (await getT()).clients.newTitle };
}

export default async function NewClientPage() {
  await requireStaffWhere(canEditClients);
  const t = await getT();
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <h1 id="page-title" className="text-2xl font-semibold">
        {t.clients.newTitle}
      </h1>
      <ClientForm
        action={createClientAction}
        cancelHref="/clients"
        labels={clientFormLabels(t, 'create')}
        initial={{
          kind: 'person',
          name: '',
          contactPerson: '',
          phone: '',
          email: '',
          locale: env().DEFAULT_LOCALE,
          notify: true,
          preferredChannel: '',
          notes: '',
        }}
      />
    </section>
  );
}
