import { db, transaction } from '@/db';
import { countAttachmentsOn, hasSameContent, insertAttachmentRow } from '@/db/queries/attachments';
import { findInbound, findReplyTarget, insertInbound, settleQuarantined, type InboundMessage } from '@/db/queries/inbound-messages';
import { findTicket, insertTicketEvent, touchTicket, type Actor } from '@/db/queries/tickets';
import { judgeFile } from '@/lib/attachments/commands';
import { removeUnreferencedFiles } from '@/lib/attachments/cleanup';
import { cleanFileName, MAX_FILES_PER_TICKET } from '@/lib/attachments/limits';
import { storeContent } from '@/lib/attachments/storage';
import { recordClientMessage } from '@/lib/client-messages/record';
import { DomainError } from '@/lib/domain/errors';
import { canSeeReplies } from '@/lib/permissions';
import type { ReceivedFile } from './fetch-mail';
import { refuse } from './refusals';
import { parseReplyAddress } from './reply-address';

export type QuarantineReason = 'unknown_sender' | 'unknown_address';
export type Verdict = { kind: 'reply'; ticketId: number; clientId: number } | { kind: 'quarantine'; reason: QuarantineReason };

/** The provider's facts about one received mail, and its text (kept as it came, and stripped). */
export type ReceivedReply = { emailId: string; from: string; to: string[]; subject: string; original: string; body: string; receivedAt: Date };

/** A refused file of a reply: named on the timeline, the rest of the reply still goes in. */
export type RefusedFile = { name: string; code: 'empty' | 'too_large' | 'type' | 'limit' | 'duplicate' };
type StoredFile = { name: string; mime: string; size: number; sha256: string; storageName: string };

/** "Ann <Ann@Example.RU>" → "ann@example.ru"; the bare address as it is otherwise. */
export function senderAddress(from: string): string {
  const bracketed = /<([^<>\s]+@[^<>\s]+)>/.exec(from);
  return (bracketed ? bracketed[1] : from).trim().toLowerCase();
}

/**
 * Who a mail is for: the first To address that is a valid reply address names the ticket, and only
 * that ticket's client may write to it. Anything else waits for a manager at /replies.
 */
export async function judgeReply(to: string[], from: string): Promise<Verdict> {
  const ticketId = to.map(parseReplyAddress).find((id) => id !== null) ?? null;
  const target = ticketId === null ? undefined : await findReplyTarget(db(), ticketId);
  if (!target) return { kind: 'quarantine', reason: 'unknown_address' };
  if (!target.clientEmail || target.clientEmail.trim().toLowerCase() !== senderAddress(from)) return { kind: 'quarantine', reason: 'unknown_sender' };
  return { kind: 'reply', ticketId: target.ticketId, clientId: target.clientId };
}

/** Judged by size and content as any upload is, and put on disk before the transaction. */
export async function storeReplyFiles(files: ReceivedFile[]): Promise<{ stored: StoredFile[]; refused: RefusedFile[] }> {
  const stored: StoredFile[] = [];
  const refused: RefusedFile[] = [];
  for (const file of files) {
    const name = file.name || '—';
    if (file.tooLarge || !file.bytes) {
      refused.push({ name, code: 'too_large' });
      continue;
    }
    try {
      const type = judgeFile(file.bytes, name);
      const content = await storeContent(file.bytes, type.ext);
      stored.push({ name: cleanFileName(file.name, type.ext), mime: type.mime, size: file.bytes.byteLength, ...content });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refused.push({ name, code: error.code.replace('attachment.', '') as RefusedFile['code'] });
    }
  }
  return { stored, refused };
}

function inboundValues(mail: ReceivedReply) {
  return { source: 'email' as const, externalId: mail.emailId, sender: mail.from, recipient: mail.to.join(', '), subject: mail.subject, body: mail.body, original: mail.original, createdAt: mail.receivedAt };
}

/**
 * The client's reply goes on the ticket in one transaction: the inbound row (unique per mail, so a
 * retried webhook stops here), the files within the ticket's limits, and the client message with its
 * notice to the assignee. Undefined for a mail already taken in. Files no row kept are removed.
 */
export async function takeInReply(mail: ReceivedReply, verdict: Extract<Verdict, { kind: 'reply' }>, files: { stored: StoredFile[]; refused: RefusedFile[] }) {
  let row: InboundMessage | undefined;
  try {
    row = await transaction(async (tx) => {
      const inbound = await insertInbound(tx, { ...inboundValues(mail), state: 'attached', ticketId: verdict.ticketId, clientId: verdict.clientId });
      if (!inbound) return undefined;
      const refused = [...files.refused];
      let attached = 0;
      for (const file of files.stored) {
        if (await countAttachmentsOn(tx, verdict.ticketId) >= MAX_FILES_PER_TICKET) refused.push({ name: file.name, code: 'limit' });
        else if (await hasSameContent(tx, verdict.ticketId, file.sha256)) refused.push({ name: file.name, code: 'duplicate' });
        else {
          const a = await insertAttachmentRow(tx, { ticketId: verdict.ticketId, uploaderId: null, originalName: file.name, mime: file.mime, size: file.size, sha256: file.sha256, storageName: file.storageName, visibleToClient: false });
          await insertTicketEvent(tx, verdict.ticketId, null, { kind: 'attached', toValue: String(a.id), body: a.originalName, createdAt: mail.receivedAt });
          attached += 1;
        }
      }
      await recordClientMessage(tx, { ticketId: verdict.ticketId, via: 'email', body: mail.body, inboundId: inbound.id, attachmentCount: attached, refusedFiles: refused, now: mail.receivedAt });
      if (attached > 0) await touchTicket(tx, verdict.ticketId, mail.receivedAt);
      return { ...inbound, attachmentCount: attached };
    });
  } finally {
    // A duplicate, a refused or a failed file leaves content no row names.
    await removeUnreferencedFiles(files.stored.map((f) => f.storageName));
  }
  return row;
}

/** Unknown sender or address: kept for managers, never on a ticket and never with its files. */
export async function quarantine(mail: ReceivedReply, reason: QuarantineReason): Promise<InboundMessage | undefined> {
  return transaction(async (tx) => await insertInbound(tx, { ...inboundValues(mail), state: 'quarantined', reason }));
}

/** A manager vouches for a quarantined message: it becomes the client's message on the ticket they name. */
export async function attachQuarantined(id: number, ticketId: number, actor: Actor) {
  return transaction(async (tx) => {
    if (!canSeeReplies(actor)) throw refuse('forbidden', {});
    const row = await findInbound(tx, id);
    if (!row || row.state !== 'quarantined') throw refuse('not_quarantined', {});
    const ticket = await findTicket(tx, ticketId);
    if (!ticket) throw refuse('ticket_not_found', {});
    await settleQuarantined(tx, id, { state: 'attached', ticketId: ticket.id, clientId: ticket.clientId });
    await recordClientMessage(tx, { ticketId: ticket.id, via: row.source, body: row.body || row.original, inboundId: row.id });
    return ticket;
  });
}

export async function dismissQuarantined(id: number, actor: Actor) {
  await transaction(async (tx) => {
    if (!canSeeReplies(actor)) throw refuse('forbidden', {});
    if (!await settleQuarantined(tx, id, { state: 'dismissed' })) throw refuse('not_quarantined', {});
  });
}
