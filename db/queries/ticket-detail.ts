import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { clients, departments } from '@/db/tables';
import { clientReachColumns } from './client-channels';
import { first } from '@/db/exec';

/** The client card of a ticket: who to call or write to, and in what language. */
export async function getTicketClient(clientId: number) {
  return await first(
    db()
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
      .limit(1),
  );
}

export type TicketClient = NonNullable<Awaited<ReturnType<typeof getTicketClient>>>;

export async function getDepartmentName(departmentId: number): Promise<string | undefined> {
  return (await first(db().select({ name: departments.name }).from(departments).where(eq(departments.id, departmentId)).limit(1)))?.name;
}
