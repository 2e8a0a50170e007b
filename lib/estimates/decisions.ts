import { transaction } from '@/db';
import type { Writer } from '@/db/queries/audit';
import { estimateByVersion, latestEstimate, updateEstimateRow, type Estimate } from '@/db/queries/estimates';
import { reserveAttempt } from '@/db/queries/throttles';
import { findTicket, findTicketByToken, insertTicketEvent, updateTicketRow, type Actor, type Ticket } from '@/db/queries/tickets';
import type { DecisionChannel, EstimateDecision } from '@/lib/domain/enums';
import { enqueueEstimateDecided, enqueueStatusChanged } from '@/lib/notifications/enqueue';
import { canOverrideDecision, canWorkOnTicket } from '@/lib/permissions';
import { LOOKUP_POLICY } from '@/lib/status/lookup';
import { isOpenStatus } from '@/lib/tickets/lifecycle';
import { refuse as refuseTicket } from '@/lib/tickets/refusals';
import type { OverrideDecision, PhoneDecision } from '@/lib/validation/estimates';
import { refuse } from './refusals';

/**
 * The client's decision on an estimate version, from the public status page or taken by phone:
 * approve → in_progress, decline → ready with the outcome "returned without repair". Bound to the
 * version the client saw; made once (a second click, a second tab or a replayed form finds it
 * decided and changes nothing), inside one transaction with its events and mail.
 */

type Who = { via: 'status_page' } | { via: 'phone'; employee: Actor } | { via: 'override'; employee: Actor };

/** The ticket's status after a decision, and the outcome that goes with it. */
function ticketAfter(ticket: Ticket, decision: EstimateDecision): Partial<Ticket> {
  if (decision === 'approved') return { status: 'in_progress', outcome: null };
  return { status: 'ready', outcome: 'returned_without_repair', firstReadyAt: ticket.firstReadyAt ?? new Date() };
}

async function recordDecision(tx: Writer, ticket: Ticket, estimate: Estimate, decision: EstimateDecision, who: Who, reason: string | null): Promise<Ticket> {
  const employee = who.via === 'status_page' ? null : who.employee;
  const via: DecisionChannel = who.via === 'status_page' ? 'status_page' : 'phone';
  const decided = await updateEstimateRow(tx, estimate.id, {
    state: decision,
    decidedAt: new Date(),
    // An override keeps how the first decision came; it is the manager's word on top of it.
    decidedVia: who.via === 'override' ? (estimate.decidedVia ?? via) : via,
    decidedById: employee?.id ?? null,
    decidedByName: employee?.fullName ?? null,
    reason,
  });
  const updated = await updateTicketRow(tx, ticket.id, { ...ticketAfter(ticket, decision), version: ticket.version + 1 });
  const base = { version: estimate.version, totalMinor: estimate.totalMinor, currency: estimate.currency, reason };
  if (who.via === 'override') {
    await insertTicketEvent(tx, ticket.id, employee, {
      kind: 'decision_overridden',
      fromValue: estimate.state,
      toValue: decision,
      details: base,
      ticketVersion: updated.version,
    });
  } else {
    await insertTicketEvent(tx, ticket.id, employee, { kind: 'estimate_decided', toValue: decision, details: { ...base, via }, ticketVersion: updated.version });
  }
  if (updated.status !== ticket.status) {
    await insertTicketEvent(tx, ticket.id, employee, {
      kind: 'status_changed',
      fromValue: ticket.status,
      toValue: updated.status,
      details: who.via === 'status_page' ? { via } : null,
      ticketVersion: updated.version,
    });
    await enqueueStatusChanged(tx, updated, ticket.status, updated.status);
  }
  await enqueueEstimateDecided(tx, updated, decided, employee);
  return updated;
}

