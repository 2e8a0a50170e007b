'use server';

import { revalidatePath } from 'next/cache';
import { regeneratePublicToken, sendPublicLinkAgain } from '@/db/queries/public-link';
import { getTicket, TicketForbidden, TicketNotFound } from '@/db/queries/tickets';
import { staffAction, UserError, type ActionState } from '@/lib/action';
import type { Staff } from '@/lib/auth/session';
import { getLocale, getT } from '@/lib/i18n/server';
import { deliverAfterResponse } from '@/lib/notifications/schedule';
import { publicStatusMessages } from '@/lib/status/messages';
import { ticketHref } from '@/lib/tickets/number';
import { canWorkOnTicket } from '@/lib/tickets/permissions';
import { ticketIdSchema } from '@/lib/validation/tickets';

/**
 * Sending the link again and replacing it both act on the ticket, so SPEC §3 "edit a ticket" rules
 * them: the assignee, managers and admins. (Copying the link needs no action: every employee
 * who can open the ticket sees it.)
 */
function mayActOn(user: Staff, { id }: { id: number }): boolean {
  const ticket = getTicket(id);
  // A missing ticket is reported by the action itself, with a clearer message than "forbidden".
  return !ticket || canWorkOnTicket(user, ticket);
}

async function explain(error: unknown): Promise<never> {
  const t = (await getT()).tickets.errors;
  if (error instanceof TicketNotFound) throw new UserError(t.notFound);
  if (error instanceof TicketForbidden) throw new UserError(t.forbidden);
  throw error;
}

export const resendPublicLinkAction = staffAction({ schema: ticketIdSchema, allow: mayActOn }, async ({ id }, user): Promise<ActionState> => {
  const t = publicStatusMessages(await getLocale()).links;
  let result: ReturnType<typeof sendPublicLinkAgain>;
  try {
    result = sendPublicLinkAgain(id, user);
  } catch (error) {
    return explain(error);
  }
  switch (result.outcome) {
    case 'queued':
      deliverAfterResponse();
      return { ok: true, message: t.resent(result.email ?? '') };
    case 'recently_sent':
      return { ok: true, message: t.resentRecently };
    case 'no_email':
      throw new UserError(t.noEmail);
    case 'no_consent':
      throw new UserError(t.noConsent);
  }
});

/** The old link (and the printed QR code) answer 404 from the moment this commits. */
export const regeneratePublicLinkAction = staffAction({ schema: ticketIdSchema, allow: mayActOn }, async ({ id }, user): Promise<ActionState> => {
  const t = publicStatusMessages(await getLocale()).links;
  try {
    regeneratePublicToken(id, user);
  } catch (error) {
    return explain(error);
  }
  revalidatePath(ticketHref(id));
  return { ok: true, message: t.regenerated };
});
