import { Alert } from '@/components/ui';
import type { ActionState } from '@/lib/action';
import { ErrorSummary } from './error-summary';

/**
 * The form-level result of an action, at the top of the form: the summary of the fields to fix
 * (each Field shows its own error too), or the form's message. A message that only repeats a
 * field's error is left to the summary.
 */
export function FormMessage({ state }: { state: ActionState | undefined }) {
  const hasFieldErrors = Object.values(state?.fieldErrors ?? {}).some((messages) => messages?.length);
  const repeatsAField = hasFieldErrors && Object.values(state?.fieldErrors ?? {}).some((messages) => messages?.[0] === state?.message);
  return (
    <>
      {hasFieldErrors && <ErrorSummary state={state} />}
      {state?.message && !repeatsAField && <Alert tone={state.ok ? 'success' : 'danger'}>{state.message}</Alert>}
    </>
  );
}
