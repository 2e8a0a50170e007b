import type { Locale, Priority, Status, TicketKind } from '@/lib/domain/enums';

/**
 * What an outbox row needs to be rendered, captured when the change commits: the mail tells the
 * recipient what happened then ("was → now"), even if the ticket moves on before delivery.
 */
export type TicketSnapshot = { id: number; title: string; publicToken: string };

export type TicketCreatedPayload = { recipientName: string; ticket: TicketSnapshot };

export type StatusChangedPayload = { recipientName: string; ticket: TicketSnapshot; from: Status; to: Status };

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

/** `tickets` may be cut at DIGEST_MAX_ROWS; `total` and `overdue` count them all. */
export type DigestPayload = { recipientName: string; date: string; tickets: DigestItem[]; total: number; overdue: number };

export type NotificationContent =
  | { kind: 'ticket_created'; locale: Locale; payload: TicketCreatedPayload }
  | { kind: 'status_changed'; locale: Locale; payload: StatusChangedPayload }
  | { kind: 'assigned'; locale: Locale; payload: AssignedPayload }
  | { kind: 'digest'; locale: Locale; payload: DigestPayload };

export type NotificationKind = NotificationContent['kind'];
