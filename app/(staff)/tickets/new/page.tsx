import type { Metadata } from 'next';
import { z } from 'zod';
import { findClientsForPicker, getPickedClient } from '@/db/queries/client-picker';
import { listDepartmentOptions } from '@/db/queries/departments';
import { listAssignableEmployees } from '@/db/queries/ticket-people';
import { requireStaff } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { getT } from '@/lib/i18n/server';
import { parseClientId } from '@/lib/validation/clients';
import { IntakeForm } from './_components/intake-form';
import { assigneeGroups, intakeLabels, mayAssignOthers } from './_components/intake-labels';

export async function generateMetadata(): Promise<Metadata> {
  await requireStaff();
  return { title: (await getT()).ticketIntake.title };
}

/** `?client=ID` (from a client's page) preselects the client; `?clientQuery=` is the no-JavaScript search. */
const pageParams = z.object({
  client: z.string().max(20).optional().catch(undefined),
  clientQuery: z.string().trim().max(100).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewTicketPage({ searchParams }: Props) {
  const [staff, t, raw] = await Promise.all([requireStaff(), getT(), searchParams]);
  const ti = t.ticketIntake;
  const params = pageParams.parse(raw);
  const clientId = params.client ? parseClientId(params.client) : null;
  const initialClient = clientId === null ? null : await getPickedClient(clientId);
  const clientQuery = params.clientQuery ?? '';
  const departments = await listDepartmentOptions();
  // Only managers and admins see the whole staff; a technician's select holds "nobody" and "me".
  const employees = mayAssignOthers(staff) ? await listAssignableEmployees() : [];

  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <h1 id="page-title" className="text-2xl font-semibold">
        {ti.title}
      </h1>
      <IntakeForm
        // A link to ?client=ID (a search result) starts the form afresh with that client chosen.
        key={initialClient?.id ?? 'none'}
        initialClient={initialClient}
        clientNotice={params.client && !initialClient ? ti.picker.missing : null}
        clientQuery={clientQuery}
        serverResults={clientQuery ? await findClientsForPicker(clientQuery, env().PHONE_REGION) : null}
        departments={departments}
        assignees={assigneeGroups(staff, employees, departments, ti)}
        defaultDepartmentId={staff.departmentId}
        defaultClientLocale={env().DEFAULT_LOCALE}
        cancelHref={initialClient ? `/clients/${initialClient.id}` : '/tickets'}
        labels={intakeLabels(t, ti, staff)}
      />
    </section>
  );
}
