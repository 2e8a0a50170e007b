import { eq, sql } from 'drizzle-orm';
import type { Writer } from '@/db/queries/audit';
import { findTicket, insertTicketEvent } from '@/db/queries/tickets';
import { tickets } from '@/db/tables';
import { enqueueClientMessage } from '@/lib/notifications/enqueue';

export type ClientMessageInput = {
  ticketId: number;
  via: 'email' | 'telegram';
  /** What the timeline shows: the reply without quoted history or signature. */
  body: string;
  /** The inbound message's own id (inbound_messages.id): keys the assignee's notice. */
  inboundId: number;
  /** How many of its files became the ticket's attachments (e-mail only). */
  attachmentCount?: number;
  /** Files of the reply the ticket did not take (type, size, limit, duplicate): named on the timeline. */
  refusedFiles?: { name: string; code: string }[];
  now?: Date;
};

/**
 * A client's message becomes part of the ticket, inside the caller's transaction: a public event on
 * the timeline (the status page shows it as theirs), the "client replied" mark on the ticket (kept
 * from the oldest unanswered message until staff answer), and a notice to the assignee. The
 * ticket's version is not bumped: a message changes nothing an editor could conflict with.
 */
export async function recordClientMessage(tx: Writer, input: ClientMessageInput): Promise<boolean> {
  const ticket = await findTicket(tx, input.ticketId);
  if (!ticket) return false;
  const now = input.now ?? new Date();
  await insertTicketEvent(tx, ticket.id, null, {
    kind: 'client_message',
    body: input.body,
    isPublic: true,
    details: { via: input.via, attachments: input.attachmentCount ?? 0, ...(input.refusedFiles?.length && { refused: input.refusedFiles }) },
    createdAt: now,
  });
  await tx.update(tickets)
    .set({ clientRepliedAt: sql`coalesce(${tickets.clientRepliedAt}, ${now.getTime()})` })
    .where(eq(tickets.id, ticket.id));
  await enqueueClientMessage(tx, ticket, { key: `in${input.inboundId}`, via: input.via, body: input.body });
  return true;
}

/** Staff answered (a reply to the client, or "answered another way"): the mark goes. */
export async function clearClientReplied(tx: Writer, ticketId: number) {
  await tx.update(tickets).set({ clientRepliedAt: null }).where(eq(tickets.id, ticketId));
}
