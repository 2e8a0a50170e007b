import { refusals } from '@/lib/domain/errors';

/** Why a change to a client is refused, in the user's words. */
export const refuse = refusals('client', {
  not_found: (_: object, t) => ({ message: t.clients.errors.notFound }),
  has_tickets: ({ tickets }: { tickets: number }, t) => ({ message: t.clients.errors.hasTickets(tickets) }),
});
