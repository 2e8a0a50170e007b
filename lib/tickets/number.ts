export const TICKET_PREFIX = 'SC-';

/** SC-000042: the id is the number (see docs/decisions/0001-foundation.md). */
export function formatTicketNumber(id: number): string {
  return `${TICKET_PREFIX}${String(id).padStart(6, '0')}`;
}

/** Accepts "SC-000042", "sc 42", "000042" or "42"; null when it is not a ticket number. */
export function parseTicketNumber(input: string): number | null {
  const match = /^\s*(?:sc[-\s]?)?0*(\d{1,12})\s*$/i.exec(input);
  if (!match) return null;
  const n = Number(match[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** The detail page's address: /tickets/SC-000042 (the page accepts "42" too). */
export function ticketHref(id: number, suffix: '' | '/edit' | '/print' | '/certificate' = ''): string {
  return `/tickets/${formatTicketNumber(id)}${suffix}`;
}
