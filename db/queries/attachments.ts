import 'server-only';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { attachments, employees, tickets } from '@/db/schema';
import type { Writer } from './audit';

export type Attachment = typeof attachments.$inferSelect;
export type NewAttachment = Omit<typeof attachments.$inferInsert, 'id' | 'createdAt'>;

/** Who a ticket belongs to, as the attachment rules need it; read inside the command's transaction. */
export function findTicketPeople(writer: Writer, id: number) {
  return writer
    .select({ id: tickets.id, assigneeId: tickets.assigneeId, createdById: tickets.createdById })
    .from(tickets)
    .where(eq(tickets.id, id))
    .get();
}

export function findAttachment(writer: Writer, id: number): Attachment | undefined {
  return writer.select().from(attachments).where(eq(attachments.id, id)).get();
}

export function countAttachmentsOn(writer: Writer, ticketId: number): number {
  return writer.select({ n: count() }).from(attachments).where(eq(attachments.ticketId, ticketId)).get()?.n ?? 0;
}

/** The same content already on the ticket, if any. */
export function hasSameContent(writer: Writer, ticketId: number, sha256: string): boolean {
  return (
    writer
      .select({ id: attachments.id })
      .from(attachments)
      .where(and(eq(attachments.ticketId, ticketId), eq(attachments.sha256, sha256)))
      .get() !== undefined
  );
}

export function insertAttachmentRow(writer: Writer, values: NewAttachment): Attachment {
  return writer.insert(attachments).values(values).returning().get();
}

export function deleteAttachmentRow(writer: Writer, id: number) {
  writer.delete(attachments).where(eq(attachments.id, id)).run();
}

export function updateAttachmentRow(writer: Writer, id: number, patch: { visibleToClient: boolean }): Attachment {
  return writer.update(attachments).set(patch).where(eq(attachments.id, id)).returning().get();
}

export function countTicketAttachments(ticketId: number): number {
  return countAttachmentsOn(db(), ticketId);
}

export function getAttachment(id: number): Attachment | undefined {
  return db().select().from(attachments).where(eq(attachments.id, id)).get();
}

/** The ticket page's list, oldest first, with the uploader's name. */
export function listTicketAttachments(ticketId: number) {
  return db()
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
    .where(eq(attachments.ticketId, ticketId))
    .orderBy(asc(attachments.createdAt), asc(attachments.id))
    .all();
}

export type TicketAttachment = ReturnType<typeof listTicketAttachments>[number];

/** The timeline's look-up: the attachments its 'attached' events name that still exist. */
export function attachmentsByIds(ids: number[]): Map<number, Pick<Attachment, 'id' | 'mime' | 'originalName'>> {
  if (ids.length === 0) return new Map();
  const rows = db()
    .select({ id: attachments.id, mime: attachments.mime, originalName: attachments.originalName })
    .from(attachments)
    .where(inArray(attachments.id, ids))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Content still named by some row: its file must stay. */
export function isStorageReferenced(storageName: string): boolean {
  return db().select({ id: attachments.id }).from(attachments).where(eq(attachments.storageName, storageName)).limit(1).get() !== undefined;
}

export function referencedStorageNames(): Set<string> {
  return new Set(db().selectDistinct({ name: attachments.storageName }).from(attachments).all().map((r) => r.name));
}

export function ticketStorageNames(ticketId: number): string[] {
  return db().selectDistinct({ name: attachments.storageName }).from(attachments).where(eq(attachments.ticketId, ticketId)).all().map((r) => r.name);
}

/** The public side: a photo the staff chose to show, on the ticket whose token this is; nothing else. */
export function getPublicPhoto(id: number, token: string) {
  return db()
    .select({ id: attachments.id, mime: attachments.mime, storageName: attachments.storageName, sha256: attachments.sha256, originalName: attachments.originalName })
    .from(attachments)
    .innerJoin(tickets, eq(tickets.id, attachments.ticketId))
    .where(and(eq(attachments.id, id), eq(tickets.publicToken, token), eq(attachments.visibleToClient, true)))
    .get();
}

/** The photos shown on the client's status page (no names of people, no staff-only files). */
export function listPublicPhotos(ticketId: number) {
  return db()
    .select({ id: attachments.id, mime: attachments.mime, originalName: attachments.originalName, createdAt: attachments.createdAt })
    .from(attachments)
    .where(and(eq(attachments.ticketId, ticketId), eq(attachments.visibleToClient, true)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id))
    .all();
}

export type PublicPhoto = ReturnType<typeof listPublicPhotos>[number];
