import { refusals } from '@/lib/domain/errors';

/** Why a change to a department is refused, in the user's words. */
export const refuse = refusals('department', {
  not_found: (_: object, t) => ({ message: t.errors.notFound }),
  name_taken: (_: object, t) => ({ message: t.departments.nameTaken, fieldErrors: { name: [t.departments.nameTaken] } }),
  in_use: ({ employees, tickets }: { employees: number; tickets: number }, t) => ({ message: t.departments.deleteBlocked(employees, tickets) }),
});
