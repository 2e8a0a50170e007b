'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  addTicketComment,
  assignTicket,
  changeTicketStatus,
  createTicket,
  invalidTicketReferences,
  MoveNotAllowed,
  TicketConflict,
  TicketForbidden,
  TicketNotFound,
  updateTicket,
} from '@/db/queries/tickets';
import { staffAction, UserError, type ActionState } from '@/lib/action';
import { deleteTicketWithFiles } from '@/lib/attachments/service';
import type { Staff } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { deliverAfterResponse } from '@/lib/notifications/schedule';
import { ticketHref } from '@/lib/tickets/number';
import { canAssignTicket, canDeleteTicket } from '@/lib/tickets/permissions';
import {
  assignSchema,
  changeStatusSchema,
  commentSchema,
  ticketEditFields,
  ticketIdSchema,
  ticketIntakeFields,
} from '@/lib/validation/tickets';

const anyStaff = () => true;

/** Turns the domain's refusals into messages the user can act on; anything else is a bug. */
async function explain(error: unknown): Promise<never> {
  const t = (await getT()).tickets;
  if (error instanceof TicketNotFound) throw new UserError(t.errors.notFound);
  if (error instanceof TicketForbidden) throw new UserError(t.errors.forbidden);
  if (error instanceof MoveNotAllowed) throw new UserError(t.errors.moveNotAllowed);
  if (error instanceof TicketConflict) {
    const names = error.changedFields.map((f) => t.fields[f as keyof typeof t.fields] ?? f).join(', ');
    throw new UserError(names ? t.errors.conflict(names) : t.errors.conflictNoFields);
  }
  throw error;
}

async function checkReferences(refs: Parameters<typeof invalidTicketReferences>[0]) {
  const bad = invalidTicketReferences(refs);
  if (!bad.clientId && !bad.departmentId && !bad.assigneeId) return;
  const t = (await getT()).tickets.errors;
  const fieldErrors: Record<string, string[]> = {};
  if (bad.clientId) fieldErrors.clientId = [t.clientInvalid];
  if (bad.departmentId) fieldErrors.departmentId = [t.departmentInvalid];
  if (bad.assigneeId) fieldErrors.assigneeId = [t.assigneeInvalid];
  throw new UserError(Object.values(fieldErrors)[0][0], fieldErrors);
}

function refresh(id: number) {
  revalidatePath(ticketHref(id));
  revalidatePath('/tickets');
}

export const createTicketAction = staffAction(
  // At intake a technician may leave the ticket unassigned or take it; only managers assign others.
  { schema: ticketIntakeFields, allow: (user: Staff, input) => input.assigneeId === null || canAssignTicket(user, { assigneeId: null }, input.assigneeId) },
  async (input, user) => {
    await checkReferences(input);
    const ticket = createTicket(input, user);
    deliverAfterResponse();
    revalidatePath('/tickets');
    redirect(ticketHref(ticket.id));
  },
);

export const updateTicketAction = staffAction({ schema: ticketEditFields, allow: anyStaff }, async (input, user) => {
  await checkReferences({ clientId: input.clientId, departmentId: input.departmentId });
  try {
    updateTicket(input, user);
  } catch (error) {
    return explain(error);
  }
  refresh(input.id);
  redirect(ticketHref(input.id));
});

export const changeTicketStatusAction = staffAction({ schema: changeStatusSchema, allow: anyStaff }, async ({ id, to, version }, user): Promise<ActionState> => {
  try {
    changeTicketStatus(id, to, user, version);
  } catch (error) {
    return explain(error);
  }
  deliverAfterResponse();
  refresh(id);
  return { ok: true };
});

export const assignTicketAction = staffAction({ schema: assignSchema, allow: anyStaff }, async ({ id, assigneeId }, user): Promise<ActionState> => {
  await checkReferences({ assigneeId });
  try {
    assignTicket(id, assigneeId, user);
  } catch (error) {
    return explain(error);
  }
  deliverAfterResponse();
  refresh(id);
  return { ok: true };
});

/** "Take it": a technician assigns an unassigned ticket to themselves. */
export const takeTicketAction = staffAction({ schema: ticketIdSchema, allow: anyStaff }, async ({ id }, user): Promise<ActionState> => {
  try {
    assignTicket(id, user.id, user);
  } catch (error) {
    return explain(error);
  }
  refresh(id);
  return { ok: true };
});

export const addCommentAction = staffAction({ schema: commentSchema, allow: anyStaff }, async ({ id, body, visibility }, user): Promise<ActionState> => {
  try {
    addTicketComment(id, body, visibility === 'public', user);
  } catch (error) {
    return explain(error);
  }
  refresh(id);
  return { ok: true };
});

export const deleteTicketAction = staffAction({ schema: ticketIdSchema, allow: canDeleteTicket }, async ({ id }, user) => {
  try {
    await deleteTicketWithFiles(id, user);
  } catch (error) {
    return explain(error);
  }
  revalidatePath('/tickets');
  redirect('/tickets');
});
