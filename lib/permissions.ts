import { ROLES, type Role } from '@/lib/domain/enums';

/**
 * SPEC §3, who may do what: one function per rule, asked by the actions, the commands (inside
 * their transaction, against the rows they read) and the UI (to offer only what is allowed).
 */
type Actor = { role: Role };
type User = { id: number; role: Role };
type TicketOwner = { assigneeId: number | null };
type TicketPeople = TicketOwner & { createdById: number | null };

const isAdmin = (user: Actor) => user.role === 'admin';
const isManagerOrAdmin = (user: Actor) => user.role === 'manager' || user.role === 'admin';

// Staff, departments, the outbox and the dashboard.
export const canManageStaff = isAdmin;
export const canSeeOutbox = isManagerOrAdmin;
/** Quarantined client replies (/replies): whoever sees the outbox decides where they belong. */
export const canSeeReplies = isManagerOrAdmin;
/** Managers and admins see the whole center's figures on the dashboard; everyone sees their own. */
export const canSeeCenterFigures = isManagerOrAdmin;

// Clients: everyone views, creates and edits them; only an administrator deletes one (without tickets).
export const canEditClients = (user: Actor) => ROLES.includes(user.role);
export const canDeleteClient = isAdmin;

/** Technicians edit, move and comment on their own tickets; managers and admins on all. */
export function canWorkOnTicket(user: User, ticket: TicketOwner): boolean {
  return isManagerOrAdmin(user) || ticket.assigneeId === user.id;
}

/** Managers and admins assign anyone (or nobody); a technician may only take an unassigned ticket for themselves. */
export function canAssignTicket(user: User, ticket: TicketOwner, to: number | null): boolean {
  if (isManagerOrAdmin(user)) return true;
  return ticket.assigneeId === null && to === user.id;
}

export const canDeleteTicket = isAdmin;

/**
 * Whoever may work on the ticket may attach to it, and so may the employee who took it in: the
 * intake photos are theirs even when the ticket goes to someone else.
 */
export function canAttach(user: User, ticket: TicketPeople): boolean {
  return canWorkOnTicket(user, ticket) || ticket.createdById === user.id;
}

/** The uploader, a manager or an admin. */
export function canDeleteAttachment(user: User, attachment: { uploaderId: number | null }): boolean {
  return isManagerOrAdmin(user) || attachment.uploaderId === user.id;
}

/** Showing a photo to the client is a decision about the ticket, or the uploader's own photo. */
export function canChangeVisibility(user: User, ticket: TicketPeople, attachment: { uploaderId: number | null }): boolean {
  return canAttach(user, ticket) || attachment.uploaderId === user.id;
}

// The price list (issue 16): everyone reads it; managers and admins change it.
export const canEditCatalog = isManagerOrAdmin;

/** The estimate's lines are part of the ticket: whoever works on it changes them. */
export const canEditLines = canWorkOnTicket;

/**
 * A manager's word, each given with a reason that goes on the timeline: taking a part the stock
 * does not have, changing a decision already recorded, closing a repair that lacks its diagnosis,
 * work done or final lines.
 */
export const canOverrideStock = isManagerOrAdmin;
export const canOverrideDecision = isManagerOrAdmin;
export const canOverrideClosing = isManagerOrAdmin;

// Money (issue 17): whoever is at the desk takes a payment; giving money back and the evening
// cash count are for managers and admins.
export const canTakePayment = (user: Actor) => ROLES.includes(user.role);
export const canRefund = isManagerOrAdmin;
export const canSeeCashReport = isManagerOrAdmin;

/** Which statuses tell the client, per channel (/settings/notifications, issue 18). */
export const canEditNotificationRules = isManagerOrAdmin;
