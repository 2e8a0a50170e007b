import { Alert } from '@/components/ui';
import type { ActionState } from '@/lib/action';

/** The form-level message of an action's result (field errors are shown by each Field). */
export function FormMessage({ state }: { state: ActionState | undefined }) {
  if (!state?.message) return null;
  return <Alert tone={state.ok ? 'success' : 'danger'}>{state.message}</Alert>;
}
