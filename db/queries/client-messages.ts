import 'server-only';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { db } from '@/db';
import { ticketEvents, tickets } from '@/db/tables';
import type { MessageChannel } from '@/lib/domain/enums';
import type { Writer } from './audit';
import { first } from '@/db/exec';

/** Which channel a staff message went through (null: nowhere), kept on its event for the timeline. */
export async function setStaffMessageVia(writer: Writer, eventId: number, via: MessageChannel | null) {
  await writer
    .update(ticketEvents)
    .set({ details: { via } })
    .where(eq(ticketEvents.id, eventId));
}

/**
 * Tickets whose client wrote and is still waiting for an answer: all of them, or one employee's.
 * Read through the partial index tickets_client_replied_idx (only such tickets are in it), so the
 * count costs what the few waiting tickets cost, however many tickets there are.
 */
export async function countClientsWaiting(assigneeId?: number): Promise<number> {
  const mine = assigneeId === undefined ? undefined : eq(tickets.assigneeId, assigneeId);
  return (await first(
    db()
      .select({ n: sql<number>`count(*)` })
      .from(tickets)
      .where(and(isNotNull(tickets.clientRepliedAt), mine))
      .limit(1),
  ))!.n;
}
