import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { clients, departments } from '@/db/schema';
import { clientReachColumns } from './client-channels';

/** The client card of a ticket: who to call or write to, and in what language. */
export async function getTicketClient(clientId: number) {
  return await db()
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
    .where(eq(clients.id, clientId))
    .get();
}

export type TicketClient = NonNullable<Awaited<ReturnType<typeof getTicketClient>>>;

export async function getDepartmentName(departmentId: number): Promise<string | undefined> {
  return (await db().select({ name: departments.name }).from(departments).where(eq(departments.id, departmentId)).get())?.name;
}
