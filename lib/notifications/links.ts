import { env } from '@/lib/env';
import { ticketHref } from '@/lib/tickets/number';

/** Absolute links for e-mails, built from APP_URL (which may carry a path prefix). */
function base(): string {
  return env().APP_URL.replace(/\/+$/, '');
}

/** The path part of a status link, the part that changes when staff regenerate the link. */
export function publicStatusPath(publicToken: string): string {
  return `/status/${encodeURIComponent(publicToken)}`;
}

/** The client's public status page: the token is the only key, no sign-in. */
export function publicStatusUrl(publicToken: string): string {
  return `${base()}${publicStatusPath(publicToken)}`;
}

export function staffTicketUrl(ticketId: number): string {
  return `${base()}${ticketHref(ticketId)}`;
}

export function myOpenTicketsUrl(): string {
  return `${base()}/tickets?assignee=me&status=open`;
}
