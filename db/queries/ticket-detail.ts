import 'server-only';
import { eq } from 'drizzle-orm';
import { preparedRead } from '@/db/prepared';
import { clients, departments } from '@/db/tables';
import { clientReachColumns } from './client-channels';

/** The client card of a ticket: who to call or write to, and in what language. */
const clientCard = preparedRead(['id'], (on, p) =>
  on
    .select({
      id: clients.id,
      name: clients.name,
      kind: clients.kind,
      contactPerson: clients.contactPerson,
      locale: clients.locale,
      notify: clients.notify,
      ...clientReachColumns,
    })
    .from(clients)
    .where(eq(clients.id, p.id))
    .limit(1),
);

export async function getTicketClient(clientId: number) {
  return (await clientCard({ id: clientId }))[0];
}

export type TicketClient = NonNullable<Awaited<ReturnType<typeof getTicketClient>>>;

const departmentName = preparedRead(['id'], (on, p) => on.select({ name: departments.name }).from(departments).where(eq(departments.id, p.id)).limit(1));

export async function getDepartmentName(departmentId: number): Promise<string | undefined> {
  return (await departmentName({ id: departmentId }))[0]?.name;
}
