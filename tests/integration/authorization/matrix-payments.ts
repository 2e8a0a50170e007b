import { takePayment } from '@/lib/payments/commands';
import type { Arranged, Who } from './arrange';
import type { MatrixEntry } from './matrix';

// Spelled out here: matrix.ts imports this file, so its STAFF and MANAGERS are not defined yet when this runs.
const STAFF: Who[] = ['technician', 'manager', 'admin'];
const MANAGERS: Who[] = ['manager', 'admin'];

const MODULE = 'app/(staff)/tickets/payment-actions.ts';

/** The technician's ticket with 100.00 paid, taken by a manager (never by the caller). */
async function paidTicket(a: Arranged) {
  const ticket = await a.ticket(a.technician.id);
  await takePayment({ ticketId: ticket.id, kind: 'prepayment', method: 'cash', amountMinor: 10_000 }, { ...a.technician, role: 'manager' });
  return ticket;
}

/** The server actions of payments on a ticket: who may call each (see matrix.ts). */
export const PAYMENTS_MATRIX: MatrixEntry[] = [
  { module: MODULE, action: 'takePaymentAction', allowed: STAFF, input: async (a) => ({ ticketId: (await a.ticket(a.technician.id)).id, kind: 'payment', method: 'card', amountMinor: '50' }) },
  { module: MODULE, action: 'refundPaymentAction', allowed: MANAGERS, input: async (a) => ({ ticketId: (await paidTicket(a)).id, method: 'cash', amountMinor: '40', reason: 'Returned part of the prepayment' }) },
];
