import type { Messages } from '@/lib/i18n/messages';
import type { EmployeeProblem } from './commands';

/** What the user reads when a rule refuses a change: what blocks it and what to do instead. */
export function employeeProblemMessage(problem: EmployeeProblem, t: Messages): { message: string; fieldErrors?: Record<string, string[]> } {
  const e = t.employees.errors;
  switch (problem.kind) {
    case 'not_found':
      return { message: e.notFound };
    case 'email_taken':
      return { message: t.employees.checkFields, fieldErrors: { email: [t.validation.taken] } };
    case 'unknown_department':
      return { message: t.employees.checkFields, fieldErrors: { departmentId: [t.validation.invalid_choice] } };
    case 'last_admin':
      return { message: { demote: e.lastAdminDemote, deactivate: e.lastAdminDeactivate, delete: e.lastAdminDelete }[problem.action] };
    case 'self':
      return { message: problem.action === 'delete' ? e.selfDelete : e.selfDeactivate };
    case 'tickets':
      return { message: e.hasTickets(problem.count) };
  }
}
