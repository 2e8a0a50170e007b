import type { Writer } from '@/db/queries/audit';
import { clientRecipient, employeeRecipient, insertNotification } from '@/db/queries/notifications';
import type { Estimate } from '@/db/queries/estimates';
import type { tickets } from '@/db/schema';
import type { Status } from '@/lib/domain/enums';
import { subjectFor } from './subjects';
import type { EstimateMailView, NotificationContent, TicketSnapshot } from './payload';

/**
 * The outbox side of SPEC §5. Each function is called INSIDE the transaction that makes the change,
 * so the row commits (or rolls back) with it; delivery happens later (after the response, or by a
 * sweep). Everything here is synchronous: better-sqlite3 transactions cannot await, which is why the
 * row keeps a snapshot and the HTML is rendered at delivery.
 */

type TicketRow = typeof tickets.$inferSelect;
type Actor = { id: number; fullName: string };

function snapshot(ticket: TicketRow): TicketSnapshot {
  return { id: ticket.id, title: ticket.title, publicToken: ticket.publicToken };
}

/** A company's mail greets its contact person; a person is greeted by name. */
function clientGreetingName(client: { name: string; contactPerson: string | null; kind: string }): string {
  return client.kind === 'company' && client.contactPerson ? client.contactPerson : client.name;
}

function enqueueForClient(
  tx: Writer,
  ticket: TicketRow,
  dedupeKey: string,
  build: (recipientName: string) => NotificationContent['payload'],
  kind: 'ticket_created' | 'status_changed',
) {
  const client = clientRecipient(tx, ticket.clientId);
  // SPEC §5: a client gets mail only with an address and their consent.
  if (!client?.email || !client.notify) return;
  const content = { kind, locale: client.locale, payload: build(clientGreetingName(client)) } as NotificationContent;
  insertNotification(tx, {
    kind,
    recipientType: 'client',
    recipientAddress: client.email,
    locale: client.locale,
    ticketId: ticket.id,
    subject: subjectFor(content),
    payload: content.payload,
    dedupeKey,
  });
}

type EmployeeRecipient = NonNullable<ReturnType<typeof employeeRecipient>>;

/** A mail to an active employee about a ticket; nothing for one who was deactivated. */
function enqueueForEmployee(
  tx: Writer,
  ticket: TicketRow,
  employeeId: number,
  dedupeKey: string,
  build: (employee: EmployeeRecipient) => Extract<NotificationContent, { kind: 'assigned' | 'estimate_decided' }>,
) {
  const employee = employeeRecipient(tx, employeeId);
  if (!employee?.active) return;
  const content = build(employee);
  insertNotification(tx, {
    kind: content.kind,
    recipientType: 'employee',
    recipientAddress: employee.email,
    locale: employee.locale,
    ticketId: ticket.id,
    employeeId: employee.id,
    subject: subjectFor(content),
    payload: content.payload,
    dedupeKey,
  });
}

/** Ticket registered: the client gets the public status link; an assignee set by someone else is told too. */
export function enqueueTicketCreated(tx: Writer, ticket: TicketRow, actor: Actor) {
  enqueueForClient(tx, ticket, `ticket_created:${ticket.id}`, (recipientName) => ({ recipientName, ticket: snapshot(ticket) }), 'ticket_created');
  if (ticket.assigneeId !== null) enqueueAssigned(tx, ticket, ticket.assigneeId, actor);
}

function estimateView(estimate: Estimate): EstimateMailView {
  return { version: estimate.version, lines: estimate.lines, discountMinor: estimate.discountMinor, totalMinor: estimate.totalMinor, currency: estimate.currency };
}

/**
 * `ticket` is the row after the change; its version makes each change's key unique. A move to
 * awaiting_approval carries the estimate it sent.
 */
export function enqueueStatusChanged(tx: Writer, ticket: TicketRow, from: Status, to: Status, estimate?: Estimate) {
  if (from === to) return;
  enqueueForClient(
    tx,
    ticket,
    `status_changed:${ticket.id}:v${ticket.version}`,
    (recipientName) => ({ recipientName, ticket: snapshot(ticket), from, to, ...(estimate && { estimate: estimateView(estimate) }), ...(to === 'ready' && balanceDue(ticket)) }),
    'status_changed',
  );
}

/** What the client pays at handover, named in the 'ready' mail: the total less what was paid, when above zero. */
function balanceDue(ticket: TicketRow): { balanceDueMinor: number; currency: string } | undefined {
  const due = (ticket.estimateMinor ?? 0) - ticket.paidMinor;
  return due > 0 ? { balanceDueMinor: due, currency: ticket.currency } : undefined;
}

/** A revised estimate while the client is deciding: the new version replaces the one they have. */
export function enqueueEstimateSent(tx: Writer, ticket: TicketRow, estimate: Estimate) {
  enqueueForClient(
    tx,
    ticket,
    `estimate_sent:${ticket.id}:v${estimate.version}`,
    (recipientName) => ({ recipientName, ticket: snapshot(ticket), from: 'awaiting_approval', to: 'awaiting_approval', estimate: estimateView(estimate) }),
    'status_changed',
  );
}

/** To the assignee when a decision is recorded, unless they recorded it themselves or cannot receive mail. */
export function enqueueEstimateDecided(tx: Writer, ticket: TicketRow, estimate: Estimate, actor: Actor | null) {
  const decidedAt = estimate.decidedAt;
  if (ticket.assigneeId === null || ticket.assigneeId === actor?.id || !decidedAt) return;
  enqueueForEmployee(tx, ticket, ticket.assigneeId, `estimate_decided:${ticket.id}:v${estimate.version}:${decidedAt.getTime()}`, (employee) => ({
    kind: 'estimate_decided',
    locale: employee.locale,
    payload: {
      recipientName: employee.fullName,
      ticket: snapshot(ticket),
      decision: estimate.state === 'declined' ? 'declined' : 'approved',
      version: estimate.version,
      totalMinor: estimate.totalMinor,
      currency: estimate.currency,
      via: estimate.decidedVia ?? 'status_page',
      takenBy: actor?.fullName ?? null,
      reason: estimate.reason,
    },
  }));
}

/** To the new assignee, unless they assigned it to themselves or cannot receive mail (deactivated). */
export function enqueueAssigned(tx: Writer, ticket: TicketRow, assigneeId: number | null, actor: Actor | null) {
  if (assigneeId === null || assigneeId === actor?.id) return;
  enqueueForEmployee(tx, ticket, assigneeId, `assigned:${ticket.id}:v${ticket.version}:${assigneeId}`, (employee) => {
    const client = clientRecipient(tx, ticket.clientId);
    return {
      kind: 'assigned',
      locale: employee.locale,
      payload: {
        recipientName: employee.fullName,
        assignedBy: actor?.fullName ?? null,
        ticket: {
          ...snapshot(ticket),
          kind: ticket.kind,
          status: ticket.status,
          priority: ticket.priority,
          dueDate: ticket.dueDate,
          clientName: client?.name ?? '',
          description: ticket.description,
        },
      },
    };
  });
}
