import { Badge, type BadgeTone } from '@/components/ui';
import type { NotificationState } from '@/db/queries/notifications';
import type { MessageChannel } from '@/lib/domain/enums';
import { outboxStateOf, type OutboxState } from '@/lib/notifications/outbox-state';

// Green is earned only by a mail that left the server; one kept for want of a mail service is neutral.
// A merged row was replaced by a later message on purpose: neutral too.
const tones: Record<OutboxState, BadgeTone> = { pending: 'info', sent: 'success', kept: 'neutral', failed: 'danger', merged: 'neutral' };

type Props = {
  row: { state: NotificationState; transport: string | null; channel?: MessageChannel };
  labels: { states: Record<NotificationState, string>; kept: string; keptBy?: Record<MessageChannel, string> };
};

export function StateBadge({ row, labels }: Props) {
  const state = outboxStateOf(row);
  const kept = (row.channel && labels.keptBy?.[row.channel]) || labels.kept;
  return (
    <Badge tone={tones[state]} data-state={state}>
      {state === 'kept' ? kept : labels.states[state]}
    </Badge>
  );
}
