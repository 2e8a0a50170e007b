'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { checkedInCommand, staffAction, type ActionState } from '@/lib/action';
import { deliverAfterResponse } from '@/lib/notifications/schedule';
import { addTicketComment, assignTicket, changeTicketStatus, deleteTicketWithFiles, updateTicket } from '@/lib/tickets/commands';
import { ticketHref } from '@/lib/tickets/number';
import { canDeleteTicket } from '@/lib/permissions';
import {
  assignSchema,
  changeStatusSchema,
  commentSchema,
  ticketEditFields,
  ticketIdSchema,
} from '@/lib/validation/tickets';
import { checkReferences, intakeAction } from './intake';

function refresh(id: number) {
  revalidatePath(ticketHref(id));
  revalidatePath('/tickets');
}

export const createTicketAction = intakeAction((id) => redirect(ticketHref(id)));

export const updateTicketAction = staffAction({ schema: ticketEditFields, allow: checkedInCommand }, async (input, user) => {
  await checkReferences({ clientId: input.clientId, departmentId: input.departmentId });
  await updateTicket(input, user);
  refresh(input.id);
  redirect(ticketHref(input.id));
});

export const changeTicketStatusAction = staffAction({ schema: changeStatusSchema, allow: checkedInCommand }, async ({ id, to, version, overrideReason }, user): Promise<ActionState> => {
  await changeTicketStatus(id, to, user, version, overrideReason);
  deliverAfterResponse();
  refresh(id);
  return { ok: true };
});

export const assignTicketAction = staffAction({ schema: assignSchema, allow: checkedInCommand }, async ({ id, assigneeId }, user): Promise<ActionState> => {
  await checkReferences({ assigneeId });
  await assignTicket(id, assigneeId, user);
  deliverAfterResponse();
  refresh(id);
  return { ok: true };
});

/** "Take it": a technician assigns an unassigned ticket to themselves. */
export const takeTicketAction = staffAction({ schema: ticketIdSchema, allow: checkedInCommand }, async ({ id }, user): Promise<ActionState> => {
  await assignTicket(id, user.id, user);
  refresh(id);
  return { ok: true };
});

export const addCommentAction = staffAction({ schema: commentSchema, allow: checkedInCommand }, async ({ id, body, visibility }, user): Promise<ActionState> => {
  await addTicketComment(id, body, visibility === 'public', user);
  refresh(id);
  return { ok: true };
});

export const deleteTicketAction = staffAction({ schema: ticketIdSchema, allow: canDeleteTicket }, async ({ id }, user) => {
  await deleteTicketWithFiles(id, user);
  revalidatePath('/tickets');
  redirect('/tickets');
});
