'use server';

import { revalidatePath } from 'next/cache';
import { getURLFromRedirectError } from 'next/dist/client/components/redirect';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { z } from 'zod';
import { AttachmentForbidden, AttachmentNotFound, AttachmentNotPhoto, setAttachmentVisibility } from '@/db/queries/attachments';
import { getTicket, TicketForbidden, TicketNotFound } from '@/db/queries/tickets';
import { formValues, staffAction, UserError, type ActionState } from '@/lib/action';
import { fillIn } from '@/lib/attachments/format';
import { MAX_FILE_BYTES, MAX_FILES_PER_TICKET } from '@/lib/attachments/limits';
import { attachmentsMessages } from '@/lib/attachments/messages';
import { canAttach } from '@/lib/attachments/permissions';
import { deleteAttachment, storeAttachment, UploadRefused, type RefusalReason } from '@/lib/attachments/service';
import type { Staff } from '@/lib/auth/session';
import { getLocale, getT } from '@/lib/i18n/server';
import { parseTicketNumber, ticketHref } from '@/lib/tickets/number';
import { checkboxField, idField } from '@/lib/validation/codes';
import { createTicketAction } from './actions';

export type UploadState = ActionState & { uploaded?: number };
export type IntakeState = ActionState & { created?: { id: number; href: string } };

async function strings() {
  return attachmentsMessages(await getLocale());
}

const REASON_KEY: Record<RefusalReason, 'empty' | 'tooLarge' | 'type' | 'limit' | 'duplicate'> = {
  empty: 'empty',
  too_large: 'tooLarge',
  type: 'type',
  limit: 'limit',
  duplicate: 'duplicate',
};

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
    { schema: uploadSchema, allow: (user: Staff, { ticketId }) => mayAttach(user, ticketId) },
    async ({ ticketId }, user): Promise<UploadState> => {
      const m = await strings();
      if (files.length === 0) throw new UserError(m.errors.noFile);
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

function mayAttach(user: Staff, ticketId: number): boolean {
  const ticket = getTicket(ticketId);
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
    if (error instanceof UploadRefused) return fillIn(m.errors[REASON_KEY[error.reason]], name);
    if (error instanceof TicketNotFound) throw new UserError((await getT()).tickets.errors.notFound);
    if (error instanceof TicketForbidden) throw new UserError(m.errors.forbiddenUpload);
    console.error(JSON.stringify({ event: 'attachment_upload_failed', ticketId, error: String(error) }));
    return fillIn(m.errors.failed, name);
  }
}

const idSchema = z.object({ id: idField });

export const deleteAttachmentAction = staffAction({ schema: idSchema, allow: () => true }, async ({ id }, user) => {
  const m = await strings();
  try {
    const row = await deleteAttachment(id, user);
    revalidatePath(ticketHref(row.ticketId));
  } catch (error) {
    if (error instanceof AttachmentNotFound) throw new UserError(m.errors.notFound);
    if (error instanceof AttachmentForbidden) throw new UserError(m.errors.forbidden);
    throw error;
  }
});

const visibilitySchema = z.object({ id: idField, visible: checkboxField });

export const setAttachmentVisibilityAction = staffAction({ schema: visibilitySchema, allow: () => true }, async ({ id, visible }, user) => {
  const m = await strings();
  try {
    const row = setAttachmentVisibility(id, visible, user);
    revalidatePath(ticketHref(row.ticketId));
  } catch (error) {
    if (error instanceof AttachmentNotFound) throw new UserError(m.errors.notFound);
    if (error instanceof AttachmentForbidden) throw new UserError(m.errors.forbiddenVisibility);
    if (error instanceof AttachmentNotPhoto) throw new UserError(m.errors.notPhoto);
    throw error;
  }
});

/** The ticket a successful intake redirected to, or null when the error is something else. */
function createdTicketId(error: unknown): number | null {
  if (!isRedirectError(error)) return null;
  const match = /^\/tickets\/([^/?#]+)$/.exec(getURLFromRedirectError(error));
  return match ? parseTicketNumber(decodeURIComponent(match[1])) : null;
}

/**
 * The intake form with files: the ticket is created by the ordinary intake action; when the
 * browser says it has files waiting (`attachmentsPending`), the redirect to the new ticket is
 * turned into `created`, so the browser can upload them one by one and then open the ticket.
 */
export async function createTicketWithAttachmentsAction(prev: IntakeState | undefined, form: FormData): Promise<IntakeState> {
  const pending = Number(form.get('attachmentsPending') ?? 0);
  if (!Number.isSafeInteger(pending) || pending <= 0) return createTicketAction(prev, form);
  if (pending > MAX_FILES_PER_TICKET) {
    // The browser checks this first; nothing is created, and what was typed comes back.
    const message = fillIn((await strings()).errors.tooMany, { count: pending - MAX_FILES_PER_TICKET });
    return { message, fieldErrors: { attachments: [message] }, values: formValues(form) };
  }
  try {
    return await createTicketAction(prev, form);
  } catch (error) {
    const id = createdTicketId(error);
    if (id === null) throw error;
    return { ok: true, created: { id, href: ticketHref(id) } };
  }
}
