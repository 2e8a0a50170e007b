'use server';

import { revalidatePath } from 'next/cache';
import { getTicket } from '@/db/queries/tickets';
import { staffAction, type ActionState } from '@/lib/action';
import { refuse } from '@/lib/tickets/refusals';
import type { Staff } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { deliverAfterResponse } from '@/lib/notifications/schedule';
import { ticketHref } from '@/lib/tickets/number';
import { canWorkOnTicket } from '@/lib/permissions';
import { regeneratePublicToken, sendPublicLinkAgain } from '@/lib/tickets/public-link-commands';
import { ticketIdSchema } from '@/lib/validation/tickets';

/**
 * Sending the link again and replacing it both act on the ticket, so SPEC §3 "edit a ticket" rules
 * them: the assignee, managers and admins. (Copying the link needs no action: every employee
 * who can open the ticket sees it.)
 */
async function mayActOn(user: Staff, { id }: { id: number }): Promise<boolean> {
  const ticket = await getTicket(id);
  // A missing ticket is reported by the action itself, with a clearer message than "forbidden".
  return !ticket || canWorkOnTicket(user, ticket);
}

export const resendPublicLinkAction = staffAction({ schema: ticketIdSchema, allow: mayActOn }, async ({ id }, user): Promise<ActionState> => {
  const t = (await getT()).publicStatus.links;
  const result = await sendPublicLinkAgain(id, user);
  switch (result.outcome) {
    case 'queued':
      deliverAfterResponse();
      return { ok: true, message: t.resent(result.email ?? '') };
    case 'recently_sent':
      return { ok: true, message: t.resentRecently };
    case 'no_email':
      throw refuse('link_no_email', {});
    case 'no_consent':
      throw refuse('link_no_consent', {});
  }
});

/** The old link (and the printed QR code) answer 404 from the moment this commits. */
export const regeneratePublicLinkAction = staffAction({ schema: ticketIdSchema, allow: mayActOn }, async ({ id }, user): Promise<ActionState> => {
  const t = (await getT()).publicStatus.links;
  await regeneratePublicToken(id, user);
  revalidatePath(ticketHref(id));
  return { ok: true, message: t.regenerated };
});
