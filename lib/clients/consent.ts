/**
 * What a client's notification consent amounts to. Mail is the only channel, so consent without
 * an address reaches no one: the pages say so instead of "yes, by e-mail".
 */
export type NotifyConsent = 'by_email' | 'no_email' | 'declined';

export function notifyConsentOf(client: { notify: boolean; email: string | null }): NotifyConsent {
  if (!client.notify) return 'declined';
  return client.email ? 'by_email' : 'no_email';
}
