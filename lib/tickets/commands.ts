import { transaction } from '@/db';
import { writeAudit, type Writer } from '@/db/queries/audit';
import { ticketStorageNames } from '@/db/queries/attachments';
import {
  changedSince,
  deleteTicketRow,
  findTicket,
  insertTicketEvent,
  insertTicketRow,
  newPublicToken,
  touchTicket,
  updateTicketRow,
  type Actor,
  type Ticket,
} from '@/db/queries/tickets';
import { removeUnreferencedFiles } from '@/lib/attachments/cleanup';
import { diffFields } from '@/lib/audit-diff';
import type { Status } from '@/lib/domain/enums';
import { enqueueAssigned, enqueueStatusChanged, enqueueTicketCreated } from '@/lib/notifications/enqueue';
import { EDITABLE_TICKET_FIELDS, INTAKE_AUDIT_FIELDS, type TicketEdit, type TicketIntake } from '@/lib/validation/tickets';
import { ticketHasPayments } from '@/db/queries/payments';
import { recordPrepaymentAtIntake } from '@/lib/payments/commands';
import { linkWarrantyReturn } from '@/lib/warranty/returns';
import { isMoveAllowed } from './lifecycle';
import { canAssignTicket, canDeleteTicket, canOverrideClosing, canWorkOnTicket } from '@/lib/permissions';
import { listTicketLines } from '@/db/queries/ticket-lines';
import { closingGaps, sendEstimate, withdrawEstimate } from '@/lib/estimates/lifecycle';
import { refuse as refuseEstimate } from '@/lib/estimates/refusals';
import { refuse } from './refusals';

/** The row the command changes, read inside its transaction. */
export function existingTicket(tx: Writer, id: number): Ticket {
  const ticket = findTicket(tx, id);
  if (!ticket) throw refuse('not_found', {});
  return ticket;
}

/**
 * Intake: the ticket, its 'created' (and 'assigned') events, the audit row and the prepayment
 * taken with the device commit together. A device whose serial is still under warranty is linked
 * to the repair it returns to.
 */
export async function createTicket(input: TicketIntake, actor: Actor): Promise<Ticket> {
  const { prepaymentMinor, prepaymentMethod, ...fields } = input;
  return transaction((tx) => {
    const inserted = insertTicketRow(tx, { ...fields, publicToken: newPublicToken(), createdById: actor.id, status: 'new' });
    insertTicketEvent(tx, inserted.id, actor, { kind: 'created', toValue: 'new', ticketVersion: inserted.version });
    if (inserted.assigneeId !== null) {
      insertTicketEvent(tx, inserted.id, actor, { kind: 'assigned', fromValue: null, toValue: String(inserted.assigneeId), ticketVersion: inserted.version });
    }
    let ticket = linkWarrantyReturn(tx, inserted, actor);
    writeAudit(tx, { actor, entityType: 'ticket', entityId: ticket.id, action: 'create', changes: diffFields(null, ticket, INTAKE_AUDIT_FIELDS) });
    if (prepaymentMinor != null) ticket = recordPrepaymentAtIntake(tx, ticket, { amountMinor: prepaymentMinor, method: prepaymentMethod ?? 'cash' }, actor);
    enqueueTicketCreated(tx, ticket, actor);
    return ticket;
  });
}

/**
 * A repair is closed with its diagnosis, work done and final lines (or as returned without
 * repair); a manager may close it without them, and the reason goes on the timeline.
 */
function checkClosing(tx: Writer, ticket: Ticket, actor: Actor, overrideReason: string | null): string | null {
  const gaps = closingGaps(ticket, listTicketLines(ticket.id, tx).length);
  if (gaps.length === 0) return null;
  if (!overrideReason) throw refuseEstimate('closing_incomplete', { missing: gaps });
  if (!canOverrideClosing(actor)) throw refuseEstimate('override_forbidden', {});
  return overrideReason;
}

/**
 * A status move checked against SPEC §2 and §3 inside the transaction that makes it. Moving to
 * awaiting_approval sends the lines to the client as the next estimate version; moving away
 * without a decision withdraws the version the client has.
 */
