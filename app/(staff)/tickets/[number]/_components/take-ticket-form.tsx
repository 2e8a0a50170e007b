'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui';
import { SubmitButton } from '@/components/forms/submit-button';
import { takeTicketAction } from '../../actions';

type Props = { ticketId: number; labels: { take: string; takeHint: string; saving: string } };

/** A technician takes an unassigned ticket for themselves. */
export function TakeTicketForm({ ticketId, labels }: Props) {
  const [state, dispatch] = useActionState(takeTicketAction, undefined);
  return (
    <form action={dispatch} className="space-y-3" data-testid="take-ticket">
      <input type="hidden" name="id" value={ticketId} />
      <p className="text-sm text-slate-600">{labels.takeHint}</p>
      {state?.message && !state.ok && <Alert tone="danger">{state.message}</Alert>}
      <SubmitButton pendingLabel={labels.saving}>{labels.take}</SubmitButton>
    </form>
  );
}
