import type { NotificationState } from '@/db/queries/notifications';
import type { OutboxState } from '@/lib/domain/enums';

export { OUTBOX_STATES, type OutboxState } from '@/lib/domain/enums';

/**
 * What the outbox shows for a row. The embedded transport (no RESEND_API_KEY) finishes a row as
 * `sent` so it is never tried again, and records `transport = 'outbox'`: such a mail never left
 * the server, so it is shown as `kept`, not as sent. Setting up a mail service later does not
 * send these rows; the ticket's own "E-mail it to the client" sends a fresh one.
 */
export function outboxStateOf(row: { state: NotificationState; transport: string | null }): OutboxState {
  return row.state === 'sent' && row.transport === 'outbox' ? 'kept' : row.state;
}
