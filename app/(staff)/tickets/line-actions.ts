'use server';

import { revalidatePath } from 'next/cache';
import { checkedInCommand, staffAction, type ActionState } from '@/lib/action';
import { addTicketLine, removeTicketLine, setTicketDiscount, updateTicketLine } from '@/lib/estimates/commands';
import { decideByPhone, overrideDecision } from '@/lib/estimates/decisions';
import { deliverAfterResponse } from '@/lib/notifications/schedule';
import { ticketHref } from '@/lib/tickets/number';
import {
  lineAddSchema,
  lineEditSchema,
  lineRemoveSchema,
  overrideDecisionSchema,
  phoneDecisionSchema,
  ticketDiscountSchema,
} from '@/lib/validation/estimates';

/**
 * The ticket's lines and the decision on its estimate. Who may do each is decided by the command,
 * against the rows its transaction reads: the ticket's assignee, managers and admins change lines
 * and record a phone decision; only managers take a part beyond stock or override a decision.
 */
function refresh(ticketId: number) {
  revalidatePath(ticketHref(ticketId));
  revalidatePath('/tickets');
}

export const addLineAction = staffAction({ schema: lineAddSchema, allow: checkedInCommand }, async (input, user): Promise<ActionState> => {
  await addTicketLine(input, user);
  deliverAfterResponse();
  refresh(input.ticketId);
  return { ok: true };
});

export const updateLineAction = staffAction({ schema: lineEditSchema, allow: checkedInCommand }, async (input, user): Promise<ActionState> => {
  const line = await updateTicketLine(input, user);
  deliverAfterResponse();
  refresh(line.ticketId);
  return { ok: true };
});

export const removeLineAction = staffAction({ schema: lineRemoveSchema.extend({ ticketId: lineAddSchema.shape.ticketId }), allow: checkedInCommand }, async (input, user): Promise<ActionState> => {
  await removeTicketLine(input.lineId, user);
  deliverAfterResponse();
  refresh(input.ticketId);
  return { ok: true };
});

export const setTicketDiscountAction = staffAction({ schema: ticketDiscountSchema, allow: checkedInCommand }, async (input, user): Promise<ActionState> => {
  await setTicketDiscount(input, user);
  deliverAfterResponse();
  refresh(input.ticketId);
  return { ok: true };
});

export const recordPhoneDecisionAction = staffAction({ schema: phoneDecisionSchema, allow: checkedInCommand }, async (input, user): Promise<ActionState> => {
  await decideByPhone(input, user);
  deliverAfterResponse();
  refresh(input.ticketId);
  return { ok: true };
});

export const overrideDecisionAction = staffAction({ schema: overrideDecisionSchema, allow: checkedInCommand }, async (input, user): Promise<ActionState> => {
  await overrideDecision(input, user);
  deliverAfterResponse();
  refresh(input.ticketId);
  return { ok: true };
});
