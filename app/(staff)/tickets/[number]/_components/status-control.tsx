'use client';

import { useActionState } from 'react';
import { Alert, Button, type ButtonVariant } from '@/components/ui';
import type { Status } from '@/lib/domain/enums';
import { changeTicketStatusAction } from '../../actions';

export type StatusControlLabels = { statuses: Record<Status, string>; moveTo: string; reopen: string; saving: string };

type Props = {
  ticketId: number;
  /** The version this page shows: a move made on a stale page is refused, not applied blindly. */
  version: number;
  from: Status;
  moves: Status[];
  labels: StatusControlLabels;
};

function variantFor(to: Status): ButtonVariant {
  if (to === 'closed') return 'primary';
  if (to === 'cancelled') return 'danger';
  return 'secondary';
}

/** One submit button per allowed move; works without JavaScript (the pressed button sends `to`). */
export function StatusControl({ ticketId, version, from, moves, labels }: Props) {
  const [state, dispatch, pending] = useActionState(changeTicketStatusAction, undefined);
  const reopening = from === 'closed' || from === 'cancelled';
  return (
    <form action={dispatch} className="space-y-3" data-testid="status-control">
      <input type="hidden" name="id" value={ticketId} />
      <input type="hidden" name="version" value={version} />
      {state?.message && !state.ok && (
        <Alert tone="danger" data-testid="status-error">
          {state.message}
        </Alert>
      )}
      <p className="text-sm font-medium text-slate-700">{reopening ? labels.reopen : labels.moveTo}</p>
      <div className="flex flex-wrap gap-2" aria-busy={pending || undefined}>
        {moves.map((to) => (
          <Button key={to} type="submit" name="to" value={to} size="sm" variant={variantFor(to)} disabled={pending} data-testid={`move-${to}`}>
            {labels.statuses[to]}
          </Button>
        ))}
      </div>
      {pending && <p className="text-sm text-slate-500">{labels.saving}</p>}
    </form>
  );
}
