import { Badge, type BadgeTone } from '@/components/ui';
import type { NotificationState } from '@/db/queries/notifications';

const tones: Record<NotificationState, BadgeTone> = { pending: 'info', sent: 'success', failed: 'danger' };

export function StateBadge({ state, label }: { state: NotificationState; label: string }) {
  return (
    <Badge tone={tones[state]} data-state={state}>
      {label}
    </Badge>
  );
}
