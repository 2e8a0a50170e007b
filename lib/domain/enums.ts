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

export const EVENT_KINDS = ['created', 'status_changed', 'assigned', 'field_changed', 'comment', 'attached'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const NOTIFICATION_KINDS = ['ticket_created', 'status_changed', 'assigned', 'digest'] as const;
export const NOTIFICATION_STATES = ['pending', 'sent', 'failed'] as const;
export const RECIPIENT_TYPES = ['client', 'employee'] as const;

export const AUDIT_ENTITIES = ['department', 'employee', 'client', 'ticket'] as const;
export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
