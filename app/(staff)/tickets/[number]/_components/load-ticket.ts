import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getTicket } from '@/db/queries/tickets';
import { parseTicketNumber } from '@/lib/tickets/number';

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The ticket of a `/tickets/[number]` route ("SC-000042" or "42"), or the 404 page. Once per request. */
export const loadTicketOrNotFound = cache(async (rawNumber: string) => {
  const id = parseTicketNumber(decodeSegment(rawNumber));
  const ticket = id === null ? undefined : await getTicket(id);
  if (!ticket) notFound();
  return ticket;
});
