import { refusals } from '@/lib/domain/errors';

/** /replies' refusals, worded from t.replies. */
export const refuse = refusals('inbound', {
  forbidden: (_: object, t) => ({ message: t.errors.forbidden }),
  not_quarantined: (_: object, t) => ({ message: t.replies.errors.notQuarantined }),
  ticket_not_found: (_: object, t) => ({ message: t.replies.errors.ticketNotFound, fieldErrors: { ticket: [t.replies.errors.ticketNotFound] } }),
});
