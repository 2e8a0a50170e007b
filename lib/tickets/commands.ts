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
export async function existingTicket(tx: Writer, id: number): Promise<Ticket> {
  const ticket = await findTicket(tx, id);
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
  return transaction(async (tx) => {
    const inserted = await insertTicketRow(tx, { ...fields, publicToken: newPublicToken(), createdById: actor.id, status: 'new' });
    await insertTicketEvent(tx, inserted.id, actor, { kind: 'created', toValue: 'new', ticketVersion: inserted.version });
    if (inserted.assigneeId !== null) {
      await insertTicketEvent(tx, inserted.id, actor, { kind: 'assigned', fromValue: null, toValue: String(inserted.assigneeId), ticketVersion: inserted.version });
    }
    let ticket = await linkWarrantyReturn(tx, inserted, actor);
    await writeAudit(tx, { actor, entityType: 'ticket', entityId: ticket.id, action: 'create', changes: diffFields(null, ticket, INTAKE_AUDIT_FIELDS) });
    if (prepaymentMinor != null) ticket = await recordPrepaymentAtIntake(tx, ticket, { amountMinor: prepaymentMinor, method: prepaymentMethod ?? 'cash' }, actor);
    await enqueueTicketCreated(tx, ticket, actor);
    return ticket;
  });
}

/**
 * A repair is closed with its diagnosis, work done and final lines (or as returned without
 * repair); a manager may close it without them, and the reason goes on the timeline.
 */
async function checkClosing(tx: Writer, ticket: Ticket, actor: Actor, overrideReason: string | null): Promise<string | null> {
  const gaps = closingGaps(ticket, (await listTicketLines(ticket.id, tx)).length);
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
  return transaction(async (tx) => {
    const ticket = await existingTicket(tx, id);
    if (!canWorkOnTicket(actor, ticket)) throw refuse('forbidden', {});
    if (expectedVersion !== undefined && ticket.version !== expectedVersion) {
      // A move has no form to compare with: without the history, say only that something changed.
      throw refuse('conflict', { fields: await changedSince(tx, ticket, expectedVersion) ?? [] });
    }
    if (!isMoveAllowed({ from: ticket.status, to, kind: ticket.kind, role: actor.role })) throw refuse('move_not_allowed', {});
    if (to === 'awaiting_approval' && ticket.kind === 'repair' && (await listTicketLines(ticket.id, tx)).length === 0) throw refuseEstimate('empty_estimate', {});
    const closeOverride = to === 'closed' ? await checkClosing(tx, ticket, actor, overrideReason) : null;
    const updated = await updateTicketRow(tx, id, {
      status: to,
      // Only a closed ticket has closed_at (a CHECK constraint): entering sets it, reopening clears it.
      closedAt: to === 'closed' ? new Date() : null,
      // The bill handed over: the total when it closes; reopening makes it open again.
      finalCostMinor: to === 'closed' ? ticket.estimateMinor : null,
      // The first time only: a ticket that comes back keeps its first time to ready.
      firstReadyAt: to === 'ready' && ticket.firstReadyAt === null ? new Date() : ticket.firstReadyAt,
      version: ticket.version + 1,
    });
    await insertTicketEvent(tx, id, actor, {
      kind: 'status_changed',
      fromValue: ticket.status,
      toValue: to,
      ticketVersion: updated.version,
      details: closeOverride ? { closeOverride } : null,
    });
    if (ticket.status === 'awaiting_approval') await withdrawEstimate(tx, updated, actor);
    const estimate = to === 'awaiting_approval' ? await sendEstimate(tx, updated, actor, { mail: false }) : undefined;
    await enqueueStatusChanged(tx, updated, ticket.status, to, estimate);
    return updated;
  });
}

