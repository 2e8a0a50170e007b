import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import { db } from '@/db';
import { preparedRead } from '@/db/prepared';
import { clients, departments, employees, ticketEvents, tickets } from '@/db/tables';
import type { EventKind, Role } from '@/lib/domain/enums';
import type { Writer } from './audit';
import { first, one } from '@/db/exec';

export type Actor = { id: number; fullName: string; role: Role };
export type Ticket = typeof tickets.$inferSelect;
export type NewTicket = typeof tickets.$inferInsert;
/** A change to a ticket row; the command decides what it means and bumps the version itself. */
export type TicketPatch = Partial<Omit<NewTicket, 'id'>>;

/** 144 random bits, URL-safe: the only key of the client's public page. */
export function newPublicToken(): string {
  return randomBytes(18).toString('base64url');
}

/** The row a command is about to change, read inside its transaction. */
export async function findTicket(writer: Writer, id: number): Promise<Ticket | undefined> {
  return await first(writer.select().from(tickets).where(eq(tickets.id, id)).limit(1));
}

/** The ticket behind a public link, read inside a command's transaction (the client's decision). */
export async function findTicketByToken(writer: Writer, token: string): Promise<Ticket | undefined> {
  return await first(writer.select().from(tickets).where(eq(tickets.publicToken, token)).limit(1));
}

export async function insertTicketRow(writer: Writer, values: NewTicket): Promise<Ticket> {
  return await one(writer.insert(tickets).values(values).returning());
}

/** Updates the row; with `expectedVersion`, only while it is still that version (else it throws, and the transaction rolls back). */
export async function updateTicketRow(writer: Writer, id: number, patch: TicketPatch, expectedVersion?: number): Promise<Ticket> {
  const where = expectedVersion === undefined ? eq(tickets.id, id) : and(eq(tickets.id, id), eq(tickets.version, expectedVersion));
  return await one(writer.update(tickets).set(patch).where(where).returning());
}

/** Activity on the ticket (a comment, a file): it moves up in "recently updated". */
export async function touchTicket(writer: Writer, id: number, at = new Date()) {
  await writer.update(tickets).set({ updatedAt: at }).where(eq(tickets.id, id));
}

/** Events (and attachment rows) cascade. */
export async function deleteTicketRow(writer: Writer, id: number) {
  await writer.delete(tickets).where(eq(tickets.id, id));
}

export type TicketEventInput = Omit<typeof ticketEvents.$inferInsert, 'ticketId' | 'actorId' | 'actorName'>;

/**
 * The actor's name goes in with their id, as the audit log keeps it: it outlives the employee row.
 * Returns the event's id (a staff message keys its outbox row by it).
 */
export async function insertTicketEvent(writer: Writer, ticketId: number, actor: { id: number; fullName: string } | null, event: TicketEventInput): Promise<number> {
  return (await one(
    writer
      .insert(ticketEvents)
      .values({ ...event, ticketId, actorId: actor?.id ?? null, actorName: actor?.fullName ?? null })
      .returning({ id: ticketEvents.id }),
  )).id;
}

/** The ticket fields an event says it changed, named as a conflict names them. */
function fieldsOf(event: { kind: EventKind; fields: string[] | null }): string[] {
  if (event.kind === 'status_changed') return ['status'];
  if (event.kind === 'assigned') return ['assigneeId'];
  if (event.kind === 'field_changed') return event.fields ?? [];
  return [];
}

/**
 * What others changed after the editor loaded `version`, read from the timeline rather than from
 * the form, so the editor's own changes are never named. Null when some later version has no event
 * that carries it (written before events recorded versions): the timeline cannot explain the gap.
 */
