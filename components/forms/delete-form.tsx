'use client';

import { useActionState } from 'react';
import { Alert, ConfirmDialog } from '@/components/ui';
import type { ActionState } from '@/lib/action';

type Props = {
  action: (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
  id: number | string;
  labels: { trigger: string; title: string; body: string; confirm: string; cancel: string };
};

/**
 * Delete with a confirmation. When something blocks the delete, the server's message (what
 * blocks it and what to do) is shown here and nothing is deleted. The button that opens the
 * confirmation is outlined, not solid red: beside Edit at the top of a record it is the page's
 * rarest action, and should not be its loudest.
 */
export function DeleteForm({ action, id, labels }: Props) {
  const [state, dispatch] = useActionState(action, undefined);
  return (
    <div className="space-y-2">
      <ConfirmDialog
        triggerLabel={labels.trigger}
        title={labels.title}
        body={labels.body}
        confirmLabel={labels.confirm}
        cancelLabel={labels.cancel}
        variant="danger"
        triggerVariant="danger-outline"
        formAction={dispatch}
        hiddenFields={{ id: String(id) }}
      />
      {state?.message && (
        <Alert tone="danger" data-testid="delete-blocked">
          {state.message}
        </Alert>
      )}
    </div>
  );
}
