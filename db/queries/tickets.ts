import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gt, ne } from 'drizzle-orm';
import { db } from '@/db';
import { ticketEvents, tickets } from '@/db/schema';
import { diffFields } from '@/lib/audit-diff';
import type { EventKind, Role, Status } from '@/lib/domain/enums';
import { enqueueAssigned, enqueueStatusChanged, enqueueTicketCreated } from '@/lib/notifications/enqueue';
import { isMoveAllowed } from '@/lib/tickets/lifecycle';
import { canAssignTicket, canWorkOnTicket } from '@/lib/tickets/permissions';
import { EDITABLE_TICKET_FIELDS, type TicketEdit, type TicketIntake } from '@/lib/validation/tickets';
import { writeAudit, type Writer } from './audit';

export type Actor = { id: number; fullName: string; role: Role };
export type Ticket = typeof tickets.$inferSelect;

/** 144 random bits, URL-safe: the only key of the client's public page. */
export function newPublicToken(): string {
  return randomBytes(18).toString('base64url');
}

export class TicketNotFound extends Error {}
export class TicketForbidden extends Error {}
export class MoveNotAllowed extends Error {}
/** Someone saved the ticket after the editor opened it; nothing was written. */
export class TicketConflict extends Error {
  constructor(
    readonly current: Ticket,
    readonly changedFields: string[],
  ) {
    super('ticket changed since it was opened');
  }
}

function load(writer: Writer, id: number): Ticket {
  const ticket = writer.select().from(tickets).where(eq(tickets.id, id)).get();
  if (!ticket) throw new TicketNotFound();
  return ticket;
}

type EventInput = Omit<typeof ticketEvents.$inferInsert, 'ticketId' | 'actorId' | 'actorName'>;

/** The actor's name goes in with their id, as the audit log keeps it: it outlives the employee row. */
function addEvent(writer: Writer, ticketId: number, actor: Actor | null, event: EventInput) {
  writer.insert(ticketEvents).values({ ...event, ticketId, actorId: actor?.id ?? null, actorName: actor?.fullName ?? null }).run();
}

/** The ticket fields an event says it changed, named as TicketConflict names them. */
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
function changedSince(writer: Writer, ticket: Ticket, version: number): string[] | null {
  const events = writer
    .select({ kind: ticketEvents.kind, fields: ticketEvents.fields, ticketVersion: ticketEvents.ticketVersion })
    .from(ticketEvents)
    .where(and(eq(ticketEvents.ticketId, ticket.id), gt(ticketEvents.ticketVersion, version)))
    .orderBy(asc(ticketEvents.ticketVersion), asc(ticketEvents.id))
    .all();
  const explained = new Set(events.map((e) => e.ticketVersion));
  for (let v = version + 1; v <= ticket.version; v++) if (!explained.has(v)) return null;
  return [...new Set(events.flatMap(fieldsOf))];
}

/** Intake: the ticket, its 'created' (and 'assigned') events and the audit row commit together. */
export function createTicket(input: TicketIntake, actor: Actor): Ticket {
  return db().transaction((tx) => {
    const ticket = tx
      .insert(tickets)
      .values({ ...input, publicToken: newPublicToken(), createdById: actor.id, status: 'new' })
      .returning()
      .get();
    addEvent(tx, ticket.id, actor, { kind: 'created', toValue: 'new', ticketVersion: ticket.version });
    if (ticket.assigneeId !== null) {
      addEvent(tx, ticket.id, actor, { kind: 'assigned', fromValue: null, toValue: String(ticket.assigneeId), ticketVersion: ticket.version });
    }
    writeAudit(tx, { actor, entityType: 'ticket', entityId: ticket.id, action: 'create', changes: diffFields(null, ticket, EDITABLE_TICKET_FIELDS) });
    enqueueTicketCreated(tx, ticket, actor);
    return ticket;
  });
}

/** A status move checked against SPEC §2 and §3 inside the transaction that makes it. */
export function changeTicketStatus(id: number, to: Status, actor: Actor, expectedVersion?: number): Ticket {
  return db().transaction((tx) => {
    const ticket = load(tx, id);
    if (!canWorkOnTicket(actor, ticket)) throw new TicketForbidden();
    if (expectedVersion !== undefined && ticket.version !== expectedVersion) {
      // A move has no form to compare with: without the history, say only that something changed.
      throw new TicketConflict(ticket, changedSince(tx, ticket, expectedVersion) ?? []);
    }
    if (!isMoveAllowed({ from: ticket.status, to, kind: ticket.kind, role: actor.role })) throw new MoveNotAllowed();
    const updated = tx
      .update(tickets)
      .set({
        status: to,
        // Only a closed ticket has closed_at (a CHECK constraint): entering sets it, reopening clears it.
        closedAt: to === 'closed' ? new Date() : null,
        // The first time only: a ticket that comes back keeps its first time to ready.
        firstReadyAt: to === 'ready' && ticket.firstReadyAt === null ? new Date() : ticket.firstReadyAt,
        version: ticket.version + 1,
      })
      .where(eq(tickets.id, id))
      .returning()
      .get();
    addEvent(tx, id, actor, { kind: 'status_changed', fromValue: ticket.status, toValue: to, ticketVersion: updated.version });
    enqueueStatusChanged(tx, updated, ticket.status, to);
    return updated;
  });
}