export async function changedSince(writer: Writer, ticket: Ticket, version: number): Promise<string[] | null> {
  const events = await writer
    .select({ kind: ticketEvents.kind, fields: ticketEvents.fields, ticketVersion: ticketEvents.ticketVersion })
    .from(ticketEvents)
    .where(and(eq(ticketEvents.ticketId, ticket.id), gt(ticketEvents.ticketVersion, version)))
    .orderBy(asc(ticketEvents.ticketVersion), asc(ticketEvents.id));
  const explained = new Set(events.map((e) => e.ticketVersion));
  for (let v = version + 1; v <= ticket.version; v++) if (!explained.has(v)) return null;
  return [...new Set(events.flatMap(fieldsOf))];
}

const ticketById = preparedRead(['id'], (on, p) => on.select().from(tickets).where(eq(tickets.id, p.id)).limit(1));

export async function getTicket(id: number): Promise<Ticket | undefined> {
  return (await ticketById({ id }))[0];
}

const eventsOfTicket = preparedRead(['ticketId'], (on, p) =>
  on.select().from(ticketEvents).where(eq(ticketEvents.ticketId, p.ticketId)).orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.id)),
);

export async function listTicketEvents(ticketId: number) {
  return await eventsOfTicket({ ticketId });
}

/**
 * Serial numbers are stored as typed (trimmed by the form). The device history and the warranty
 * look-up compare them trimmed and regardless of case, yet through tickets_serial_idx (a plain
 * BINARY index, which `lower(serial_number) = ?` or COLLATE NOCASE could not use): the serial is
 * looked up as typed, in upper case and in lower case, an IN of up to three index probes. A serial
 * stored in mixed case is found only when typed the same way.
 */
export function serialVariants(serial: string | null | undefined): string[] {
  const trimmed = serial?.trim() ?? '';
  if (!trimmed) return [];
  return [...new Set([trimmed, trimmed.toUpperCase(), trimmed.toLowerCase()])];
}

// Prepared: every ticket page with a serial number reads it. The three variants of serialVariants,
// repeated when they coincide, keep the statement one shape.
const ticketsWithSerial = preparedRead(['serial', 'upper', 'lower', 'exceptId'], (on, p) =>
  on
    .select({
      id: tickets.id,
      title: tickets.title,
      status: tickets.status,
      createdAt: tickets.createdAt,
      closedAt: tickets.closedAt,
      outcome: tickets.outcome,
      // The outer id is written out: in a select without joins drizzle renders ${tickets.id} as a
      // bare "id", which binds to ticket_lines' own id (every visit then showed the same warranty).
      warrantyDays: sql<number | null>`(SELECT max(l.warranty_days) FROM ticket_lines l WHERE l.ticket_id = tickets.id)`,
    })
    .from(tickets)
    .where(and(inArray(tickets.serialNumber, [p.serial, p.upper, p.lower]), ne(tickets.id, p.exceptId)))
    .orderBy(desc(tickets.createdAt))
    .limit(20),
);

/**
 * Device history: the 20 latest other tickets for the same serial number / IMEI (trimmed, any case:
 * see serialVariants), with what their warranty needs: the closing and the longest line warranty.
 */
export async function listTicketsWithSerial(serialNumber: string, exceptId: number) {
  const variants = serialVariants(serialNumber);
  if (variants.length === 0) return [];
  const [serial, upper = serial, lower = upper] = variants;
  return await ticketsWithSerial({ serial, upper, lower, exceptId });
}

/** Which of a ticket's references do not point at a usable record (the assignee must be active). */
export async function invalidTicketReferences(refs: { clientId?: number; departmentId?: number; assigneeId?: number | null }) {
  const missing = async (query: PromiseLike<unknown[]>) => (await query).length === 0;
  return {
    clientId: refs.clientId !== undefined && (await missing(db().select({ id: clients.id }).from(clients).where(eq(clients.id, refs.clientId)).limit(1))),
    departmentId:
      refs.departmentId !== undefined && (await missing(db().select({ id: departments.id }).from(departments).where(eq(departments.id, refs.departmentId)).limit(1))),
    assigneeId:
      refs.assigneeId != null &&
      (await missing(db().select({ id: employees.id }).from(employees).where(and(eq(employees.id, refs.assigneeId), eq(employees.active, true))).limit(1))),
  };
}
