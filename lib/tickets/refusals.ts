import { refusals } from '@/lib/domain/errors';
import type { Messages } from '@/lib/i18n/messages';

type TicketField = keyof Messages['tickets']['fields'];

/** The ticket's refusals, worded from t.tickets.errors; a conflict names the fields in the user's language. */
export const refuse = refusals('ticket', {
  not_found: (_: object, t) => ({ message: t.tickets.errors.notFound }),
  forbidden: (_: object, t) => ({ message: t.tickets.errors.forbidden }),
  move_not_allowed: (_: object, t) => ({ message: t.tickets.errors.moveNotAllowed }),
  has_payments: (_: object, t) => ({ message: t.tickets.errors.hasPayments }),
  /** A client, department or assignee that points at nothing usable: the field says which. */
  references_invalid: ({ fields }: { fields: ('clientId' | 'departmentId' | 'assigneeId')[] }, t) => {
    const words = { clientId: t.tickets.errors.clientInvalid, departmentId: t.tickets.errors.departmentInvalid, assigneeId: t.tickets.errors.assigneeInvalid };
    return { message: words[fields[0]], fieldErrors: Object.fromEntries(fields.map((f) => [f, [words[f]]])) };
  },
  link_no_email: (_: object, t) => ({ message: t.publicStatus.links.noEmail }),
  link_no_consent: (_: object, t) => ({ message: t.publicStatus.links.noConsent }),
  conflict: ({ fields }: { fields: string[] }, t) => {
    const names = fields.map((f) => t.tickets.fields[f as TicketField] ?? f).join(', ');
    return { message: names ? t.tickets.errors.conflict(names) : t.tickets.errors.conflictNoFields };
  },
});
