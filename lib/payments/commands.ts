import { transaction } from '@/db';
import { writeAudit, type Writer } from '@/db/queries/audit';
import { insertPaymentRow, type Payment } from '@/db/queries/payments';
import { findTicket, insertTicketEvent, updateTicketRow, type Actor, type Ticket } from '@/db/queries/tickets';
import type { PaymentKind, PaymentMethod } from '@/lib/domain/enums';
import { minorToInput } from '@/lib/money';
import { canRefund, canTakePayment } from '@/lib/permissions';
import { refuse as refuseTicket } from '@/lib/tickets/refusals';
import type { PaymentInput, RefundInput } from '@/lib/validation/payments';
import { refuse } from './refusals';

/**
 * Money on a ticket. Each command is one transaction: the payment row, the ticket's paid_minor
 * (and version), the timeline event and the audit row commit together or not at all. A payment is
 * never edited or deleted; a mistake is reversed by a refund, with its reason.
 */

type Movement = { kind: PaymentKind; method: PaymentMethod; amountMinor: number; reason: string | null };

async function ticketForPayment(tx: Writer, id: number, actor: Actor): Promise<Ticket> {
  const ticket = await findTicket(tx, id);
  if (!ticket) throw refuseTicket('not_found', {});
  if (!canTakePayment(actor)) throw refuseTicket('forbidden', {});
  return ticket;
}

/** The amount as staff typed it must be money and more than zero (the CHECK would say so less kindly). */
function checkAmount(amountMinor: number, field: string) {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) throw refuse('not_positive', { field });
}

/** Writes one movement of money and keeps tickets.paid_minor equal to the sum of the rows. */
async function record(tx: Writer, ticket: Ticket, m: Movement, actor: Actor): Promise<{ payment: Payment; ticket: Ticket }> {
  const payment = await insertPaymentRow(tx, {
    ticketId: ticket.id,
    kind: m.kind,
    method: m.method,
    amountMinor: m.amountMinor,
    currency: ticket.currency,
    reason: m.reason,
    takenById: actor.id,
    takenByName: actor.fullName,
  });
  const paidMinor = ticket.paidMinor + (m.kind === 'refund' ? -m.amountMinor : m.amountMinor);
  const updated = await updateTicketRow(tx, ticket.id, { paidMinor, version: ticket.version + 1, updatedAt: payment.createdAt });
  const details = { kind: m.kind, method: m.method, amountMinor: m.amountMinor, currency: ticket.currency, reason: m.reason };
  await insertTicketEvent(tx, ticket.id, actor, { kind: 'payment', details, ticketVersion: updated.version });
  await writeAudit(tx, {
    actor,
    entityType: 'payment',
    entityId: payment.id,
    action: 'create',
    changes: Object.fromEntries(Object.entries({ ticketId: ticket.id, ...details }).map(([k, v]) => [k, { from: null, to: v }])),
  });
  return { payment, ticket: updated };
}

/** A prepayment or payment, by anyone at the desk, in the ticket's currency. */
export async function takePayment(input: PaymentInput, actor: Actor): Promise<Payment> {
  return transaction(async (tx) => {
    const ticket = await ticketForPayment(tx, input.ticketId, actor);
    checkAmount(input.amountMinor, 'amountMinor');
    return (await record(tx, ticket, { kind: input.kind, method: input.method, amountMinor: input.amountMinor, reason: null }, actor)).payment;
  });
}

/** Money given back by a manager or admin: never more than was paid, always with the reason. */
export async function refundPayment(input: RefundInput, actor: Actor): Promise<Payment> {
  return transaction(async (tx) => {
    const ticket = await ticketForPayment(tx, input.ticketId, actor);
    if (!canRefund(actor)) throw refuse('refund_forbidden', {});
    checkAmount(input.amountMinor, 'amountMinor');
    const reason = input.reason.trim();
    if (!reason) throw refuse('reason_required', {});
    if (input.amountMinor > ticket.paidMinor) throw refuse('refund_exceeds_paid', { paid: `${minorToInput(ticket.paidMinor)} ${ticket.currency}` });
    return (await record(tx, ticket, { kind: 'refund', method: input.method, amountMinor: input.amountMinor, reason }, actor)).payment;
  });
}

/**
 * The prepayment taken with the device, inside createTicket's transaction: the ticket and its
 * prepayment commit together. Returns the ticket as it is after it.
 */
export async function recordPrepaymentAtIntake(tx: Writer, ticket: Ticket, prepayment: { amountMinor: number; method: PaymentMethod }, actor: Actor): Promise<Ticket> {
  if (!canTakePayment(actor)) throw refuseTicket('forbidden', {});
  checkAmount(prepayment.amountMinor, 'prepaymentMinor');
  return (await record(tx, ticket, { kind: 'prepayment', method: prepayment.method, amountMinor: prepayment.amountMinor, reason: null }, actor)).ticket;
}
