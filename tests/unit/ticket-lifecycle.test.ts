import { describe, expect, it } from 'vitest';
import { ROLES, STATUSES, TICKET_KINDS, type Role, type Status, type TicketKind } from '@/lib/domain/enums';
import { allowedMoves, isMoveAllowed } from '@/lib/tickets/lifecycle';
import { canAssignTicket, canDeleteTicket, canWorkOnTicket } from '@/lib/permissions';

const OPEN = new Set<Status>(['new', 'diagnostics', 'awaiting_approval', 'in_progress', 'awaiting_parts', 'ready']);

/** SPEC §2 written out independently of the implementation. */
function expected(from: Status, to: Status, kind: TicketKind, role: Role): boolean {
  if (from === to) return false;
  if (OPEN.has(from)) {
    if (OPEN.has(to) || to === 'cancelled') return true;
    return from === 'ready' || kind === 'consultation';
  }
  return to === 'in_progress' && role !== 'technician';
}

describe('the ticket lifecycle', () => {
  const cases = ROLES.flatMap((role) =>
    TICKET_KINDS.flatMap((kind) => STATUSES.flatMap((from) => STATUSES.map((to) => ({ role, kind, from, to })))),
  );

  it.each(cases)('$kind $from → $to by a $role', ({ role, kind, from, to }) => {
    expect(isMoveAllowed({ from, to, kind, role })).toBe(expected(from, to, kind, role));
  });

  it('closes a repair only from ready, a consultation from any open status', () => {
    expect(allowedMoves({ status: 'in_progress', kind: 'repair' }, 'manager')).not.toContain('closed');
    expect(allowedMoves({ status: 'ready', kind: 'repair' }, 'technician')).toContain('closed');
    expect(allowedMoves({ status: 'new', kind: 'consultation' }, 'technician')).toContain('closed');
  });

  it('lets only managers and admins reopen, and only to in progress', () => {
    expect(allowedMoves({ status: 'closed', kind: 'repair' }, 'technician')).toEqual([]);
    expect(allowedMoves({ status: 'cancelled', kind: 'repair' }, 'manager')).toEqual(['in_progress']);
    expect(allowedMoves({ status: 'closed', kind: 'consultation' }, 'admin')).toEqual(['in_progress']);
  });
});

describe('who may work on a ticket', () => {
  const tech = { id: 7, role: 'technician' as const };
  const manager = { id: 8, role: 'manager' as const };

  it("a technician works only on their own tickets; a manager on all", () => {
    expect(canWorkOnTicket(tech, { assigneeId: 7 })).toBe(true);
    expect(canWorkOnTicket(tech, { assigneeId: 9 })).toBe(false);
    expect(canWorkOnTicket(tech, { assigneeId: null })).toBe(false);
    expect(canWorkOnTicket(manager, { assigneeId: 9 })).toBe(true);
  });

  it("a technician can take an unassigned ticket but cannot reassign someone else's", () => {
    expect(canAssignTicket(tech, { assigneeId: null }, 7)).toBe(true);
    expect(canAssignTicket(tech, { assigneeId: null }, 9)).toBe(false);
    expect(canAssignTicket(tech, { assigneeId: 9 }, 7)).toBe(false);
    expect(canAssignTicket(tech, { assigneeId: 7 }, null)).toBe(false);
    expect(canAssignTicket(manager, { assigneeId: 9 }, 7)).toBe(true);
    expect(canAssignTicket(manager, { assigneeId: 9 }, null)).toBe(true);
  });

  it('only an admin deletes tickets', () => {
    expect(canDeleteTicket(tech)).toBe(false);
    expect(canDeleteTicket(manager)).toBe(false);
    expect(canDeleteTicket({ role: 'admin' })).toBe(true);
  });
});
