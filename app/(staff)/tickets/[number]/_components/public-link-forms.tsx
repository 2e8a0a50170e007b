'use client';

import { useActionState, useRef, useState } from 'react';
import { Copy, Mail, RefreshCw } from '@/components/ui/icons';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert, Button, ConfirmDialog } from '@/components/ui';
import { regeneratePublicLinkAction, resendPublicLinkAction } from '../../public-link-actions';

type CopyLabels = { url: string; copy: string; copied: string; copyFallback: string };

/**
 * The link in a read-only field (select it and copy by hand anywhere) and a Copy button for
 * browsers that allow the clipboard; where they do not, the field is selected and the hint says how.
 */
export function CopyLink({ url, labels }: { url: string; labels: CopyLabels }) {
  const field = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<'copied' | 'fallback' | null>(null);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setOutcome('copied');
    } catch {
      field.current?.select();
      setOutcome('fallback');
    }
  }

  return (
    <div className="space-y-2">
      <label htmlFor="public-link" className="block text-sm font-medium text-slate-800">
        {labels.url}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={field}
          id="public-link"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-48 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-800"
          data-testid="public-link"
        />
        <Button variant="secondary" size="sm" onClick={copy} className="shrink-0" data-testid="public-link-copy">
          <Copy aria-hidden /> {labels.copy}
        </Button>
      </div>
      <p role="status" className="text-sm text-slate-600" data-testid="public-link-copy-result">
        {outcome === 'copied' ? labels.copied : outcome === 'fallback' ? labels.copyFallback : ''}
      </p>
    </div>
  );
}

export function ResendLinkForm({ ticketId, labels }: { ticketId: number; labels: { resend: string; resending: string } }) {
  const [state, dispatch] = useActionState(resendPublicLinkAction, undefined);
  return (
    <form action={dispatch} className="space-y-2" data-testid="public-link-resend">
      <input type="hidden" name="id" value={ticketId} />
      <div>
        <SubmitButton variant="secondary" size="sm" pendingLabel={labels.resending} className="text-left whitespace-normal!">
          <Mail aria-hidden /> {labels.resend}
        </SubmitButton>
      </div>
      {state?.message && (
        <Alert tone={state.ok ? 'success' : 'warning'} data-testid="public-link-resend-result">
          {state.message}
        </Alert>
      )}
    </form>
  );
}

type RegenerateLabels = { regenerate: string; regenerateTitle: string; regenerateBody: string; regenerateConfirm: string; cancel: string };

export function RegenerateLinkForm({ ticketId, labels }: { ticketId: number; labels: RegenerateLabels }) {
  const [state, dispatch] = useActionState(regeneratePublicLinkAction, undefined);
  return (
    <div className="space-y-2" data-testid="public-link-regenerate">
      <div>
        <ConfirmDialog
          triggerLabel={labels.regenerate}
          triggerVariant="ghost"
          triggerSize="sm"
          title={labels.regenerateTitle}
          body={labels.regenerateBody}
          confirmLabel={labels.regenerateConfirm}
          cancelLabel={labels.cancel}
          variant="danger"
          formAction={dispatch}
          hiddenFields={{ id: String(ticketId) }}
        />
      </div>
      {state?.message && (
        <Alert tone={state.ok ? 'success' : 'danger'} data-testid="public-link-regenerate-result">
          <RefreshCw aria-hidden className="mr-1 inline size-4" />
          {state.message}
        </Alert>
      )}
    </div>
  );
}
