'use client';

import { OneButtonForm } from '@/components/forms/one-button-form';
import type { ActionState } from '@/lib/action';

type Props = {
  action: (prev: ActionState | undefined, form: FormData) => Promise<ActionState>;
  employeeId: number;
  labels: { body: string; submit: string };
  danger?: boolean;
};

/** Deactivate or reactivate; a refusal (the last administrator, oneself) is shown here. */
export function ActivationForm({ action, employeeId, labels, danger }: Props) {
  return <OneButtonForm id="activation-form" action={action} fields={{ id: employeeId }} body={labels.body} submit={labels.submit} danger={danger} />;
}
