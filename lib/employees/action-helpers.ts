import { UserError } from '@/lib/action';
import { getT } from '@/lib/i18n/server';
import { EmployeeRuleError } from './commands';
import { employeeProblemMessage } from './messages';

/** Runs a command; a refused rule becomes a UserError in the caller's language, shown on the form. */
export async function applyEmployeeRules<T>(command: () => T): Promise<T> {
  try {
    return command();
  } catch (error) {
    if (!(error instanceof EmployeeRuleError)) throw error;
    const { message, fieldErrors } = employeeProblemMessage(error.problem, await getT());
    throw new UserError(message, fieldErrors);
  }
}
