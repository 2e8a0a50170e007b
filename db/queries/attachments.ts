import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { attachments, employees, ticketEvents, tickets } from '@/db/schema';
import { canAttach, canChangeVisibility, canDeleteAttachment } from '@/lib/attachments/permissions';
import { MAX_FILES_PER_TICKET } from '@/lib/attachments/limits';
import { isImageMime } from '@/lib/attachments/sniff';
import { writeAudit, type Writer } from './audit';
import { TicketForbidden, TicketNotFound, type Actor } from './tickets';

export type Attachment = typeof attachments.$inferSelect;
export type NewAttachment = Omit<typeof attachments.$inferInsert, 'id' | 'uploaderId' | 'createdAt'>;

export class AttachmentNotFound extends Error {}
export class AttachmentForbidden extends Error {}
export class AttachmentLimitReached extends Error {}
export class AttachmentDuplicate extends Error {}
export class AttachmentNotPhoto extends Error {}

function loadTicket(writer: Writer, id: number) {
  const ticket = writer
    .select({ id: tickets.id, assigneeId: tickets.assigneeId, createdById: tickets.createdById })
    .from(tickets)
    .where(eq(tickets.id, id))
    .get();
  if (!ticket) throw new TicketNotFound();
  return ticket;
}

function loadAttachment(writer: Writer, id: number): Attachment {
  const row = writer.select().from(attachments).where(eq(attachments.id, id)).get();
  if (!row) throw new AttachmentNotFound();
  return row;
}

const countOn = (writer: Writer, ticketId: number) =>
  writer.select({ n: count() }).from(attachments).where(eq(attachments.ticketId, ticketId)).get()?.n ?? 0;

/**
 * The row, its 'attached' timeline event and the audit entry commit together; the limit, the
 * permission and the duplicate check are made inside the same transaction.
 */
export function insertAttachment(input: NewAttachment, actor: Actor): Attachment {
  return db().transaction((tx) => {
    const ticket = loadTicket(tx, input.ticketId);
    if (!canAttach(actor, ticket)) throw new TicketForbidden();
    if (countOn(tx, ticket.id) >= MAX_FILES_PER_TICKET) throw new AttachmentLimitReached();
    const same = tx
      .select({ id: attachments.id })
      .from(attachments)
      .where(and(eq(attachments.ticketId, ticket.id), eq(attachments.sha256, input.sha256)))
      .get();
    if (same) throw new AttachmentDuplicate();
    const row = tx
      .insert(attachments)
      .values({ ...input, visibleToClient: input.visibleToClient && isImageMime(input.mime), uploaderId: actor.id })
      .returning()
      .get();
    tx.insert(ticketEvents)
      .values({ ticketId: ticket.id, kind: 'attached', actorId: actor.id, actorName: actor.fullName, toValue: String(row.id), body: row.originalName })
      .run();
    // A new file is activity on the ticket: it moves up in "recently updated".
    tx.update(tickets).set({ updatedAt: new Date() }).where(eq(tickets.id, ticket.id)).run();
    writeAudit(tx, { actor, entityType: 'ticket', entityId: ticket.id, action: 'update', changes: { attachment: { from: null, to: row.originalName } } });
    return row;
  });
}

/** Deletes the row (with its audit entry); the caller removes the file once this has committed. */
export function deleteAttachmentRow(id: number, actor: Actor): Attachment {
  return db().transaction((tx) => {
    const row = loadAttachment(tx, id);
    if (!canDeleteAttachment(actor, row)) throw new AttachmentForbidden();
    tx.delete(attachments).where(eq(attachments.id, id)).run();
    writeAudit(tx, { actor, entityType: 'ticket', entityId: row.ticketId, action: 'update', changes: { attachment: { from: row.originalName, to: null } } });
    return row;
  });
}

export function setAttachmentVisibility(id: number, visible: boolean, actor: Actor): Attachment {
  return db().transaction((tx) => {
    const row = loadAttachment(tx, id);
    if (!canChangeVisibility(actor, loadTicket(tx, row.ticketId), row)) throw new AttachmentForbidden();
    if (visible && !isImageMime(row.mime)) throw new AttachmentNotPhoto();
    if (row.visibleToClient === visible) return row;
    const updated = tx.update(attachments).set({ visibleToClient: visible }).where(eq(attachments.id, id)).returning().get();
    writeAudit(tx, {
      actor,
      entityType: 'ticket',
      entityId: row.ticketId,
      action: 'update',
      changes: { attachmentVisibleToClient: { from: `${row.originalName}: ${row.visibleToClient}`, to: `${row.originalName}: ${visible}` } },
    });
    return updated;
  });
}

export function countTicketAttachments(ticketId: number): number {
  return countOn(db(), ticketId);
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
