'use client';

import { Eye, EyeOff } from '@/components/ui/icons';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/forms/submit-button';
import { ConfirmDialog } from '@/components/ui';
import { deleteAttachmentAction, setAttachmentVisibilityAction } from '../../attachment-actions';

type Props = {
  id: number;
  visible: boolean;
  mayToggle: boolean;
  mayDelete: boolean;
  labels: { show: string; hide: string; delete: string; deleteTitle: string; deleteBody: string; cancel: string };
};

/** Show to / hide from the client, and delete after a confirmation; the server's refusal is shown beside them. */
export function AttachmentControls({ id, visible, mayToggle, mayDelete, labels }: Props) {
  const [toggled, toggle] = useActionState(setAttachmentVisibilityAction, undefined);
  const [deleted, remove] = useActionState(deleteAttachmentAction, undefined);
  const message = toggled?.message ?? deleted?.message;
  return (
    <div className="grid gap-1">
      <div className="flex flex-wrap items-center gap-2">
        {mayToggle && (
          <form action={toggle}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="visible" value={visible ? 'false' : 'true'} />
            <SubmitButton variant="ghost" size="sm" data-testid="attachment-visibility">
              {visible ? <EyeOff aria-hidden /> : <Eye aria-hidden />} {visible ? labels.hide : labels.show}
            </SubmitButton>
          </form>
        )}
        {mayDelete && (
          <ConfirmDialog
            triggerLabel={labels.delete}
            triggerVariant="ghost"
            triggerSize="sm"
            triggerClassName="text-danger-700"
            title={labels.deleteTitle}
            body={labels.deleteBody}
            confirmLabel={labels.delete}
            cancelLabel={labels.cancel}
            formAction={remove}
            hiddenFields={{ id: String(id) }}
          />
        )}
      </div>
      {message && (
        <p role="alert" className="text-sm text-danger-700" data-testid="attachment-error">
          {message}
        </p>
      )}
    </div>
  );
}
