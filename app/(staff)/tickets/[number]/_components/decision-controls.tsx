'use client';

import { useActionState } from 'react';
import { Alert, ConfirmDialog } from '@/components/ui';
import type { EstimateDecision, Locale } from '@/lib/domain/enums';
import { overrideDecisionAction, recordPhoneDecisionAction } from '../../line-actions';
import { estimatesFor } from './estimate-labels';

type Props = {
  ticketId: number;
  /** The version shown: a phone decision is bound to it, so a version replaced meanwhile is refused. */
  version: number;
  phone: boolean;
  /** The decision an override would record (the opposite of the current one), or null when none is offered. */
  override: EstimateDecision | null;
  locale: Locale;
};

function ReasonField({ name, label, required, testId }: { name: string; label: string; required?: boolean; testId: string }) {
  return (
    <label className="mt-3 grid gap-1.5 text-sm font-medium text-slate-800">
      {label}
      <textarea name={name} rows={2} required={required} maxLength={500} className="rounded-md border border-slate-300 px-3 py-2 font-normal" data-testid={testId} />
    </label>
  );
}

/** "Client approved / declined by phone" while the client decides; a manager's override afterwards. */
export function DecisionControls({ ticketId, version, phone, override, locale }: Props) {
  const { ui, decisions, fields: f } = estimatesFor(locale);
  const [phoneState, decide, deciding] = useActionState(recordPhoneDecisionAction, undefined);
  const [overrideState, overrule, overruling] = useActionState(overrideDecisionAction, undefined);
  if (!phone && !override) return null;
  const refusal = [phoneState, overrideState].find((s) => s && !s.ok && s.message)?.message;
  const fields = (decision: EstimateDecision) => ({ ticketId: String(ticketId), version: String(version), decision });
  return (
    <div className="space-y-2" data-testid="decision-controls">
      {refusal && (
        <Alert tone="danger" data-testid="decision-error">
          {refusal}
        </Alert>
      )}
      <div className="flex flex-wrap gap-2">
        {phone && (
          <>
            <ConfirmDialog
              triggerLabel={ui.phoneApprove}
              triggerVariant="primary"
              triggerSize="sm"
              triggerTestId="phone-approve"
              title={ui.phoneApproveTitle(version)}
              body={
                <>
                  <p>{ui.phoneApproveBody}</p>
                  <ReasonField name="reason" label={ui.reasonOptional} testId="phone-approve-reason" />
                </>
              }
              confirmLabel={ui.phoneApprove}
              cancelLabel={ui.cancel}
              variant="primary"
              formAction={decide}
              hiddenFields={fields('approved')}
              disabled={deciding}
            />
            <ConfirmDialog
              triggerLabel={ui.phoneDecline}
              triggerVariant="secondary"
              triggerSize="sm"
              triggerTestId="phone-decline"
              title={ui.phoneDeclineTitle(version)}
              body={
                <>
                  <p>{ui.phoneDeclineBody}</p>
                  <ReasonField name="reason" label={ui.reasonOptional} testId="phone-decline-reason" />
                </>
              }
              confirmLabel={ui.phoneDecline}
              cancelLabel={ui.cancel}
              variant="danger"
              formAction={decide}
              hiddenFields={fields('declined')}
              disabled={deciding}
            />
          </>
        )}
        {override && (
          <ConfirmDialog
            triggerLabel={ui.override}
            triggerVariant="secondary"
            triggerSize="sm"
            triggerTestId="decision-override"
            title={ui.overrideTitle(decisions[override])}
            body={
              <>
                <p>{ui.overrideBody}</p>
                <ReasonField name="reason" label={f.overrideReason} required testId="decision-override-reason" />
              </>
            }
            confirmLabel={ui.override}
            cancelLabel={ui.cancel}
            variant="primary"
            formAction={overrule}
            hiddenFields={{ ticketId: String(ticketId), decision: override }}
            disabled={overruling}
          />
        )}
      </div>
    </div>
  );
}