export type ClientDecisionResult =
  | { kind: 'decided'; decision: EstimateDecision }
  /** The same decision was already recorded (a double click, two tabs): nothing changed. */
  | { kind: 'already'; decision: EstimateDecision }
  | { kind: 'withdrawn'; shown: number; current: number | null }
  | { kind: 'not_awaiting' }
  | { kind: 'not_found' }
  | { kind: 'locked'; until: Date };

/** The ticket still waits for a decision on exactly this version, or why not. */
async function checkDecidable(ticket: Ticket, estimate: Estimate | undefined, version: number, tx: Writer): Promise<Exclude<ClientDecisionResult, { kind: 'decided' | 'locked' }> | null> {
  if (!estimate) return { kind: 'not_found' };
  if (estimate.state === 'approved' || estimate.state === 'declined') return { kind: 'already', decision: estimate.state };
  if (estimate.state === 'withdrawn') {
    const latest = await latestEstimate(ticket.id, tx);
    return { kind: 'withdrawn', shown: version, current: latest?.state === 'pending' ? latest.version : null };
  }
  if (ticket.status !== 'awaiting_approval') return { kind: 'not_awaiting' };
  return null;
}

/** Rate-limited per address like the status lookup: every try counts. */
export async function decideOnStatusPage(
  input: { token: string; version: number; decision: EstimateDecision; reason: string | null },
  address: string,
  now = new Date(),
): Promise<ClientDecisionResult> {
  const reservation = await reserveAttempt(`status-decision:${address}`, LOOKUP_POLICY, now);
  if (!reservation.allowed) return { kind: 'locked', until: reservation.lockedUntil };
  return transaction(async (tx): Promise<ClientDecisionResult> => {
    const ticket = await findTicketByToken(tx, input.token);
    if (!ticket) return { kind: 'not_found' };
    const estimate = await estimateByVersion(tx, ticket.id, input.version);
    const refusal = await checkDecidable(ticket, estimate, input.version, tx);
    if (refusal) return refusal;
    await recordDecision(tx, ticket, estimate!, input.decision, { via: 'status_page' }, input.decision === 'declined' ? input.reason : null);
    return { kind: 'decided', decision: input.decision };
  });
}

/** Staff record what the client said on the phone, about the version the client was told. */
export async function decideByPhone(input: PhoneDecision, actor: Actor): Promise<Ticket> {
  return transaction(async (tx) => {
    const ticket = await findTicket(tx, input.ticketId);
    if (!ticket) throw refuseTicket('not_found', {});
    if (!canWorkOnTicket(actor, ticket)) throw refuseTicket('forbidden', {});
    const estimate = await estimateByVersion(tx, ticket.id, input.version);
    const refusal = await checkDecidable(ticket, estimate, input.version, tx);
    if (refusal?.kind === 'already') throw refuse('already_decided', { decision: refusal.decision });
    if (refusal?.kind === 'withdrawn') throw refuse('withdrawn', { shown: refusal.shown, current: refusal.current });
    if (refusal) throw refuse('not_awaiting', {});
    return await recordDecision(tx, ticket, estimate!, input.decision, { via: 'phone', employee: actor }, input.reason);
  });
}

/** A manager changes the recorded decision of the latest version, with a reason, while the ticket is open. */
export async function overrideDecision(input: OverrideDecision, actor: Actor): Promise<Ticket> {
  return transaction(async (tx) => {
    const ticket = await findTicket(tx, input.ticketId);
    if (!ticket) throw refuseTicket('not_found', {});
    if (!canOverrideDecision(actor)) throw refuse('override_forbidden', {});
    if (!isOpenStatus(ticket.status)) throw refuse('ticket_closed', {});
    const estimate = await latestEstimate(ticket.id, tx);
    if (!estimate || (estimate.state !== 'approved' && estimate.state !== 'declined')) throw refuse('no_decision', {});
    if (estimate.state === input.decision) throw refuse('same_decision', {});
    return await recordDecision(tx, ticket, estimate, input.decision, { via: 'override', employee: actor }, input.reason);
  });
}
