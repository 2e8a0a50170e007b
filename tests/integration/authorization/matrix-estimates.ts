import { addTicketLine } from '@/lib/estimates/commands';
import { decideByPhone } from '@/lib/estimates/decisions';
import { changeTicketStatus } from '@/lib/tickets/commands';
import type { Arranged, Who } from './arrange';
import type { MatrixEntry } from './matrix';

// Spelled out here: matrix.ts imports this file, so its STAFF and MANAGERS are not defined yet when this runs.
const STAFF: Who[] = ['technician', 'manager', 'admin'];
const MANAGERS: Who[] = ['manager', 'admin'];

const MODULE = 'app/(staff)/tickets/line-actions.ts';

/** The arranging is done by a manager (the technician's own record, promoted), never by the caller. */
const manager = (a: Arranged) => ({ ...a.technician, role: 'manager' as const });

/** A line typed in: needs no price list and no stock. */
const FREE_LINE = { kind: 'work', name: 'Matrix work', quantity: '1', unitPriceMinor: '100' };

/** The technician's ticket with one typed-in line of 100.00. */
async function ticketWithLine(a: Arranged) {
  const ticket = await a.ticket(a.technician.id);
  const line = await addTicketLine(
    { ticketId: ticket.id, catalogItemId: null, kind: 'work', name: 'Matrix work', quantity: 1, unitPriceMinor: 10_000, discountMinor: 0, warrantyDays: 0, stockOverrideReason: null },
    manager(a),
  );
  return { ticket, line };
}

/** The technician's ticket awaiting the client's decision on estimate version 1. */
async function awaitingApproval(a: Arranged) {
  const { ticket } = await ticketWithLine(a);
  await changeTicketStatus(ticket.id, 'diagnostics', manager(a));
  await changeTicketStatus(ticket.id, 'awaiting_approval', manager(a));
  return ticket;
}

/** The server actions of ticket lines, estimates and decisions: who may call each (see matrix.ts). */
export const ESTIMATES_MATRIX: MatrixEntry[] = [
  { module: MODULE, action: 'addLineAction', allowed: STAFF, input: async (a) => ({ ticketId: (await a.ticket(a.technician.id)).id, ...FREE_LINE }) },
  {
    module: MODULE,
    action: 'updateLineAction',
    allowed: STAFF,
    input: async (a) => ({ lineId: (await ticketWithLine(a)).line.id, quantity: '2', unitPriceMinor: '100', discountMinor: '' }),
  },
  {
    module: MODULE,
    action: 'removeLineAction',
    allowed: STAFF,
    input: async (a) => {
      const { ticket, line } = await ticketWithLine(a);
      return { lineId: line.id, ticketId: ticket.id };
    },
  },
  { module: MODULE, action: 'setTicketDiscountAction', allowed: STAFF, input: async (a) => ({ ticketId: (await ticketWithLine(a)).ticket.id, discountMinor: '10' }) },
  { module: MODULE, action: 'recordPhoneDecisionAction', allowed: STAFF, input: async (a) => ({ ticketId: (await awaitingApproval(a)).id, version: 1, decision: 'approved' }) },
  {
    module: MODULE,
    action: 'overrideDecisionAction',
    allowed: MANAGERS,
    input: async (a) => {
      const ticket = await awaitingApproval(a);
      await decideByPhone({ ticketId: ticket.id, version: 1, decision: 'approved', reason: null }, manager(a));
      return { ticketId: ticket.id, decision: 'declined', reason: 'The client called back' };
    },
  },

  // Public by design: the client decides on the status page, keyed by the token, bound to the
  // version shown, rate-limited like the lookup.
  {
    module: 'app/status/decision-actions.ts',
    action: 'decideEstimateAction',
    allowed: 'public',
    input: async (a) => ({ token: (await awaitingApproval(a)).publicToken, version: 1, decision: 'approved' }),
  },
];
