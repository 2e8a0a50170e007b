import { unlink } from 'node:fs/promises';
import {
  AttachmentDuplicate,
  AttachmentLimitReached,
  countTicketAttachments,
  deleteAttachmentRow,
  insertAttachment,
  isStorageReferenced,
  referencedStorageNames,
  ticketStorageNames,
  type Attachment,
} from '@/db/queries/attachments';
import { deleteTicket, type Actor } from '@/db/queries/tickets';
import { cleanFileName, MAX_FILE_BYTES, MAX_FILES_PER_TICKET } from './limits';
import { sniff } from './sniff';
import { listDirectory, removeStored, storeContent } from './storage';

/** Why a file was not taken; the action turns the reason into words. */
export type RefusalReason = 'empty' | 'too_large' | 'type' | 'limit' | 'duplicate';

export class UploadRefused extends Error {
  constructor(readonly reason: RefusalReason) {
    super(`upload refused: ${reason}`);
  }
}

/** The checks that need no database: size, then type by content. */
export function judgeFile(bytes: Uint8Array) {
  if (bytes.byteLength === 0) throw new UploadRefused('empty');
  if (bytes.byteLength > MAX_FILE_BYTES) throw new UploadRefused('too_large');
  const type = sniff(bytes);
  if (!type) throw new UploadRefused('type');
  return type;
}

function log(event: string, data: Record<string, unknown>) {
  console.error(JSON.stringify({ event, ...data }));
}

/**
 * File first, then row: the bytes go to a temp file, are flushed and renamed to their content
 * name, and only then is the row inserted. If the insert fails, the file goes too (unless
 * another row names the same content), so a failure leaves neither a row without a file nor a
 * file without a row.
 */
export async function storeAttachment(input: { ticketId: number; name: string; bytes: Uint8Array; visible: boolean }, actor: Actor): Promise<Attachment> {
  const type = judgeFile(input.bytes);
  // Checked again inside the transaction; this one only spares writing a file that cannot stay.
  if (countTicketAttachments(input.ticketId) >= MAX_FILES_PER_TICKET) throw new UploadRefused('limit');
  const stored = await storeContent(input.bytes, type.ext);
  let row: Attachment;
  try {
    row = insertAttachment(
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
    );
  } catch (error) {
    await removeUnreferencedFiles([stored.storageName]);
    if (error instanceof AttachmentLimitReached) throw new UploadRefused('limit');
    if (error instanceof AttachmentDuplicate) throw new UploadRefused('duplicate');
    throw error;
  }
  // A delete of the same content may have removed the file between our write and our insert.
  await storeContent(input.bytes, type.ext);
  return row;
}

/** Removes each file no row names any more; failures are logged, and the sweep retries them. */
export async function removeUnreferencedFiles(storageNames: readonly string[]): Promise<void> {
  for (const name of new Set(storageNames)) {
    if (isStorageReferenced(name)) continue;
    try {
      await removeStored(name);
    } catch (error) {
      log('attachment_remove_failed', { storageName: name, error: String(error) });
    }
  }
}

/** Row and audit entry in one transaction, then the file once that has committed. */
export async function deleteAttachment(id: number, actor: Actor): Promise<Attachment> {
  const row = deleteAttachmentRow(id, actor);
  await removeUnreferencedFiles([row.storageName]);
  return row;
}

/** Deletes a ticket (its attachment rows cascade) and then the files only it used. */
export async function deleteTicketWithFiles(id: number, actor: Actor): Promise<void> {
  const names = ticketStorageNames(id);
  deleteTicket(id, actor);
  await removeUnreferencedFiles(names);
}

/**
 * The safety net (for a maintenance job; nothing calls it on a request): removes stored files
 * no row names, derived images of files that are gone, and temp files of crashed writes. Files
 * younger than `graceMs` are left alone: an upload may be between its rename and its insert.
 */
export async function sweepAttachmentFiles(now = Date.now(), graceMs = 10 * 60_000): Promise<string[]> {
  const { stored, temps, derived } = await listDirectory();
  const referenced = referencedStorageNames();
  const old = (e: { mtimeMs: number }) => now - e.mtimeMs > graceMs;
  const removed: string[] = [];
  for (const entry of stored) {
    if (referenced.has(entry.name) || !old(entry)) continue;
    await removeStored(entry.name);
    removed.push(entry.name);
  }
  const storedShas = new Set(stored.filter((e) => !removed.includes(e.name)).map((e) => e.name.slice(0, 64)));
  for (const entry of [...temps.filter(old), ...derived.filter((e) => !storedShas.has(e.name.slice(0, 64)))]) {
    await unlink(entry.file).catch(() => undefined);
    removed.push(entry.name);
  }
  return removed;
}
