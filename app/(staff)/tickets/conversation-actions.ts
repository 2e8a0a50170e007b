'use server';

import { revalidatePath } from 'next/cache';
import { checkedInCommand, staffAction, type ActionState } from '@/lib/action';
import { markClientAnswered, replyToClient } from '@/lib/client-messages/commands';
import { getT } from '@/lib/i18n/server';
import { deliverAfterResponse } from '@/lib/notifications/schedule';
import { ticketHref } from '@/lib/tickets/number';
import { markAnsweredSchema, replySchema } from '@/lib/validation/conversation';

/** The ticket, the lists and the dashboard all show the "client replied" mark. */
function refresh(id: number) {
  revalidatePath(ticketHref(id));
  revalidatePath('/tickets');
  revalidatePath('/');
}

/**
 * "Reply to the client" on the ticket page. The permission (SPEC §3, the same as commenting) is
 * checked by the command against the row its transaction reads. The form says where it went.
 */
export const replyToClientAction = staffAction({ schema: replySchema, allow: checkedInCommand }, async ({ id, body }, user): Promise<ActionState> => {
  const c = (await getT()).conversation;
  const via = await replyToClient(id, body, user);
  if (via) deliverAfterResponse();
  refresh(id);
  return { ok: true, message: via ? c.reply.sent(c.via[via]) : c.reply.notSent };
});

/** The client was answered another way (by phone, in person): the mark goes, nothing is sent. */
export const markClientAnsweredAction = staffAction({ schema: markAnsweredSchema, allow: checkedInCommand }, async ({ id }, user): Promise<ActionState> => {
  const c = (await getT()).conversation;
  await markClientAnswered(id, user);
  refresh(id);
  return { ok: true, message: c.replied.marked };
});
