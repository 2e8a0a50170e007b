import { z } from 'zod';

/**
 * The ticket page's forms that are shown on request (components/ui/disclosure.tsx), by the value
 * of the page's `open` parameter: `/tickets/T-000042?open=new-payment` renders that one open, the
 * way there without JavaScript. Anything else in `open` is ignored.
 */
export const TICKET_REGIONS = ['new-line', 'discount', 'new-payment', 'refund', 'assignee'] as const;
export type TicketRegion = (typeof TICKET_REGIONS)[number];

const openParam = z.enum(TICKET_REGIONS).optional().catch(undefined);

/** Which region the address asks to open; a repeated or unknown value opens none. */
export function openRegion(value: unknown): TicketRegion | undefined {
  return openParam.parse(value);
}

/** What each card needs to place its regions: the one asked for, and the page's address. */
export type Regions = { open: TicketRegion | undefined; pageHref: string };

/** A Disclosure's placement props for one region. */
export function regionProps(regions: Regions, id: TicketRegion) {
  return { id, pageHref: regions.pageHref, initiallyOpen: regions.open === id };
}
