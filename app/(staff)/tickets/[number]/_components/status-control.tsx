'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert, Button, ConfirmDialog, Field, Textarea, type ButtonVariant } from '@/components/ui';
import type { Locale, Status } from '@/lib/domain/enums';
import { changeTicketStatusAction } from '../../actions';
import { statusLabelsFor } from './locale-labels';

type Props = {
  ticketId: number;
  /** The version this page shows: a move made on a stale page is refused, not applied blindly. */
  version: number;
  from: Status;
  moves: Status[];
  locale: Locale;
  /** A manager may close a repair that lacks its diagnosis, work done or lines, giving the reason. */
  mayOverrideClosing?: boolean;
};

/** Moves that end the ticket's open life are asked about first: a slip of the finger is costly. */
const CONFIRMED = ['closed', 'cancelled'] as const satisfies readonly Status[];
type ConfirmedMove = (typeof CONFIRMED)[number];
const isConfirmed = (to: Status): to is ConfirmedMove => (CONFIRMED as readonly Status[]).includes(to);

function variantFor(to: Status): ButtonVariant {
  if (to === 'closed') return 'primary';
  if (to === 'cancelled') return 'danger';
  return 'secondary';
}

/**
 * One button per allowed move, labelled with what it does ("Start diagnostics", not the status
 * it leads to). The plain moves are submit buttons of one form and work without JavaScript (the
 * pressed button sends `to`); closing and cancelling open a confirmation whose form posts the same
 * action, so a refusal shows in the same place.
 */
export function StatusControl({ ticketId, version, from, moves, locale, mayOverrideClosing = false }: Props) {
  const labels = statusLabelsFor(locale);
  const [state, dispatch, pending] = useActionState(changeTicketStatusAction, undefined);
  const reopening = from === 'closed' || from === 'cancelled';
  const actionLabel = (to: Status) => (reopening ? labels.reopenAction : labels.actions[to]);
  const plain = moves.filter((to) => !isConfirmed(to));
  const confirmed = moves.filter(isConfirmed);
  return (
    <div className="space-y-3">
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
          {plain.map((to) => (
            <Button key={to} type="submit" name="to" value={to} size="sm" variant={variantFor(to)} disabled={pending} data-testid={`move-${to}`}>
              {actionLabel(to)}
            </Button>
          ))}
        </div>
      </form>
      {confirmed.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {confirmed.map((to) => (
            <ConfirmDialog
              key={to}
              triggerLabel={actionLabel(to)}
              triggerVariant={variantFor(to)}
              triggerSize="sm"
              triggerTestId={`move-${to}`}
              title={labels.confirm[to].title}
              body={labels.confirm[to].body}
              confirmLabel={actionLabel(to)}
              cancelLabel={labels.confirm.keep}
              variant={to === 'cancelled' ? 'danger' : 'primary'}
              formAction={dispatch}
              hiddenFields={{ id: String(ticketId), version: String(version), to }}
              disabled={pending}
            />
          ))}
        </div>
      )}
      {mayOverrideClosing && state?.code === 'estimate.closing_incomplete' && (
        <form action={dispatch} className="grid gap-3 rounded-md border border-warning-100 bg-warning-50 p-3" data-testid="close-anyway">
          <input type="hidden" name="id" value={ticketId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="to" value="closed" />
          <Field label={labels.closeAnywayReason} name="overrideReason" id="close-anyway-reason" error={state.fieldErrors?.overrideReason} required>
            {(p) => <Textarea {...p} rows={2} maxLength={500} defaultValue={state.values?.overrideReason ?? ''} data-testid="close-anyway-reason" />}
          </Field>
          <div>
            <SubmitButton size="sm" data-testid="close-anyway-submit">
              {labels.closeAnyway}
            </SubmitButton>
          </div>
        </form>
      )}
      {pending && <p className="text-sm text-slate-500">{labels.saving}</p>}
    </div>
  );
}