export async function assignTicket(id: number, assigneeId: number | null, actor: Actor): Promise<Ticket> {
  return transaction(async (tx) => {
    const ticket = await existingTicket(tx, id);
    if (!canAssignTicket(actor, ticket, assigneeId)) throw refuse('forbidden', {});
    if (ticket.assigneeId === assigneeId) return ticket;
    const updated = await updateTicketRow(tx, id, { assigneeId, version: ticket.version + 1 });
    await insertTicketEvent(tx, id, actor, {
      kind: 'assigned',
      fromValue: ticket.assigneeId === null ? null : String(ticket.assigneeId),
      toValue: assigneeId === null ? null : String(assigneeId),
      ticketVersion: updated.version,
    });
    await enqueueAssigned(tx, updated, assigneeId, actor);
    return updated;
  });
}

export async function addTicketComment(id: number, body: string, isPublic: boolean, actor: Actor) {
  await transaction(async (tx) => {
    const ticket = await existingTicket(tx, id);
    if (!canWorkOnTicket(actor, ticket)) throw refuse('forbidden', {});
    await touchTicket(tx, id);
    await insertTicketEvent(tx, id, actor, { kind: 'comment', body, isPublic });
  });
}

type EditedFields = Omit<TicketEdit, 'id' | 'version'>;

/** The fields a stale edit is told about. */
async function editConflictFields(tx: Writer, ticket: Ticket, version: number, submitted: EditedFields): Promise<string[]> {
  // Fallback for history older than versioned events: every field where the row differs from the
  // form. It may name the editor's own changes too, and cannot see status or assignee moves.
  const differs = () => Object.keys(diffFields(submitted as Record<string, unknown>, ticket as unknown as Record<string, unknown>, EDITABLE_TICKET_FIELDS));
  return await changedSince(tx, ticket, version) ?? differs();
}

/**
 * Saves an edit only if nobody saved the ticket since the editor loaded `version`; otherwise
 * refuses with a conflict naming the fields others changed, and writes nothing.
 */
export async function updateTicket(input: TicketEdit, actor: Actor): Promise<Ticket> {
  const { id, version, ...fields } = input;
  return transaction(async (tx) => {
    const ticket = await existingTicket(tx, id);
    if (!canWorkOnTicket(actor, ticket)) throw refuse('forbidden', {});
    if (ticket.version !== version) throw refuse('conflict', { fields: await editConflictFields(tx, ticket, version, fields) });
    const changes = diffFields(ticket, { ...ticket, ...fields }, EDITABLE_TICKET_FIELDS);
    const names = Object.keys(changes);
    // An unchanged form writes nothing: a version with no event would be one no conflict can explain.
    if (names.length === 0) return ticket;
    const updated = await updateTicketRow(tx, id, { ...fields, version: ticket.version + 1 }, version);
    await insertTicketEvent(tx, id, actor, { kind: 'field_changed', fields: names, ticketVersion: updated.version });
    await writeAudit(tx, { actor, entityType: 'ticket', entityId: id, action: 'update', changes });
    return updated;
  });
}

/** The row (its events and attachment rows cascade) and the audit entry that keeps what it was. */
export async function deleteTicket(id: number, actor: Actor) {
  await transaction(async (tx) => {
    const ticket = await existingTicket(tx, id);
    if (!canDeleteTicket(actor)) throw refuse('forbidden', {});
    // The cash count keeps every payment: money taken on a ticket keeps the ticket too.
    if (await ticketHasPayments(tx, id)) throw refuse('has_payments', {});
    await deleteTicketRow(tx, id);
    await writeAudit(tx, { actor, entityType: 'ticket', entityId: id, action: 'delete', changes: diffFields(ticket, null, EDITABLE_TICKET_FIELDS) });
  });
}

/** Deletes a ticket and then the files only it used, once the delete has committed. */
export async function deleteTicketWithFiles(id: number, actor: Actor): Promise<void> {
  const names = await ticketStorageNames(id);
  await deleteTicket(id, actor);
  await removeUnreferencedFiles(names);
}
