import 'server-only';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import { clients, ticketEvents, tickets } from '@/db/schema';

/**
 * The only reads behind the client's public pages. Each selects the public fields by name, so a
 * column added to `tickets` later stays private until someone adds it here on purpose: no costs,
 * no description or diagnosis, no people (staff or client), no internal events. The serial number
 * leaves SQLite only as its last four characters, and only when it has eight or more.
 */

/** URL-safe base64 of at least 16 random bytes; anything else is not looked up at all. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22,64}$/;

export function isTokenShaped(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

export function getPublicTicket(token: string) {
  if (!isTokenShaped(token)) return undefined;
  return db()
    .select({
      id: tickets.id,
      kind: tickets.kind,
      title: tickets.title,
      deviceType: tickets.deviceType,
      brand: tickets.brand,
      model: tickets.model,
      // Enough for the client to recognise their device, useless to anyone else.
      serialTail: sql<string | null>`CASE WHEN length(${tickets.serialNumber}) >= 8 THEN substr(${tickets.serialNumber}, -4) END`,
      status: tickets.status,
      dueDate: tickets.dueDate,
      createdAt: tickets.createdAt,
      closedAt: tickets.closedAt,
      // The language the client chose: the link-preview card is drawn in it (messenger bots send none).
      locale: clients.locale,
    })
    .from(tickets)
    .innerJoin(clients, eq(clients.id, tickets.clientId))
    .where(eq(tickets.publicToken, token))
    .get();
}

export type PublicTicket = NonNullable<ReturnType<typeof getPublicTicket>>;

/** Registration, status changes and public comments; never who did them. Oldest first. */
export function listPublicEvents(ticketId: number) {
  return db()
    .select({
      id: ticketEvents.id,
      kind: ticketEvents.kind,
      toValue: ticketEvents.toValue,
      body: sql<string | null>`CASE WHEN ${ticketEvents.kind} = 'comment' THEN ${ticketEvents.body} END`,
      createdAt: ticketEvents.createdAt,
    })
    .from(ticketEvents)
    .where(
      and(
        eq(ticketEvents.ticketId, ticketId),
        or(inArray(ticketEvents.kind, ['created', 'status_changed']), and(eq(ticketEvents.kind, 'comment'), eq(ticketEvents.isPublic, true))),
      ),
    )
    .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.id))
    .all();
}

export type PublicEvent = ReturnType<typeof listPublicEvents>[number];

/**
 * The lookup: the token of ticket `ticketId` if its client has this phone (E.164) or e-mail
 * (lower case). Only the token leaves the query, so a hit reveals nothing the link would not.
 */
export function findPublicToken(ticketId: number, contact: { phone: string | null; email: string | null }): string | undefined {
  const matches = [contact.phone ? eq(clients.phone, contact.phone) : undefined, contact.email ? eq(clients.email, contact.email) : undefined].filter(
    (c) => c !== undefined,
  );
  if (matches.length === 0) return undefined;
  return db()
    .select({ token: tickets.publicToken })
    .from(tickets)
    .innerJoin(clients, eq(clients.id, tickets.clientId))
    .where(and(eq(tickets.id, ticketId), or(...matches)))
    .get()?.token;
}
