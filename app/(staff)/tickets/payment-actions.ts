'use server';

import { revalidatePath } from 'next/cache';
import { checkedInCommand, staffAction, type ActionState } from '@/lib/action';
import { refundPayment, takePayment } from '@/lib/payments/commands';
import { canRefund } from '@/lib/permissions';
import { ticketHref } from '@/lib/tickets/number';
import { paymentSchema, refundSchema } from '@/lib/validation/payments';

/**
 * Money on a ticket. Who may do each is decided by the command against the rows its transaction
 * reads: anyone at the desk takes a payment; only managers and admins give money back.
 */
function refresh(ticketId: number) {
  revalidatePath(ticketHref(ticketId));
  revalidatePath('/tickets');
}

export const takePaymentAction = staffAction({ schema: paymentSchema, allow: checkedInCommand }, async (input, user): Promise<ActionState> => {
  await takePayment(input, user);
  refresh(input.ticketId);
  return { ok: true };
});

// A refund depends on the role alone, so the action refuses it too; the command checks again.
export const refundPaymentAction = staffAction({ schema: refundSchema, allow: (user) => canRefund(user) }, async (input, user): Promise<ActionState> => {
  await refundPayment(input, user);
  refresh(input.ticketId);
  return { ok: true };
});
