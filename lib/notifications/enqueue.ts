import type { Writer } from '@/db/queries/audit';
import { clientRuleEnabled } from '@/db/queries/notification-rules';
import { clientRecipient, employeeRecipient, heldStatusMessage, insertNotification, markMerged, rewriteHeldMessage } from '@/db/queries/notifications';
import type { Estimate } from '@/db/queries/estimates';
import type { tickets } from '@/db/schema';
import { clientChannel, type ChannelTarget } from '@/lib/channels/reach';
import type { MessageChannel, Status } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { subjectFor } from './subjects';
import type { EstimateMailView, NotificationContent, StatusChangedPayload, TicketSnapshot } from './payload';

/**
 * The outbox side of SPEC §5. Each function is called INSIDE the transaction that makes the change,
 * so the row commits (or rolls back) with it; delivery happens later (after the response, or by a
 * sweep). Nothing here renders: the row keeps a snapshot and the HTML is rendered at delivery, so a
 * transaction, which holds the write lock, never waits for a template.
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

type ClientRecipient = NonNullable<Awaited<ReturnType<typeof clientRecipient>>>;
type ClientKind = 'ticket_created' | 'status_changed' | 'staff_message';

/**
 * Where a message about `status` to the ticket's client goes: their consent (SPEC §5), then the
 * one channel they are reached on (lib/channels/reach.ts), then whether /settings/notifications
 * tells them of that status on that channel. Null: nothing is sent.
 */
async function clientTarget(tx: Writer, clientId: number, status: Status | null): Promise<{ client: ClientRecipient; target: ChannelTarget } | null> {
  const client = await clientRecipient(tx, clientId);
  if (!client?.notify) return null;
  const target = clientChannel(client);
  if (!target) return null;
  if (status !== null && !await clientRuleEnabled(tx, status, target.channel)) return null;
  return { client, target };
}

async function enqueueForClient(
  tx: Writer,
  ticket: TicketRow,
  dedupeKey: string,
  build: (recipientName: string, clientId: number) => NotificationContent['payload'],
  kind: ClientKind,
  opts: { status: Status | null; sendAt?: Date; now?: Date },
) {
  const found = await clientTarget(tx, ticket.clientId, opts.status);
  if (!found) return;
  const { client, target } = found;
  const content = { kind, locale: client.locale, payload: build(clientGreetingName(client), client.id) } as NotificationContent;
  await insertNotification(tx, {
    kind,
    recipientType: 'client',
    recipientAddress: target.address,
    channel: target.channel,
    locale: client.locale,
    ticketId: ticket.id,
    subject: subjectFor(content),
    payload: content.payload,
    dedupeKey,
    now: opts.now,
    sendAt: opts.sendAt,
  });
}

type EmployeeRecipient = NonNullable<Awaited<ReturnType<typeof employeeRecipient>>>;

/** Telegram when the employee chose it and connected a chat; e-mail otherwise. */
export function employeeTarget(employee: Pick<EmployeeRecipient, 'email' | 'telegramChatId' | 'notifyVia'>): ChannelTarget {
  return employee.notifyVia === 'telegram' && employee.telegramChatId
    ? { channel: 'telegram', address: employee.telegramChatId }
    : { channel: 'email', address: employee.email };
}

/** A notice to an active employee about a ticket; nothing for one who was deactivated. */
async function enqueueForEmployee(
  tx: Writer,
  ticket: TicketRow,
  employeeId: number,
  dedupeKey: string,
  build: (employee: EmployeeRecipient) => Promise<Extract<NotificationContent, { kind: 'assigned' | 'estimate_decided' | 'client_message' }>> | Extract<NotificationContent, { kind: 'assigned' | 'estimate_decided' | 'client_message' }>,
) {
  const employee = await employeeRecipient(tx, employeeId);
  if (!employee?.active) return;
  const content = await build(employee);
  const target = employeeTarget(employee);
  await insertNotification(tx, {
    kind: content.kind,
    recipientType: 'employee',
    recipientAddress: target.address,
    channel: target.channel,
    locale: employee.locale,
    ticketId: ticket.id,
    employeeId: employee.id,
    subject: subjectFor(content),
    payload: content.payload,
    dedupeKey,
  });
}

/** Ticket registered: the client gets the public status link; an assignee set by someone else is told too. */
export async function enqueueTicketCreated(tx: Writer, ticket: TicketRow, actor: Actor) {
  await enqueueForClient(tx, ticket, `ticket_created:${ticket.id}`, (recipientName, clientId) => ({ recipientName, ticket: snapshot(ticket), clientId }), 'ticket_created', {
    status: 'new',
  });
  if (ticket.assigneeId !== null) await enqueueAssigned(tx, ticket, ticket.assigneeId, actor);
}

function estimateView(estimate: Estimate): EstimateMailView {
  return { version: estimate.version, lines: estimate.lines, discountMinor: estimate.discountMinor, totalMinor: estimate.totalMinor, currency: estimate.currency };
}

/** How long a client's status message waits for a later move to merge with (NOTIFY_MERGE_SECONDS). */
function mergeWindowMs(): number {
  return env().NOTIFY_MERGE_SECONDS * 1000;
}

/**
 * `ticket` is the row after the change; its version makes each change's key unique. A move to
 * awaiting_approval carries the estimate it sent.
 *
 * Quick moves make one message: the message waits out the merge window, and a move within it
 * rewrites the waiting message to the latest status, or withdraws it (state `merged`) when the
 * ticket is back where the message started or the client is not told of the latest status.
 */
