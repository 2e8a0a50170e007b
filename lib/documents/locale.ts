import type { Locale, Status, TicketOutcome } from '@/lib/domain/enums';

/**
 * A handover document goes home with the client: in their language, unless the desk picks
 * another on the print page; without a client, in the staff member's.
 */
export function documentLocale(picked: Locale | undefined, clientLocale: Locale | undefined, staffLocale: Locale): Locale {
  return picked ?? clientLocale ?? staffLocale;
}

export type HandoverDocument = 'certificate' | 'refusal';

/** Declined estimate → the refusal note (returned without repair); otherwise the completion certificate. */
export function handoverDocument(ticket: { outcome: TicketOutcome | null }): HandoverDocument {
  return ticket.outcome === 'returned_without_repair' ? 'refusal' : 'certificate';
}

/** The ticket page links the document once the device can be handed over, and after. */
export function handoverDocumentReady(ticket: { status: Status }): boolean {
  return ticket.status === 'ready' || ticket.status === 'closed';
}

/** `/tickets/SC-000042/certificate`: the handover document of a ticket. */
export function certificateHref(ticketHref: string): string {
  return `${ticketHref}/certificate`;
}
