'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { staffAction } from '@/lib/action';
import { attachQuarantined, dismissQuarantined } from '@/lib/inbound/commands';
import { deliverAfterResponse } from '@/lib/notifications/schedule';
import { canSeeReplies } from '@/lib/permissions';
import { attachReplySchema, dismissReplySchema } from '@/lib/validation/replies';

/** A manager puts a quarantined reply on the ticket they name, as the client's message (the assignee is told). */
export const attachReplyAction = staffAction({ schema: attachReplySchema, allow: canSeeReplies }, async ({ id, ticket }, user) => {
  await attachQuarantined(id, ticket, user);
  deliverAfterResponse();
  revalidatePath('/', 'layout'); // the list, the ticket and the navigation's count
  redirect('/replies');
});

/** Not a client's reply (spam, a wrong address): it leaves the list and goes nowhere. */
export const dismissReplyAction = staffAction({ schema: dismissReplySchema, allow: canSeeReplies }, async ({ id }, user) => {
  await dismissQuarantined(id, user);
  revalidatePath('/', 'layout');
  redirect('/replies');
});