export function assignTicket(id: number, assigneeId: number | null, actor: Actor): Ticket {
  return db().transaction((tx) => {
    const ticket = load(tx, id);
    if (!canAssignTicket(actor, ticket, assigneeId)) throw new TicketForbidden();
    if (ticket.assigneeId === assigneeId) return ticket;
    const updated = tx
      .update(tickets)
      .set({ assigneeId, version: ticket.version + 1 })
      .where(eq(tickets.id, id))
      .returning()
      .get();
    addEvent(tx, id, actor, {
      kind: 'assigned',
      fromValue: ticket.assigneeId === null ? null : String(ticket.assigneeId),
      toValue: assigneeId === null ? null : String(assigneeId),
      ticketVersion: updated.version,
    });
    enqueueAssigned(tx, updated, assigneeId, actor);
    return updated;
  });
}

export function addTicketComment(id: number, body: string, isPublic: boolean, actor: Actor) {
  db().transaction((tx) => {
    const ticket = load(tx, id);
    if (!canWorkOnTicket(actor, ticket)) throw new TicketForbidden();
    // A comment is activity on the ticket: it moves up in "recently updated".
    tx.update(tickets).set({ updatedAt: new Date() }).where(eq(tickets.id, id)).run();
    addEvent(tx, id, actor, { kind: 'comment', body, isPublic });
  });
}

type EditedFields = Omit<TicketEdit, 'id' | 'version'>;

/** The fields a stale edit is told about. */
function editConflictFields(writer: Writer, ticket: Ticket, version: number, submitted: EditedFields): string[] {
  // Fallback for history older than versioned events: every field where the row differs from the
  // form. It may name the editor's own changes too, and cannot see status or assignee moves.
  const differs = () => Object.keys(diffFields(submitted as Record<string, unknown>, ticket as unknown as Record<string, unknown>, EDITABLE_TICKET_FIELDS));
  return changedSince(writer, ticket, version) ?? differs();
}

/**
 * Saves an edit only if nobody saved the ticket since the editor loaded `version`; otherwise
 * throws TicketConflict naming the fields others changed, and writes nothing.
 */
export function updateTicket(input: TicketEdit, actor: Actor): Ticket {
  const { id, version, ...fields } = input;
  return db().transaction((tx) => {
    const ticket = load(tx, id);
    if (!canWorkOnTicket(actor, ticket)) throw new TicketForbidden();
    if (ticket.version !== version) throw new TicketConflict(ticket, editConflictFields(tx, ticket, version, fields));
    const changes = diffFields(ticket, { ...ticket, ...fields }, EDITABLE_TICKET_FIELDS);
    const names = Object.keys(changes);
    // An unchanged form writes nothing: a version with no event would be one no conflict can explain.
    if (names.length === 0) return ticket;
    const updated = tx
      .update(tickets)
      .set({ ...fields, version: ticket.version + 1 })
      .where(and(eq(tickets.id, id), eq(tickets.version, version)))
      .returning()
      .get();
    addEvent(tx, id, actor, { kind: 'field_changed', fields: names, ticketVersion: updated.version });
    writeAudit(tx, { actor, entityType: 'ticket', entityId: id, action: 'update', changes });
    return updated;
  });
}

export function deleteTicket(id: number, actor: Actor) {
  db().transaction((tx) => {
    const ticket = load(tx, id);
    tx.delete(tickets).where(eq(tickets.id, id)).run(); // events cascade
    writeAudit(tx, { actor, entityType: 'ticket', entityId: id, action: 'delete', changes: diffFields(ticket, null, EDITABLE_TICKET_FIELDS) });
  });
}

export function getTicket(id: number): Ticket | undefined {
  return db().select().from(tickets).where(eq(tickets.id, id)).get();
}

export function listTicketEvents(ticketId: number) {
  return db().select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticketId)).orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.id)).all();
}

/** Device history: other tickets for the same serial number / IMEI. */
export function listTicketsWithSerial(serialNumber: string, exceptId: number, limit = 20) {
  return db()
    .select({ id: tickets.id, title: tickets.title, status: tickets.status, createdAt: tickets.createdAt })
    .from(tickets)
    .where(and(eq(tickets.serialNumber, serialNumber), ne(tickets.id, exceptId)))
    .orderBy(desc(tickets.createdAt))
    .limit(limit)
    .all();
}

/** Which of a ticket's references do not point at a usable record (the assignee must be active). */
export function invalidTicketReferences(refs: { clientId?: number; departmentId?: number; assigneeId?: number | null }) {
  const conn = db().$client;
  const exists = (sqlText: string, id: number) => conn.prepare(sqlText).get(id) !== undefined;
  return {
    clientId: refs.clientId !== undefined && !exists('SELECT 1 FROM clients WHERE id = ?', refs.clientId),
    departmentId: refs.departmentId !== undefined && !exists('SELECT 1 FROM departments WHERE id = ?', refs.departmentId),
    assigneeId: refs.assigneeId != null && !exists('SELECT 1 FROM employees WHERE id = ? AND active = 1', refs.assigneeId),
  };
}
