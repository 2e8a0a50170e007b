import { Badge, type BadgeTone } from '@/components/ui';
import type { NotificationState } from '@/db/queries/notifications';
import { outboxStateOf, type OutboxState } from '@/lib/notifications/outbox-state';

// Green is earned only by a mail that left the server; one kept for want of a mail service is neutral.
const tones: Record<OutboxState, BadgeTone> = { pending: 'info', sent: 'success', kept: 'neutral', failed: 'danger' };

type Props = {
  row: { state: NotificationState; transport: string | null };
  labels: { states: Record<NotificationState, string>; kept: string };
};

export function StateBadge({ row, labels }: Props) {
  const state = outboxStateOf(row);
  return (
    <Badge tone={tones[state]} data-state={state}>
      {state === 'kept' ? labels.kept : labels.states[state]}
    </Badge>
  );
}
