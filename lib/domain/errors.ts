import type { Messages } from '@/lib/i18n/messages';

/** What the user reads when a rule refuses: a message, and the fields it belongs to if any. */
export type Refusal = { message: string; fieldErrors?: Record<string, string[]> };

type Explanations = Record<string, (params: never, t: Messages) => Refusal>;

/**
 * The one way a command says no: a code ("ticket.conflict"), its parameters, and how to say it
 * in the user's language. Nothing is written when it is thrown (commands throw inside their
 * transaction); `staffAction` turns it into the form's message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly params: unknown,
    private readonly explanation: (t: Messages) => Refusal,
  ) {
    super(`refused: ${code}`);
    this.name = 'DomainError';
  }

  explain(t: Messages): Refusal {
    return this.explanation(t);
  }
}

/**
 * A domain's refusals, each with the parameters it needs and its wording from the catalog:
 *   export const refuse = refusals('ticket', { not_found: (_: object, t) => ({ message: t.tickets.errors.notFound }) });
 *   throw refuse('not_found', {});
 */
export function refusals<E extends Explanations>(domain: string, explanations: E) {
  return <K extends keyof E & string>(code: K, params: Parameters<E[K]>[0]): DomainError =>
    new DomainError(`${domain}.${code}`, params, (t) => explanations[code](params as never, t));
}
