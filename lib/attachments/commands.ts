import { transaction } from '@/db';
import {
  countAttachmentsOn,
  countTicketAttachments,
  deleteAttachmentRow,
  findAttachment,
  findTicketPeople,
  hasSameContent,
  insertAttachmentRow,
  updateAttachmentRow,
  type Attachment,
  type NewAttachment,
} from '@/db/queries/attachments';
import { writeAudit, type Writer } from '@/db/queries/audit';
import { insertTicketEvent, touchTicket, type Actor } from '@/db/queries/tickets';
import { refuse as refuseTicket } from '@/lib/tickets/refusals';
import { removeUnreferencedFiles } from './cleanup';
import { cleanFileName, MAX_FILE_BYTES, MAX_FILES_PER_TICKET } from './limits';
import { canAttach, canChangeVisibility, canDeleteAttachment } from '@/lib/permissions';
import { refuse } from './refusals';
import { isImageMime, sniff } from './sniff';
import { storeContent } from './storage';

/** The checks that need no database: size, then type by content. `name` is what the refusal shows. */
export function judgeFile(bytes: Uint8Array, name: string) {
  if (bytes.byteLength === 0) throw refuse('empty', { name });
  if (bytes.byteLength > MAX_FILE_BYTES) throw refuse('too_large', { name });
  const type = sniff(bytes);
  if (!type) throw refuse('type', { name });
  return type;
}

async function ticketPeople(tx: Writer, id: number) {
  const ticket = await findTicketPeople(tx, id);
  if (!ticket) throw refuseTicket('not_found', {});
  return ticket;
}

async function existing(tx: Writer, id: number): Promise<Attachment> {
  const row = await findAttachment(tx, id);
  if (!row) throw refuse('not_found', {});
  return row;
}

/**
 * The row, its 'attached' timeline event and the audit entry commit together; the limit, the
 * permission and the duplicate check are made inside the same transaction. `shownName` is the
 * name a refusal shows (the file's own name; the row keeps the cleaned one).
 */
export async function insertAttachment(input: Omit<NewAttachment, 'uploaderId'>, actor: Actor, shownName = input.originalName): Promise<Attachment> {
  return transaction(async (tx) => {
    const ticket = await ticketPeople(tx, input.ticketId);
    if (!canAttach(actor, ticket)) throw refuse('forbidden_upload', {});
    if (await countAttachmentsOn(tx, ticket.id) >= MAX_FILES_PER_TICKET) throw refuse('limit', { name: shownName });
    if (await hasSameContent(tx, ticket.id, input.sha256)) throw refuse('duplicate', { name: shownName });
    const row = await insertAttachmentRow(tx, { ...input, visibleToClient: input.visibleToClient && isImageMime(input.mime), uploaderId: actor.id });
    await insertTicketEvent(tx, ticket.id, actor, { kind: 'attached', toValue: String(row.id), body: row.originalName });
    await touchTicket(tx, ticket.id);
    await writeAudit(tx, { actor, entityType: 'ticket', entityId: ticket.id, action: 'update', changes: { attachment: { from: null, to: row.originalName } } });
    return row;
  });
}

/**
 * File first, then row: the bytes go to a temp file, are flushed and renamed to their content
 * name, and only then is the row inserted. If the insert fails, the file goes too (unless
 * another row names the same content), so a failure leaves neither a row without a file nor a
 * file without a row.
 */
export async function storeAttachment(input: { ticketId: number; name: string; bytes: Uint8Array; visible: boolean }, actor: Actor): Promise<Attachment> {
  const shownName = input.name || '—';
  const type = judgeFile(input.bytes, shownName);
  // Checked again inside the transaction; this one only spares writing a file that cannot stay.
  if (await countTicketAttachments(input.ticketId) >= MAX_FILES_PER_TICKET) throw refuse('limit', { name: shownName });
  const stored = await storeContent(input.bytes, type.ext);
  let row: Attachment;
  try {
    row = await insertAttachment(
      {
        ticketId: input.ticketId,
        originalName: cleanFileName(input.name, type.ext),
        mime: type.mime,
        size: input.bytes.byteLength,
        sha256: stored.sha256,
        storageName: stored.storageName,
        visibleToClient: input.visible && type.image,
      },
      actor,
      shownName,
    );
  } catch (error) {
    await removeUnreferencedFiles([stored.storageName]);
    throw error;
  }
  // A delete of the same content may have removed the file between our write and our insert.
  await storeContent(input.bytes, type.ext);
  return row;
}

/** Row and audit entry in one transaction, then the file once that has committed. */
export async function deleteAttachment(id: number, actor: Actor): Promise<Attachment> {
  const row = await transaction(async (tx) => {
    const found = await existing(tx, id);
    if (!canDeleteAttachment(actor, found)) throw refuse('forbidden_delete', {});
    await deleteAttachmentRow(tx, id);
    await writeAudit(tx, { actor, entityType: 'ticket', entityId: found.ticketId, action: 'update', changes: { attachment: { from: found.originalName, to: null } } });
    return found;
  });
  await removeUnreferencedFiles([row.storageName]);
  return row;
}

export async function setAttachmentVisibility(id: number, visible: boolean, actor: Actor): Promise<Attachment> {
  return transaction(async (tx) => {
    const row = await existing(tx, id);
    if (!canChangeVisibility(actor, await ticketPeople(tx, row.ticketId), row)) throw refuse('forbidden_visibility', {});
    if (visible && !isImageMime(row.mime)) throw refuse('not_photo', {});
    if (row.visibleToClient === visible) return row;
    const updated = await updateAttachmentRow(tx, id, { visibleToClient: visible });
    await writeAudit(tx, {
      actor,
      entityType: 'ticket',
      entityId: row.ticketId,
      action: 'update',
      changes: { attachmentVisibleToClient: { from: `${row.originalName}: ${row.visibleToClient}`, to: `${row.originalName}: ${visible}` } },
    });
    return updated;
  });
}
