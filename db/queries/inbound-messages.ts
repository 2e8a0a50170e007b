import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { db } from '@/db';
import { preparedRead } from '@/db/prepared';
import { clients, inboundMessages, tickets } from '@/db/tables';
import type { InboundSource } from '@/lib/domain/enums';
import type { Writer } from './audit';
import { keysetClauses, toPage, type PageRequest } from './keyset';
import { affected, first } from '@/db/exec';

export type InboundMessage = typeof inboundMessages.$inferSelect;
export type NewInboundMessage = Omit<typeof inboundMessages.$inferInsert, 'id'>;

/** Whether the provider's message was already taken in (a webhook delivered again). */
export async function inboundExists(source: InboundSource, externalId: string): Promise<boolean> {
  return (
    await first(
      db()
        .select({ id: inboundMessages.id })
        .from(inboundMessages)
        .where(and(eq(inboundMessages.source, source), eq(inboundMessages.externalId, externalId)))
        .limit(1),
    ) !== undefined
  );
}

/** The row, or undefined when the same (source, external id) is already there: a retry writes nothing. */
export async function insertInbound(writer: Writer, values: NewInboundMessage): Promise<InboundMessage | undefined> {
  return await first(writer.insert(inboundMessages).values(values).onConflictDoNothing().returning());
}

export async function findInbound(writer: Writer, id: number): Promise<InboundMessage | undefined> {
  return await first(writer.select().from(inboundMessages).where(eq(inboundMessages.id, id)).limit(1));
}

/** A quarantined message leaves quarantine once: false when it is no longer there (attached or dismissed already). */
export async function settleQuarantined(writer: Writer, id: number, patch: { state: 'attached' | 'dismissed'; ticketId?: number; clientId?: number | null }): Promise<boolean> {
  const result = await writer
    .update(inboundMessages)
    .set(patch)
    .where(and(eq(inboundMessages.id, id), eq(inboundMessages.state, 'quarantined')));
  return affected(result) === 1;
}

/** The ticket a reply is for, with its client's e-mail (the sender must be that client). */
export async function findReplyTarget(writer: Writer, ticketId: number) {
  return await first(
    writer
      .select({ ticketId: tickets.id, clientId: tickets.clientId, clientEmail: clients.email })
      .from(tickets)
      .innerJoin(clients, eq(clients.id, tickets.clientId))
      .where(eq(tickets.id, ticketId))
      .limit(1),
  );
}

/** /replies: what waits in quarantine, newest first, by keyset over (created_at, id). */
export async function listQuarantined(page: PageRequest, size = 30) {
  const { where, orderBy } = keysetClauses(inboundMessages.createdAt, inboundMessages.id, 'desc', page);
  const rows = await db()
    .select({
      id: inboundMessages.id,
      source: inboundMessages.source,
      sender: inboundMessages.sender,
      recipient: inboundMessages.recipient,
      subject: inboundMessages.subject,
      reason: inboundMessages.reason,
      original: inboundMessages.original,
      createdAt: inboundMessages.createdAt,
    })
    .from(inboundMessages)
    .where(and(eq(inboundMessages.state, 'quarantined'), where))
    .orderBy(...orderBy)
    .limit(size + 1);
  return toPage(rows, size, page, (r) => r.createdAt.getTime());
}

export type QuarantinedRow = Awaited<ReturnType<typeof listQuarantined>>['rows'][number];

const quarantinedCount = preparedRead([], (on) => on.select({ n: count() }).from(inboundMessages).where(eq(inboundMessages.state, 'quarantined')).limit(1));

/** For the navigation's badge on every staff page: served by the (state, created_at, id) index, and prepared once. */
export async function countQuarantined(): Promise<number> {
  return (await quarantinedCount({}))[0]?.n ?? 0;
}
