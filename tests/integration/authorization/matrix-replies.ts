import { randomBytes } from 'node:crypto';
import { testWriter } from '../../helpers/test-db';
import { one } from '@/db/exec';
import { inboundMessages } from '@/db/tables';
import { formatTicketNumber } from '@/lib/tickets/number';
import type { Arranged, Who } from './arrange';
import type { MatrixEntry } from './matrix';

// Spelled out here: matrix.ts imports this file, so its MANAGERS is not defined yet when this runs.
const MANAGERS: Who[] = ['manager', 'admin'];
const MODULE = 'app/(staff)/replies/actions.ts';

/** A reply from an unknown sender, waiting at /replies. */
function quarantined() {
  return one(
    testWriter()
      .insert(inboundMessages)
      .values({ source: 'email', externalId: `matrix_${randomBytes(6).toString('hex')}`, sender: 'stranger@mail.test', recipient: 'reply+1-0000000000000000@replies.test', subject: 'Re', body: 'Hello', original: 'Hello', state: 'quarantined', reason: 'unknown_sender' })
      .returning(),
  );
}

/** The quarantine list's actions (issue 18): managers and admins only, like the outbox. */
export const REPLIES_MATRIX: MatrixEntry[] = [
  { module: MODULE, action: 'attachReplyAction', allowed: MANAGERS, input: async (a: Arranged) => ({ id: (await quarantined()).id, ticket: formatTicketNumber((await a.ticket(a.technician.id)).id) }) },
  { module: MODULE, action: 'dismissReplyAction', allowed: MANAGERS, input: async () => ({ id: (await quarantined()).id }) },
];
