import type { Role } from '@/lib/domain/enums';
import { canWorkOnTicket } from '@/lib/tickets/permissions';

type User = { id: number; role: Role };
type TicketPeople = { assigneeId: number | null; createdById: number | null };

const isManager = (user: User) => user.role === 'manager' || user.role === 'admin';

/**
 * Whoever may work on the ticket may attach to it, and so may the employee who took it in: the
 * intake photos are theirs even when the ticket goes to someone else.
 */
export function canAttach(user: User, ticket: TicketPeople): boolean {
  return canWorkOnTicket(user, ticket) || ticket.createdById === user.id;
}

/** The issue: the uploader, a manager or an admin. */
export function canDeleteAttachment(user: User, attachment: { uploaderId: number | null }): boolean {
  return isManager(user) || attachment.uploaderId === user.id;
}

/** Showing a photo to the client is a decision about the ticket, or the uploader's own photo. */
export function canChangeVisibility(user: User, ticket: TicketPeople, attachment: { uploaderId: number | null }): boolean {
  return canAttach(user, ticket) || attachment.uploaderId === user.id;
}