export async function enqueueStatusChanged(tx: Writer, ticket: TicketRow, from: Status, to: Status, estimate?: Estimate, now = new Date()) {
  if (from === to) return;
  const extras = (clientId: number) => ({ clientId, ...(estimate && { estimate: estimateView(estimate) }), ...(to === 'ready' && balanceDue(ticket)) });
  const held = await heldStatusMessage(tx, ticket.id, now);
  if (held) {
    const payload = held.payload as StatusChangedPayload;
    if (to === payload.from || !await clientRuleEnabled(tx, to, held.channel)) {
      await markMerged(tx, held.id, now);
      return;
    }
    const next: StatusChangedPayload = { recipientName: payload.recipientName, ticket: snapshot(ticket), from: payload.from, to, ...extras(payload.clientId ?? ticket.clientId) };
    await rewriteHeldMessage(tx, held.id, { subject: subjectFor({ kind: 'status_changed', locale: held.locale, payload: next }), payload: next }, now);
    return;
  }
  const window = mergeWindowMs();
  await enqueueForClient(
    tx,
    ticket,
    `status_changed:${ticket.id}:v${ticket.version}`,
    (recipientName, clientId) => ({ recipientName, ticket: snapshot(ticket), from, to, ...extras(clientId) }),
    'status_changed',
    { status: to, now, sendAt: window > 0 ? new Date(now.getTime() + window) : undefined },
  );
}

/** What the client pays at handover, named in the 'ready' mail: the total less what was paid, when above zero. */
function balanceDue(ticket: TicketRow): { balanceDueMinor: number; currency: string } | undefined {
  const due = (ticket.estimateMinor ?? 0) - ticket.paidMinor;
  return due > 0 ? { balanceDueMinor: due, currency: ticket.currency } : undefined;
}

/**
 * A revised estimate while the client is deciding: the new version replaces the one they have. A
 * move to awaiting_approval still waiting to go out takes the new version instead.
 */
export async function enqueueEstimateSent(tx: Writer, ticket: TicketRow, estimate: Estimate, now = new Date()) {
  const held = await heldStatusMessage(tx, ticket.id, now);
  if (held && (held.payload as StatusChangedPayload).to === 'awaiting_approval') {
    const next: StatusChangedPayload = { ...(held.payload as StatusChangedPayload), ticket: snapshot(ticket), estimate: estimateView(estimate) };
    await rewriteHeldMessage(tx, held.id, { subject: subjectFor({ kind: 'status_changed', locale: held.locale, payload: next }), payload: next }, now);
    return;
  }
  await enqueueForClient(
    tx,
    ticket,
    `estimate_sent:${ticket.id}:v${estimate.version}`,
    (recipientName, clientId) => ({ recipientName, ticket: snapshot(ticket), from: 'awaiting_approval', to: 'awaiting_approval', estimate: estimateView(estimate), clientId }),
    'status_changed',
    { status: 'awaiting_approval', now },
  );
}

/** To the assignee when a decision is recorded, unless they recorded it themselves or cannot receive mail. */
export async function enqueueEstimateDecided(tx: Writer, ticket: TicketRow, estimate: Estimate, actor: Actor | null) {
  const decidedAt = estimate.decidedAt;
  if (ticket.assigneeId === null || ticket.assigneeId === actor?.id || !decidedAt) return;
  await enqueueForEmployee(tx, ticket, ticket.assigneeId, `estimate_decided:${ticket.id}:v${estimate.version}:${decidedAt.getTime()}`, (employee) => ({
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
export async function enqueueAssigned(tx: Writer, ticket: TicketRow, assigneeId: number | null, actor: Actor | null) {
  if (assigneeId === null || assigneeId === actor?.id) return;
  await enqueueForEmployee(tx, ticket, assigneeId, `assigned:${ticket.id}:v${ticket.version}:${assigneeId}`, async (employee) => {
    const client = await clientRecipient(tx, ticket.clientId);
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

/** To the assignee when the client wrote; `key` is the inbound message's own id, so a webhook retried writes one. */
export async function enqueueClientMessage(tx: Writer, ticket: TicketRow, message: { key: string; via: 'email' | 'telegram'; body: string }) {
  if (ticket.assigneeId === null) return;
  await enqueueForEmployee(tx, ticket, ticket.assigneeId, `client_message:${ticket.id}:${message.key}`, async (employee) => {
    const client = await clientRecipient(tx, ticket.clientId);
    return {
      kind: 'client_message',
      locale: employee.locale,
      payload: { recipientName: employee.fullName, ticket: snapshot(ticket), clientName: client?.name ?? '', via: message.via, excerpt: excerptOf(message.body) },
    };
  });
}

const EXCERPT_MAX = 1000;
function excerptOf(body: string): string {
  return body.length > EXCERPT_MAX ? `${body.slice(0, EXCERPT_MAX - 1)}…` : body;
}

/**
 * Staff's answer to the client, through the client's channel (not subject to the status rules: the
 * client asked). `eventId` keys it, so the same answer is never queued twice. Returns the channel
 * it went to, or null when the client cannot be reached (no consent, nothing on file, all stopped).
 */
export async function enqueueStaffMessage(tx: Writer, ticket: TicketRow, message: { eventId: number; body: string; author: Actor }): Promise<MessageChannel | null> {
  const found = await clientTarget(tx, ticket.clientId, null);
  if (!found) return null;
  await enqueueForClient(
    tx,
    ticket,
    `staff_message:${ticket.id}:${message.eventId}`,
    (recipientName, clientId) => ({ recipientName, ticket: snapshot(ticket), authorName: message.author.fullName, body: message.body, clientId }),
    'staff_message',
    { status: null },
  );
  return found.target.channel;
}
