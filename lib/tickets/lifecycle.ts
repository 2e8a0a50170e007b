import { CLOSED_STATUSES, OPEN_STATUSES, STATUSES, type Role, type Status, type TicketKind } from '@/lib/domain/enums';

/** SPEC §2: which status may follow which. The server enforces it; the UI offers only these moves. */
export function isOpenStatus(status: Status): boolean {
  return (OPEN_STATUSES as readonly Status[]).includes(status);
}

export const REOPEN_TARGET: Status = 'in_progress';

type MoveContext = { from: Status; to: Status; kind: TicketKind; role: Role };

export function isMoveAllowed({ from, to, kind, role }: MoveContext): boolean {
  if (from === to) return false;
  if (isOpenStatus(from)) {
    if (isOpenStatus(to) || to === 'cancelled') return true;
    // to === 'closed': a repair is handed over only once it is ready; a consultation may end any time.
    return from === 'ready' || kind === 'consultation';
  }
  // From closed or cancelled only a reopen, and only by a manager or admin.
  return to === REOPEN_TARGET && (role === 'manager' || role === 'admin');
}

/** The moves to offer, in lifecycle order. */
export function allowedMoves(ticket: { status: Status; kind: TicketKind }, role: Role): Status[] {
  return STATUSES.filter((to) => isMoveAllowed({ from: ticket.status, to, kind: ticket.kind, role }));
}

export const CLOSED_GROUP: readonly Status[] = CLOSED_STATUSES;
