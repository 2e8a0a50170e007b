import { refusals } from '@/lib/domain/errors';

type AdminAction = 'demote' | 'deactivate' | 'delete';

/** Why a change to an employee (or to one's own profile and sessions) is refused, in the user's words. */
export const refuse = refusals('employee', {
  not_found: (_: object, t) => ({ message: t.employees.errors.notFound }),
  email_taken: (_: object, t) => ({ message: t.employees.checkFields, fieldErrors: { email: [t.validation.taken] } }),
  unknown_department: (_: object, t) => ({ message: t.employees.checkFields, fieldErrors: { departmentId: [t.validation.invalid_choice] } }),
  last_admin: ({ action }: { action: AdminAction }, t) => {
    const e = t.employees.errors;
    return { message: { demote: e.lastAdminDemote, deactivate: e.lastAdminDeactivate, delete: e.lastAdminDelete }[action] };
  },
  self: ({ action }: { action: 'deactivate' | 'delete' }, t) => ({
    message: action === 'delete' ? t.employees.errors.selfDelete : t.employees.errors.selfDeactivate,
  }),
  tickets: ({ count }: { count: number }, t) => ({ message: t.employees.errors.hasTickets(count) }),
  session_not_found: (_: object, t) => ({ message: t.employees.sessions.notFound }),
  password_attempts: (_: object, t) => ({ message: t.employees.profile.locked }),
  wrong_current_password: (_: object, t) => ({
    message: t.employees.profile.wrongCurrent,
    fieldErrors: { currentPassword: [t.employees.profile.wrongCurrent] },
  }),
  password_mismatch: (_: object, t) => ({ message: t.employees.profile.mismatch, fieldErrors: { confirmPassword: [t.employees.profile.mismatch] } }),
  same_password: (_: object, t) => ({
    message: t.employees.profile.sameAsCurrent,
    fieldErrors: { newPassword: [t.employees.profile.sameAsCurrent] },
  }),
});
