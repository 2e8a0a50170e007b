import { testWriter } from '../../helpers/test-db';
import { recordClientMessage } from '@/lib/client-messages/record';
import type { Arranged, Who } from './arrange';
import type { MatrixEntry } from './matrix';

// Spelled out here: matrix.ts imports this file, so its STAFF is not defined yet when this runs.
const STAFF: Who[] = ['technician', 'manager', 'admin'];

const MODULE = 'app/(staff)/tickets/conversation-actions.ts';

let inbound = 0;
/** The technician's ticket, whose client wrote and waits for an answer. */
async function waitingTicket(a: Arranged) {
  const ticket = await a.ticket(a.technician.id);
  await recordClientMessage(testWriter(), { ticketId: ticket.id, via: 'email', body: 'Is it ready?', inboundId: 900_000 + ++inbound });
  return ticket;
}

/** Replying to the client and "Mark as answered": whoever may comment on the ticket (see matrix.ts). */
export const CONVERSATION_MATRIX: MatrixEntry[] = [
  { module: MODULE, action: 'replyToClientAction', allowed: STAFF, input: async (a) => ({ id: (await waitingTicket(a)).id, body: 'Yes, it is ready.' }) },
  { module: MODULE, action: 'markClientAnsweredAction', allowed: STAFF, input: async (a) => ({ id: (await waitingTicket(a)).id }) },
];