export async function changeTicketStatus(id: number, to: Status, actor: Actor, expectedVersion?: number, overrideReason: string | null = null): Promise<Ticket> {
  return transaction((tx) => {
    const ticket = existingTicket(tx, id);
    if (!canWorkOnTicket(actor, ticket)) throw refuse('forbidden', {});
    if (expectedVersion !== undefined && ticket.version !== expectedVersion) {
      // A move has no form to compare with: without the history, say only that something changed.
      throw refuse('conflict', { fields: changedSince(tx, ticket, expectedVersion) ?? [] });
    }
    if (!isMoveAllowed({ from: ticket.status, to, kind: ticket.kind, role: actor.role })) throw refuse('move_not_allowed', {});
    if (to === 'awaiting_approval' && ticket.kind === 'repair' && listTicketLines(ticket.id, tx).length === 0) throw refuseEstimate('empty_estimate', {});
    const closeOverride = to === 'closed' ? checkClosing(tx, ticket, actor, overrideReason) : null;
    const updated = updateTicketRow(tx, id, {
      status: to,
      // Only a closed ticket has closed_at (a CHECK constraint): entering sets it, reopening clears it.
      closedAt: to === 'closed' ? new Date() : null,
      // The bill handed over: the total when it closes; reopening makes it open again.
      finalCostMinor: to === 'closed' ? ticket.estimateMinor : null,
      // The first time only: a ticket that comes back keeps its first time to ready.
      firstReadyAt: to === 'ready' && ticket.firstReadyAt === null ? new Date() : ticket.firstReadyAt,
      version: ticket.version + 1,
    });
    insertTicketEvent(tx, id, actor, {
      kind: 'status_changed',
      fromValue: ticket.status,
      toValue: to,
      ticketVersion: updated.version,
      details: closeOverride ? { closeOverride } : null,
    });
    if (ticket.status === 'awaiting_approval') withdrawEstimate(tx, updated, actor);
    const estimate = to === 'awaiting_approval' ? sendEstimate(tx, updated, actor, { mail: false }) : undefined;
    enqueueStatusChanged(tx, updated, ticket.status, to, estimate);
    return updated;
  });
}

export async function assignTicket(id: number, assigneeId: number | null, actor: Actor): Promise<Ticket> {
  return transaction((tx) => {
    const ticket = existingTicket(tx, id);
    if (!canAssignTicket(actor, ticket, assigneeId)) throw refuse('forbidden', {});
    if (ticket.assigneeId === assigneeId) return ticket;
    const updated = updateTicketRow(tx, id, { assigneeId, version: ticket.version + 1 });
    insertTicketEvent(tx, id, actor, {
      kind: 'assigned',
      fromValue: ticket.assigneeId === null ? null : String(ticket.assigneeId),
      toValue: assigneeId === null ? null : String(assigneeId),
      ticketVersion: updated.version,
    });
    enqueueAssigned(tx, updated, assigneeId, actor);
    return updated;
  });
}

export async function addTicketComment(id: number, body: string, isPublic: boolean, actor: Actor) {
  await transaction((tx) => {
    const ticket = existingTicket(tx, id);
    if (!canWorkOnTicket(actor, ticket)) throw refuse('forbidden', {});
    touchTicket(tx, id);
    insertTicketEvent(tx, id, actor, { kind: 'comment', body, isPublic });
  });
}

type EditedFields = Omit<TicketEdit, 'id' | 'version'>;

/** The fields a stale edit is told about. */
function editConflictFields(tx: Writer, ticket: Ticket, version: number, submitted: EditedFields): string[] {
  // Fallback for history older than versioned events: every field where the row differs from the
  // form. It may name the editor's own changes too, and cannot see status or assignee moves.
  const differs = () => Object.keys(diffFields(submitted as Record<string, unknown>, ticket as unknown as Record<string, unknown>, EDITABLE_TICKET_FIELDS));
  return changedSince(tx, ticket, version) ?? differs();
}

/**
 * Saves an edit only if nobody saved the ticket since the editor loaded `version`; otherwise
 * refuses with a conflict naming the fields others changed, and writes nothing.
 */
export async function updateTicket(input: TicketEdit, actor: Actor): Promise<Ticket> {
  const { id, version, ...fields } = input;
  return transaction((tx) => {
    const ticket = existingTicket(tx, id);
    if (!canWorkOnTicket(actor, ticket)) throw refuse('forbidden', {});
    if (ticket.version !== version) throw refuse('conflict', { fields: editConflictFields(tx, ticket, version, fields) });
    const changes = diffFields(ticket, { ...ticket, ...fields }, EDITABLE_TICKET_FIELDS);
    const names = Object.keys(changes);
    // An unchanged form writes nothing: a version with no event would be one no conflict can explain.
    if (names.length === 0) return ticket;
    const updated = updateTicketRow(tx, id, { ...fields, version: ticket.version + 1 }, version);
    insertTicketEvent(tx, id, actor, { kind: 'field_changed', fields: names, ticketVersion: updated.version });
    writeAudit(tx, { actor, entityType: 'ticket', entityId: id, action: 'update', changes });
    return updated;
  });
}

/** The row (its events and attachment rows cascade) and the audit entry that keeps what it was. */
export async function deleteTicket(id: number, actor: Actor) {
  await transaction((tx) => {
    const ticket = existingTicket(tx, id);
    if (!canDeleteTicket(actor)) throw refuse('forbidden', {});
    // The cash count keeps every payment: money taken on a ticket keeps the ticket too.
    if (ticketHasPayments(tx, id)) throw refuse('has_payments', {});
    deleteTicketRow(tx, id);
    writeAudit(tx, { actor, entityType: 'ticket', entityId: id, action: 'delete', changes: diffFields(ticket, null, EDITABLE_TICKET_FIELDS) });
  });
}

/** Deletes a ticket and then the files only it used, once the delete has committed. */
export async function deleteTicketWithFiles(id: number, actor: Actor): Promise<void> {
  const names = ticketStorageNames(id);
  await deleteTicket(id, actor);
  await removeUnreferencedFiles(names);
}
