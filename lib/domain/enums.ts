/** Enumerations shared by the schema (CHECK constraints), zod schemas and the UI. */
export const ROLES = ['admin', 'manager', 'technician'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const CLIENT_KINDS = ['person', 'company'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

export const TICKET_KINDS = ['repair', 'consultation'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

export const CHANNELS = ['phone', 'email', 'walk_in', 'web', 'messenger'] as const;
export type Channel = (typeof CHANNELS)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const OPEN_STATUSES = ['new', 'diagnostics', 'awaiting_approval', 'in_progress', 'awaiting_parts', 'ready'] as const;
export const CLOSED_STATUSES = ['closed', 'cancelled'] as const;
export const STATUSES = [...OPEN_STATUSES, ...CLOSED_STATUSES] as const;
export type Status = (typeof STATUSES)[number];

export const EVENT_KINDS = [
  'created',
  'status_changed',
  'assigned',
  'field_changed',
  'comment',
  'attached',
  // Issue 16: the lines of work and parts, and the estimate the client decides on.
  'line_added',
  'line_changed',
  'line_removed',
  'estimate_sent',
  'estimate_withdrawn',
  'estimate_decided',
  'decision_overridden',
  // Issue 17: money taken or given back, and a warranty return linked to the repair it returns to.
  'payment',
  'warranty_return',
  // Issue 18: a client's message (an e-mail reply or a Telegram message) and staff's answer to it.
  'client_message',
  'staff_message',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const NOTIFICATION_KINDS = [
  'ticket_created',
  'status_changed',
  'assigned',
  'digest',
  'estimate_decided',
  // Issue 18: to the assignee when the client writes; to the client when staff answer.
  'client_message',
  'staff_message',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** `merged`: a held status message that a later move replaced or undid before it went out (never sent). */
export const NOTIFICATION_STATES = ['pending', 'sent', 'failed', 'merged'] as const;
/**
 * What the outbox shows and filters by: the stored states, and `kept`, a `sent` row that never left
 * the server (no mail service; lib/notifications/outbox-state.ts).
 */
export const OUTBOX_STATES = ['pending', 'sent', 'kept', 'failed', 'merged'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** How a message reaches its reader: one outbox row per message and channel. */
export const MESSAGE_CHANNELS = ['email', 'sms', 'telegram'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];
/** Without a preferred channel a client is told through the first of these they can receive. */
export const CLIENT_CHANNEL_ORDER = ['telegram', 'email', 'sms'] as const satisfies readonly MessageChannel[];
/** Staff get their notices and digest by e-mail or Telegram. */
export const STAFF_CHANNELS = ['email', 'telegram'] as const;
export type StaffChannel = (typeof STAFF_CHANNELS)[number];

/** Where a message from outside came from, and what became of it. */
export const INBOUND_SOURCES = ['email', 'telegram'] as const;
export type InboundSource = (typeof INBOUND_SOURCES)[number];
/** attached: on a ticket's timeline; quarantined: unknown sender or address, kept for managers; dismissed by a manager. */
export const INBOUND_STATES = ['attached', 'quarantined', 'dismissed'] as const;
export type InboundState = (typeof INBOUND_STATES)[number];
export const RECIPIENT_TYPES = ['client', 'employee'] as const;

export const AUDIT_ENTITIES = ['department', 'employee', 'client', 'ticket', 'catalog_item', 'payment'] as const;
export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;

/** A price-list item: a service (work) or a part (kept in stock). */
export const CATALOG_KINDS = ['service', 'part'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

/** A line on a ticket: work or a part, from the price list or typed in. */
export const LINE_KINDS = ['work', 'part'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/**
 * An estimate version: pending (sent, awaiting the client), withdrawn (lines changed after it was
 * sent), approved or declined.
 */
export const ESTIMATE_STATES = ['pending', 'withdrawn', 'approved', 'declined'] as const;
export type EstimateState = (typeof ESTIMATE_STATES)[number];
export const ESTIMATE_DECISIONS = ['approved', 'declined'] as const;
export type EstimateDecision = (typeof ESTIMATE_DECISIONS)[number];
/** How a decision reached us: the client on the status page, or staff who took it by phone. */
export const DECISION_CHANNELS = ['status_page', 'phone'] as const;
export type DecisionChannel = (typeof DECISION_CHANNELS)[number];

/** How a repair ended when it was not carried out. */
export const TICKET_OUTCOMES = ['returned_without_repair'] as const;
export type TicketOutcome = (typeof TICKET_OUTCOMES)[number];

/** Money on a ticket: an advance at intake, a payment (usually at handover), or money given back. */
export const PAYMENT_KINDS = ['prepayment', 'payment', 'refund'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];
export const PAYMENT_METHODS = ['cash', 'card', 'transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
