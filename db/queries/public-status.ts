import 'server-only';
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import { clients, estimates, ticketEvents, tickets } from '@/db/tables';
import type { EstimateLine } from '@/lib/domain/estimate-line';
import { first } from '@/db/exec';
import { greatest, jsonNumber, jsonText, lastCharacters } from '@/db/dialect';

/**
 * The only reads behind the client's public pages. Each selects the public fields by name, so a
 * column added to `tickets` later stays private until someone adds it here on purpose: no costs,
 * no description or diagnosis, no people (staff or client), no internal events. The serial number
 * leaves SQLite only as its last four characters, and only when it has eight or more. The one
 * price the client sees is the estimate sent to them, as it was frozen (getPublicEstimate); of the
 * payments, only what is left to pay at pick-up (never the payments themselves).
 */

/** URL-safe base64 of at least 16 random bytes; anything else is not looked up at all. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22,64}$/;

export function isTokenShaped(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

export async function getPublicTicket(token: string) {
  if (!isTokenShaped(token)) return undefined;
  return await first(
    db()
      .select({
        id: tickets.id,
        kind: tickets.kind,
        title: tickets.title,
        deviceType: tickets.deviceType,
        brand: tickets.brand,
        model: tickets.model,
        // Enough for the client to recognise their device, useless to anyone else.
        serialTail: sql<string | null>`CASE WHEN length(${tickets.serialNumber}) >= 8 THEN ${lastCharacters(tickets.serialNumber, 4)} END`,
        status: tickets.status,
        dueDate: tickets.dueDate,
        createdAt: tickets.createdAt,
        closedAt: tickets.closedAt,
        // "Returned without repair" after the client declined the estimate.
        outcome: tickets.outcome,
        // What is left to pay at pick-up (the total less what was paid), never below zero.
        balanceDueMinor: sql<number>`${greatest(sql`coalesce(${tickets.estimateMinor}, 0) - ${tickets.paidMinor}`, 0)}`,
        currency: tickets.currency,
        // The language the client chose: the link-preview card is drawn in it (messenger bots send none).
        locale: clients.locale,
      })
      .from(tickets)
      .innerJoin(clients, eq(clients.id, tickets.clientId))
      .where(eq(tickets.publicToken, token))
      .limit(1),
  );
}

export type PublicTicket = NonNullable<Awaited<ReturnType<typeof getPublicTicket>>>;

/**
 * The kinds of event the client sees; the estimate's own lines and withdrawals stay internal. An
 * override is shown as the decision it now is (never who made it or why), so the client's page
 * does not keep saying "you approved" after the service center recorded otherwise.
 */
const PUBLIC_KINDS = ['created', 'status_changed', 'estimate_sent', 'estimate_decided', 'decision_overridden'] as const;
const ESTIMATE_KINDS = sql`${ticketEvents.kind} IN ('estimate_sent', 'estimate_decided', 'decision_overridden')`;
/** Shown with their text when public: comments, the client's own messages and staff's answers (issue 18). */
const MESSAGE_KINDS = ['comment', 'client_message', 'staff_message'] as const;

/**
 * Registration, status changes, the estimates sent and the client's decisions, public comments,
 * the client's messages and staff's answers to them; never who did them. Of an estimate event only its version, total and channel leave
 * the details (no reason, no employee). Oldest first.
 */
export async function listPublicEvents(ticketId: number) {
  return await db()
    .select({
      id: ticketEvents.id,
      kind: ticketEvents.kind,
      toValue: ticketEvents.toValue,
      body: sql<string | null>`CASE WHEN ${ticketEvents.kind} IN ('comment', 'client_message', 'staff_message') THEN ${ticketEvents.body} END`,
      // How the client wrote (e-mail or Telegram): their own message's channel, nothing of staff's.
      clientVia: sql<string | null>`CASE WHEN ${ticketEvents.kind} = 'client_message' THEN ${jsonText(ticketEvents.details, 'via')} END`,
      estimateVersion: sql<number | null>`CASE WHEN ${ESTIMATE_KINDS} THEN ${jsonNumber(ticketEvents.details, 'version')} END`,
      estimateTotalMinor: sql<number | null>`CASE WHEN ${ESTIMATE_KINDS} THEN ${jsonNumber(ticketEvents.details, 'totalMinor')} END`,
      estimateCurrency: sql<string | null>`CASE WHEN ${ESTIMATE_KINDS} THEN ${jsonText(ticketEvents.details, 'currency')} END`,
      decidedVia: sql<string | null>`CASE WHEN ${ticketEvents.kind} = 'estimate_decided' THEN ${jsonText(ticketEvents.details, 'via')} END`,
      createdAt: ticketEvents.createdAt,
    })
    .from(ticketEvents)
    .where(
      and(
        eq(ticketEvents.ticketId, ticketId),
        or(inArray(ticketEvents.kind, [...PUBLIC_KINDS]), and(inArray(ticketEvents.kind, [...MESSAGE_KINDS]), eq(ticketEvents.isPublic, true))),
      ),
    )
    .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.id));
}

export type PublicEvent = Awaited<ReturnType<typeof listPublicEvents>>[number];

/** One line of the estimate as the client sees it: no price-list code, no link to the catalog. */
export type PublicEstimateLine = Pick<EstimateLine, 'kind' | 'name' | 'quantity' | 'unitPriceMinor' | 'discountMinor' | 'totalMinor' | 'warrantyDays'>;

/**
 * The ticket's newest estimate version as it was sent to the client: its lines, discount, total
 * and the diagnosis frozen with it, its state and when and how it was decided. Never who took a
 * decision by phone, their reason, or the department.
 */
export async function getPublicEstimate(ticketId: number) {
  const row = await first(
    db()
      .select({
        version: estimates.version,
        lines: estimates.lines,
        discountMinor: estimates.discountMinor,
        totalMinor: estimates.totalMinor,
        currency: estimates.currency,
        diagnosis: estimates.diagnosis,
        state: estimates.state,
        decidedAt: estimates.decidedAt,
        decidedVia: estimates.decidedVia,
      })
      .from(estimates)
      .where(eq(estimates.ticketId, ticketId))
      .orderBy(desc(estimates.version))
      .limit(1),
  );
  if (!row) return undefined;
  const lines: PublicEstimateLine[] = row.lines.map((l) => ({
    kind: l.kind,
    name: l.name,
    quantity: l.quantity,
    unitPriceMinor: l.unitPriceMinor,
    discountMinor: l.discountMinor,
    totalMinor: l.totalMinor,
    warrantyDays: l.warrantyDays,
  }));
  return { ...row, lines };
}

export type PublicEstimate = NonNullable<Awaited<ReturnType<typeof getPublicEstimate>>>;

/**
 * The lookup: the token of ticket `ticketId` if its client has this phone (E.164) or e-mail
 * (lower case). Only the token leaves the query, so a hit reveals nothing the link would not.
 */
export async function findPublicToken(ticketId: number, contact: { phone: string | null; email: string | null }): Promise<string | undefined> {
  const matches = [contact.phone ? eq(clients.phone, contact.phone) : undefined, contact.email ? eq(clients.email, contact.email) : undefined].filter(
    (c) => c !== undefined,
  );
  if (matches.length === 0) return undefined;
  return (await first(
    db()
      .select({ token: tickets.publicToken })
      .from(tickets)
      .innerJoin(clients, eq(clients.id, tickets.clientId))
      .where(and(eq(tickets.id, ticketId), or(...matches)))
      .limit(1),
  ))?.token;
}
