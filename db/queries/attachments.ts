import 'server-only';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { preparedRead } from '@/db/prepared';
import { attachments, employees, tickets } from '@/db/tables';
import type { Writer } from './audit';
import { first, one } from '@/db/exec';

export type Attachment = typeof attachments.$inferSelect;
export type NewAttachment = Omit<typeof attachments.$inferInsert, 'id' | 'createdAt'>;

/** Who a ticket belongs to, as the attachment rules need it; read inside the command's transaction. */
export async function findTicketPeople(writer: Writer, id: number) {
  return await first(
    writer
      .select({ id: tickets.id, assigneeId: tickets.assigneeId, createdById: tickets.createdById })
      .from(tickets)
      .where(eq(tickets.id, id))
      .limit(1),
  );
}

export async function findAttachment(writer: Writer, id: number): Promise<Attachment | undefined> {
  return await first(writer.select().from(attachments).where(eq(attachments.id, id)).limit(1));
}

export async function countAttachmentsOn(writer: Writer, ticketId: number): Promise<number> {
  return (await first(writer.select({ n: count() }).from(attachments).where(eq(attachments.ticketId, ticketId)).limit(1)))?.n ?? 0;
}

/** The same content already on the ticket, if any. */
export async function hasSameContent(writer: Writer, ticketId: number, sha256: string): Promise<boolean> {
  return (
    await first(
      writer
        .select({ id: attachments.id })
        .from(attachments)
        .where(and(eq(attachments.ticketId, ticketId), eq(attachments.sha256, sha256)))
        .limit(1),
    ) !== undefined
  );
}

export async function insertAttachmentRow(writer: Writer, values: NewAttachment): Promise<Attachment> {
  return await one(writer.insert(attachments).values(values).returning());
}

export async function deleteAttachmentRow(writer: Writer, id: number) {
  await writer.delete(attachments).where(eq(attachments.id, id));
}

export async function updateAttachmentRow(writer: Writer, id: number, patch: { visibleToClient: boolean }): Promise<Attachment> {
  return await one(writer.update(attachments).set(patch).where(eq(attachments.id, id)).returning());
}

export async function countTicketAttachments(ticketId: number): Promise<number> {
  return await countAttachmentsOn(db(), ticketId);
}

export async function getAttachment(id: number): Promise<Attachment | undefined> {
  return await first(db().select().from(attachments).where(eq(attachments.id, id)).limit(1));
}

const attachmentsOfTicket = preparedRead(['ticketId'], (on, p) =>
  on
    .select({
      id: attachments.id,
      originalName: attachments.originalName,
      mime: attachments.mime,
      size: attachments.size,
      visibleToClient: attachments.visibleToClient,
      uploaderId: attachments.uploaderId,
      uploaderName: employees.fullName,
      createdAt: attachments.createdAt,
    })
    .from(attachments)
    .leftJoin(employees, eq(employees.id, attachments.uploaderId))
    .where(eq(attachments.ticketId, p.ticketId))
    .orderBy(asc(attachments.createdAt), asc(attachments.id)),
);

/** The ticket page's list, oldest first, with the uploader's name. */
export async function listTicketAttachments(ticketId: number) {
  return await attachmentsOfTicket({ ticketId });
}

export type TicketAttachment = Awaited<ReturnType<typeof listTicketAttachments>>[number];

/** The timeline's look-up: the attachments its 'attached' events name that still exist. */
export async function attachmentsByIds(ids: number[]): Promise<Map<number, Pick<Attachment, 'id' | 'mime' | 'originalName'>>> {
  if (ids.length === 0) return new Map();
  const rows = await db()
    .select({ id: attachments.id, mime: attachments.mime, originalName: attachments.originalName })
    .from(attachments)
    .where(inArray(attachments.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Content still named by some row: its file must stay. */
export async function isStorageReferenced(storageName: string): Promise<boolean> {
  return await first(db().select({ id: attachments.id }).from(attachments).where(eq(attachments.storageName, storageName)).limit(1)) !== undefined;
}

export async function referencedStorageNames(): Promise<Set<string>> {
  return new Set((await db().selectDistinct({ name: attachments.storageName }).from(attachments)).map((r) => r.name));
}

export async function ticketStorageNames(ticketId: number): Promise<string[]> {
  return (await db().selectDistinct({ name: attachments.storageName }).from(attachments).where(eq(attachments.ticketId, ticketId))).map((r) => r.name);
}

/** The public side: a photo the staff chose to show, on the ticket whose token this is; nothing else. */
export async function getPublicPhoto(id: number, token: string) {
  return await first(
    db()
      .select({ id: attachments.id, mime: attachments.mime, storageName: attachments.storageName, sha256: attachments.sha256, originalName: attachments.originalName })
      .from(attachments)
      .innerJoin(tickets, eq(tickets.id, attachments.ticketId))
      .where(and(eq(attachments.id, id), eq(tickets.publicToken, token), eq(attachments.visibleToClient, true)))
      .limit(1),
  );
}

/** The photos shown on the client's status page (no names of people, no staff-only files). */
export async function listPublicPhotos(ticketId: number) {
  return await db()
    .select({ id: attachments.id, mime: attachments.mime, originalName: attachments.originalName, createdAt: attachments.createdAt })
    .from(attachments)
    .where(and(eq(attachments.ticketId, ticketId), eq(attachments.visibleToClient, true)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

export type PublicPhoto = Awaited<ReturnType<typeof listPublicPhotos>>[number];
