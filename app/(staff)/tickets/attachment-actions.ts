'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getTicket } from '@/db/queries/tickets';
import { checkedInCommand, formValues, staffAction, type ActionState } from '@/lib/action';
import { deleteAttachment, setAttachmentVisibility, storeAttachment } from '@/lib/attachments/commands';
import { fillIn } from '@/lib/attachments/format';
import { MAX_FILE_BYTES, MAX_FILES_PER_TICKET } from '@/lib/attachments/limits';
import { canAttach } from '@/lib/permissions';
import { isFileRefusal, refuse } from '@/lib/attachments/refusals';
import type { Staff } from '@/lib/auth/session';
import { DomainError } from '@/lib/domain/errors';
import { getT } from '@/lib/i18n/server';
import { ticketHref } from '@/lib/tickets/number';
import { checkboxField, idField } from '@/lib/validation/codes';
import { createTicketAction } from './actions';
import { intakeAction } from './intake';

export type UploadState = ActionState & { uploaded?: number };
export type IntakeState = ActionState & { created?: { id: number; href: string } };

async function strings() {
  return (await getT()).attachments;
}

/** The files of a FormData; an empty file input sends a nameless empty part, which is no file. */
function filesOf(form: FormData): File[] {
  return form.getAll('file').filter((v): v is File => typeof v !== 'string' && !(v.size === 0 && v.name === ''));
}

const uploadSchema = z.object({ ticketId: idField });

/**
 * Uploads one or more files (`file` entries) to a ticket; `visible` holds the indexes of the
 * files to show to the client. Each file is judged and stored on its own: one refused file
 * does not stop the others, and the message names every file that was refused and why.
 */
export async function uploadAttachmentsAction(prev: UploadState | undefined, form: FormData): Promise<UploadState> {
  const files = filesOf(form);
  const visible = new Set(form.getAll('visible').map(String));
  const run = staffAction(
    { schema: uploadSchema, allow: async (user: Staff, { ticketId }) => await mayAttach(user, ticketId) },
    async ({ ticketId }, user): Promise<UploadState> => {
      if (files.length === 0) throw refuse('no_file', {});
      const problems: string[] = [];
      let uploaded = 0;
      for (const [index, file] of files.entries()) {
        const problem = await uploadOne(ticketId, file, visible.has(String(index)), user);
        if (problem) problems.push(problem);
        else uploaded++;
      }
      if (uploaded > 0) revalidatePath(ticketHref(ticketId));
      return { ok: problems.length === 0, uploaded, message: problems.length > 0 ? problems.join('\n') : undefined };
    },
  );
  return run(prev, form);
}

async function mayAttach(user: Staff, ticketId: number): Promise<boolean> {
  const ticket = await getTicket(ticketId);
  return !ticket || canAttach(user, ticket); // a missing ticket is reported by the upload itself
}

/** null when stored, else the reason in words. */
async function uploadOne(ticketId: number, file: File, visible: boolean, user: Staff): Promise<string | null> {
  const m = await strings();
  const name = { name: file.name || '—' };
  // Refused before reading: the bytes of an oversized file never reach memory as one buffer.
  if (file.size > MAX_FILE_BYTES) return fillIn(m.errors.tooLarge, name);
  try {
    await storeAttachment({ ticketId, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), visible }, user);
    return null;
  } catch (error) {
    // One file's refusal is reported with the others; the ticket's (gone, forbidden) ends the upload.
    if (error instanceof DomainError && isFileRefusal(error)) return error.explain(await getT()).message;
    if (error instanceof DomainError) throw error;
    console.error(JSON.stringify({ event: 'attachment_upload_failed', ticketId, error: String(error) }));
    return fillIn(m.errors.failed, name);
  }
}

const idSchema = z.object({ id: idField });

export const deleteAttachmentAction = staffAction({ schema: idSchema, allow: checkedInCommand }, async ({ id }, user) => {
  const row = await deleteAttachment(id, user);
  revalidatePath(ticketHref(row.ticketId));
});

const visibilitySchema = z.object({ id: idField, visible: checkboxField });

export const setAttachmentVisibilityAction = staffAction({ schema: visibilitySchema, allow: checkedInCommand }, async ({ id, visible }, user) => {
  const row = await setAttachmentVisibility(id, visible, user);
  revalidatePath(ticketHref(row.ticketId));
});

/** The intake that hands the new ticket back instead of redirecting to it. */
const createAndHandBack = intakeAction((id): IntakeState => ({ ok: true, created: { id, href: ticketHref(id) } }));

/**
 * The intake form with files: when the browser says it has files waiting (`attachmentsPending`),
 * the ticket is created by the same intake, which answers `created` instead of redirecting, so
 * the browser can upload the files one by one and then open the ticket.
 */
export async function createTicketWithAttachmentsAction(prev: IntakeState | undefined, form: FormData): Promise<IntakeState> {
  const pending = Number(form.get('attachmentsPending') ?? 0);
  if (!Number.isSafeInteger(pending) || pending <= 0) return createTicketAction(prev, form);
  if (pending > MAX_FILES_PER_TICKET) {
    // The browser checks this first; nothing is created, and what was typed comes back.
    const message = fillIn((await strings()).errors.tooMany, { count: pending - MAX_FILES_PER_TICKET });
    return { message, fieldErrors: { attachments: [message] }, values: formValues(form) };
  }
  return createAndHandBack(prev, form);
}
