import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { clients, departments } from '@/db/schema';
import { clientReachColumns } from './client-channels';

/** The client card of a ticket: who to call or write to, and in what language. */
export function getTicketClient(clientId: number) {
  return db()
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

export type TicketClient = NonNullable<ReturnType<typeof getTicketClient>>;

export function getDepartmentName(departmentId: number): string | undefined {
  return db().select({ name: departments.name }).from(departments).where(eq(departments.id, departmentId)).get()?.name;
}
