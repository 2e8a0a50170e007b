import { revalidatePath } from 'next/cache';
import { invalidTicketReferences } from '@/db/queries/tickets';
import { staffAction, type ActionState } from '@/lib/action';
import type { Staff } from '@/lib/auth/session';
import { deliverAfterResponse } from '@/lib/notifications/schedule';
import { createTicket } from '@/lib/tickets/commands';
import { refuse } from '@/lib/tickets/refusals';
import { canAssignTicket } from '@/lib/permissions';
import { ticketIntakeFields } from '@/lib/validation/tickets';

/** A reference that points at nothing usable is the user's to fix: the field says which. */
export async function checkReferences(refs: Parameters<typeof invalidTicketReferences>[0]) {
  const bad = await invalidTicketReferences(refs);
  const fields = (['clientId', 'departmentId', 'assigneeId'] as const).filter((field) => bad[field]);
  if (fields.length > 0) throw refuse('references_invalid', { fields });
}

/**
 * The intake action, ending as the caller says once the ticket is committed: the plain form
 * redirects to the ticket; the form with files waiting hands the new ticket back to the browser.
 */
export function intakeAction(afterCreate: (ticketId: number) => ActionState) {
  return staffAction(
    // At intake a technician may leave the ticket unassigned or take it; only managers assign others.
    { schema: ticketIntakeFields, allow: (user: Staff, input) => input.assigneeId === null || canAssignTicket(user, { assigneeId: null }, input.assigneeId) },
    async (input, user) => {
      await checkReferences(input);
      const ticket = await createTicket(input, user);
      deliverAfterResponse();
      revalidatePath('/tickets');
      return afterCreate(ticket.id);
    },
  );
}
