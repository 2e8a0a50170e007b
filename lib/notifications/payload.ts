import type { EstimateLine } from '@/lib/domain/estimate-line';
import type { DecisionChannel, EstimateDecision, Locale, Priority, Status, TicketKind } from '@/lib/domain/enums';

/**
 * What an outbox row needs to be rendered, captured when the change commits: the mail tells the
 * recipient what happened then ("was → now"), even if the ticket moves on before delivery.
 */
export type TicketSnapshot = { id: number; title: string; publicToken: string };

/**
 * `clientId` (issue 18): in every message to a client, for the link that stops its channel; absent
 * in rows queued before it (they go by e-mail, without the link).
 */
export type TicketCreatedPayload = { recipientName: string; ticket: TicketSnapshot; clientId?: number };

/** An estimate version as the client's mail shows it, frozen with the row. */
export type EstimateMailView = { version: number; lines: EstimateLine[]; discountMinor: number; totalMinor: number; currency: string };

/**
 * `estimate`: with the move to awaiting_approval, the lines and the total, and the Approve and
 * Decline buttons; with from = to = awaiting_approval, a revised estimate replacing the one before.
 * `balanceDueMinor` and `currency`: with the move to ready, what is left to pay at handover (absent
 * when nothing is, and in rows queued before issue 17).
 */
export type StatusChangedPayload = {
  recipientName: string;
  ticket: TicketSnapshot;
  from: Status;
  to: Status;
  estimate?: EstimateMailView;
  balanceDueMinor?: number;
  currency?: string;
  clientId?: number;
};

/** To the assignee: the client wrote (a reply to a status e-mail, or a message to the bot). */
export type ClientMessagePayload = {
  recipientName: string;
  ticket: TicketSnapshot;
  clientName: string;
  via: 'email' | 'telegram';
  /** The message without quoted history, cut to a readable length. */
  excerpt: string;
};

/** To the client: staff's answer from the ticket page, sent through the client's channel. */
export type StaffMessagePayload = { recipientName: string; ticket: TicketSnapshot; authorName: string; body: string; clientId: number };

/** To the assignee when the client (or the desk, by phone, or a manager) decided on the estimate. */
export type EstimateDecidedPayload = {
  recipientName: string;
  ticket: TicketSnapshot;
  decision: EstimateDecision;
  version: number;
  totalMinor: number;
  currency: string;
  via: DecisionChannel;
  /** The employee who took it by phone or overrode it; null: the client on the status page. */
  takenBy: string | null;
  reason: string | null;
};

export type AssignedPayload = {
  recipientName: string;
  assignedBy: string | null;
  ticket: TicketSnapshot & {
    kind: TicketKind;
    status: Status;
    priority: Priority;
    dueDate: string | null;
    clientName: string;
    description: string;
  };
};

export type DigestItem = {
  id: number;
  title: string;
  clientName: string;
  status: Status;
  priority: Priority;
  createdAt: number; // UTC ms
  dueDate: string | null; // YYYY-MM-DD, company time zone
  overdue: boolean;
};

/** A ticket of the employee's whose estimate the client (or the desk, by phone) approved since yesterday. */
export type DigestApprovedItem = { id: number; title: string; clientName: string; totalMinor: number; currency: string; decidedAt: number };

/**
 * `tickets` may be cut at DIGEST_MAX_ROWS; `total` and `overdue` count them all. `approved` is
 * absent in rows queued before issue 16.
 */
export type DigestPayload = { recipientName: string; date: string; tickets: DigestItem[]; total: number; overdue: number; approved?: DigestApprovedItem[] };

export type NotificationContent =
  | { kind: 'ticket_created'; locale: Locale; payload: TicketCreatedPayload }
  | { kind: 'status_changed'; locale: Locale; payload: StatusChangedPayload }
  | { kind: 'assigned'; locale: Locale; payload: AssignedPayload }
  | { kind: 'digest'; locale: Locale; payload: DigestPayload }
  | { kind: 'estimate_decided'; locale: Locale; payload: EstimateDecidedPayload }
  | { kind: 'client_message'; locale: Locale; payload: ClientMessagePayload }
  | { kind: 'staff_message'; locale: Locale; payload: StaffMessagePayload };

export type NotificationKind = NotificationContent['kind'];
