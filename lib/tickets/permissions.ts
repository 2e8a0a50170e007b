import type { Role } from '@/lib/domain/enums';

type User = { id: number; role: Role };
type TicketOwner = { assigneeId: number | null };

const isManager = (user: User) => user.role === 'manager' || user.role === 'admin';

/** SPEC §3: technicians edit, move and comment on their own tickets; managers and admins on all. */
export function canWorkOnTicket(user: User, ticket: TicketOwner): boolean {
  return isManager(user) || ticket.assigneeId === user.id;
}

/**
 * Managers and admins assign anyone (or nobody); a technician may only take an unassigned
 * ticket for themselves.
 */
export function canAssignTicket(user: User, ticket: TicketOwner, to: number | null): boolean {
  if (isManager(user)) return true;
  return ticket.assigneeId === null && to === user.id;
}

export const canDeleteTicket = (user: User) => user.role === 'admin';
