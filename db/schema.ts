import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  CATALOG_KINDS,
  CHANNELS,
  CLIENT_KINDS,
  DECISION_CHANNELS,
  ESTIMATE_STATES,
  PAYMENT_KINDS,
  PAYMENT_METHODS,
  EVENT_KINDS,
  LINE_KINDS,
  INBOUND_SOURCES,
  INBOUND_STATES,
  LOCALES,
  MESSAGE_CHANNELS,
  NOTIFICATION_KINDS,
  NOTIFICATION_STATES,
  OPEN_STATUSES,
  PRIORITIES,
  RECIPIENT_TYPES,
  ROLES,
  STAFF_CHANNELS,
  STATUSES,
  TICKET_KINDS,
  TICKET_OUTCOMES,
} from '@/lib/domain/enums';
import type { EstimateLine } from '@/lib/domain/estimate-line';

export type { EstimateLine };

/** `column IN ('a','b')` for a CHECK constraint (both engines' schemas); values are our own constants, never user input. */
export function oneOf(column: SQLWrapper, values: readonly string[]): SQL {
  return sql`${column} IN (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;
}

/** The units payment_sums adds payments up in (UTC). */
export const PAYMENT_SUM_SPANS = ['hour', 'day', 'month'] as const;

// Instants are UTC milliseconds: cheap to compare and index, formatted for the user's zone on output.
const timestamps = {
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .$defaultFn(() => new Date())
    .$onUpdateFn(() => new Date()),
};

export const departments = sqliteTable(
  'departments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    // SQLite's lower() and NOCASE fold ASCII only; the key is folded in JS so "Ремонт" = "ремонт".
    nameKey: text('name_key').notNull(),
    description: text('description').notNull().default(''),
    email: text('email'),
    phone: text('phone'),
    ...timestamps,
  },
  (t) => [uniqueIndex('departments_name_key_unique').on(t.nameKey), index('departments_created_idx').on(t.createdAt, t.id)],
);

export const employees = sqliteTable(
  'employees',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fullName: text('full_name').notNull(),
    // Stored folded to lower case by the validation layer, so the unique index is case-insensitive.
    email: text('email').notNull(),
    phone: text('phone'),
    position: text('position').notNull().default(''),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'restrict' }),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    locale: text('locale', { enum: LOCALES }).notNull().default('ru'),
    digestOptOut: integer('digest_opt_out', { mode: 'boolean' }).notNull().default(false),
    // Bumped on a password change: sessions carrying an older value are signed out.
    sessionVersion: integer('session_version').notNull().default(1),
    /** The chat their Telegram account opened with the bot (profile → "Connect Telegram"); null: not connected. */
    telegramChatId: text('telegram_chat_id'),
    /** Where assignment notices and the digest go; Telegram only once a chat is connected. */
    notifyVia: text('notify_via', { enum: STAFF_CHANNELS }).notNull().default('email'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('employees_email_unique').on(t.email),
    index('employees_telegram_chat_idx').on(t.telegramChatId),
    check('employees_notify_via_check', oneOf(t.notifyVia, STAFF_CHANNELS)),
    index('employees_department_idx').on(t.departmentId),
    index('employees_created_idx').on(t.createdAt, t.id),
    check('employees_role_check', oneOf(t.role, ROLES)),
    check('employees_locale_check', oneOf(t.locale, LOCALES)),
    check('employees_email_lower_check', sql`${t.email} = lower(${t.email})`),
  ],
);

export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: CLIENT_KINDS }).notNull().default('person'),
    name: text('name').notNull(),
    contactPerson: text('contact_person'),
    phone: text('phone'), // E.164
    email: text('email'), // lower case
    locale: text('locale', { enum: LOCALES }).notNull().default('ru'),
    notify: integer('notify', { mode: 'boolean' }).notNull().default(true),
    notes: text('notes').notNull().default(''),
    /** The channel the desk set at intake; null: the first the client can receive (CLIENT_CHANNEL_ORDER). */
    preferredChannel: text('preferred_channel', { enum: MESSAGE_CHANNELS }),
    /** The chat the client's Telegram opened with the bot through a one-time start code. */
    telegramChatId: text('telegram_chat_id'),
    // When the client stopped a channel (a link in a message, the status page, /stop to the bot);
    // null: the channel is on. A stopped channel is skipped at once, for every message after it.
    emailStoppedAt: integer('email_stopped_at', { mode: 'timestamp_ms' }),
    smsStoppedAt: integer('sms_stopped_at', { mode: 'timestamp_ms' }),
    telegramStoppedAt: integer('telegram_stopped_at', { mode: 'timestamp_ms' }),
    ...timestamps,
  },
  (t) => [
    index('clients_telegram_chat_idx').on(t.telegramChatId),
    check('clients_preferred_channel_check', sql`${t.preferredChannel} IS NULL OR ${t.preferredChannel} IN ('email', 'sms', 'telegram')`),
    index('clients_phone_idx').on(t.phone),
    index('clients_email_idx').on(t.email),
    index('clients_name_idx').on(t.name),
    index('clients_created_idx').on(t.createdAt, t.id),
    check('clients_kind_check', oneOf(t.kind, CLIENT_KINDS)),
    check('clients_locale_check', oneOf(t.locale, LOCALES)),
    check('clients_contact_check', sql`${t.phone} IS NOT NULL OR ${t.email} IS NOT NULL`),
  ],
);

/**
 * The open statuses written out in the SQL, not bound: SQLite uses a partial index only for a
 * query whose WHERE repeats the index's terms, literals included (db/queries/digest.ts).
 */
export const OPEN_STATUS_LITERALS = sql.raw(`(${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`);

export const tickets = sqliteTable(
  'tickets',
  {
    // AUTOINCREMENT: the id is the ticket number (SC-000042) and SQLite never hands out a deleted one again.
    id: integer('id').primaryKey({ autoIncrement: true }),
    publicToken: text('public_token').notNull(),
    kind: text('kind', { enum: TICKET_KINDS }).notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'restrict' }),
    assigneeId: integer('assignee_id').references(() => employees.id, { onDelete: 'restrict' }),
    createdById: integer('created_by_id').references(() => employees.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    deviceType: text('device_type'),
    brand: text('brand'),
    model: text('model'),
    serialNumber: text('serial_number'),
    accessories: text('accessories'),
    intakeCondition: text('intake_condition'),
    warranty: integer('warranty', { mode: 'boolean' }).notNull().default(false),
    priority: text('priority', { enum: PRIORITIES }).notNull().default('normal'),
    dueDate: text('due_date'), // YYYY-MM-DD in the company's time zone
    /**
     * The total of the ticket's lines after every discount (null: no lines yet), kept by the line
     * commands in the same transaction as the lines; the list sorts by it. Before issue 16 it was
     * one estimate typed by hand; migration 0012 turned each such value into one line.
     */
    estimateMinor: integer('estimate_minor'),
    /** The total when the ticket was closed (the bill handed over); null while it is open. */
    finalCostMinor: integer('final_cost_minor'),
    /** A discount on the whole ticket, taken off after the lines' own discounts. */
    discountMinor: integer('discount_minor').notNull().default(0),
    /** How a repair ended when it was not done (the client declined the estimate). */
    outcome: text('outcome', { enum: TICKET_OUTCOMES }),
    /**
     * Paid so far: payments and prepayments less refunds, kept by the payment commands in the
     * payment's own transaction. The balance due is the total (estimate_minor) less this.
     */
    paidMinor: integer('paid_minor').notNull().default(0),
    /** The device's value as the client states it at intake (the receipt names it; liability is up to twice it). */
    declaredValueMinor: integer('declared_value_minor'),
    /** A warranty return: the closed repair whose work or parts are still under warranty for this serial. */
    warrantyReturnOfId: integer('warranty_return_of_id').references((): AnySQLiteColumn => tickets.id, { onDelete: 'set null' }),
    currency: text('currency').notNull().default('RUB'),
    diagnosis: text('diagnosis').notNull().default(''),
    workDone: text('work_done').notNull().default(''),
    status: text('status', { enum: STATUSES }).notNull().default('new'),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    /** The first time the ticket became `ready` (kept when it is reopened): the dashboard's time to ready. */
    firstReadyAt: integer('first_ready_at', { mode: 'timestamp_ms' }),
    /** The client's oldest unanswered message (e-mail reply or Telegram); cleared when staff answer. */
    clientRepliedAt: integer('client_replied_at', { mode: 'timestamp_ms' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('tickets_public_token_unique').on(t.publicToken),
    // Every list filter of SPEC §4 ends in (created_at, id) so a filtered page is an index range scan.
    index('tickets_created_idx').on(t.createdAt, t.id),
    index('tickets_client_created_idx').on(t.clientId, t.createdAt, t.id),
    index('tickets_assignee_created_idx').on(t.assigneeId, t.createdAt, t.id),
    index('tickets_status_created_idx').on(t.status, t.createdAt, t.id),
    index('tickets_department_created_idx').on(t.departmentId, t.createdAt, t.id),
    index('tickets_priority_created_idx').on(t.priority, t.createdAt, t.id),
    index('tickets_updated_idx').on(t.updatedAt, t.id),
    index('tickets_due_idx').on(t.dueDate, t.id),
    // Overdue (open and due before today) and the due-date order within one or more statuses.
    index('tickets_status_due_idx').on(t.status, t.dueDate, t.id),
    // An employee's tickets in some statuses ("my open"), newest first, and their counts by date.
    index('tickets_assignee_status_created_idx').on(t.assigneeId, t.status, t.createdAt, t.id),
    index('tickets_serial_idx').on(t.serialNumber),
    // The list sorted by total, highest first.
    index('tickets_estimate_idx').on(t.estimateMinor, t.id),
    // "Balance due" (due=1), newest first. Written as a plain comparison (a ticket without lines has
    // a null total and owes nothing): SQLite cannot match coalesce(…) > … against a query's WHERE.
    index('tickets_balance_due_idx').on(t.createdAt, t.id).where(sql`${t.estimateMinor} > ${t.paidMinor}`),
    // "Warranty returns" (warranty=1), newest first, and the link back from the original repair.
    index('tickets_warranty_return_idx').on(t.warrantyReturnOfId, t.createdAt, t.id).where(sql`${t.warrantyReturnOfId} IS NOT NULL`),
    // "Client replied" (replied=1), newest first, and the dashboard's count: only unanswered tickets.
    index('tickets_client_replied_idx').on(t.createdAt, t.id).where(sql`${t.clientRepliedAt} IS NOT NULL`),
    // Revenue on the dashboard: the tickets closed in a window and what they billed, from the index alone.
    index('tickets_closed_idx')
      .on(t.closedAt, t.departmentId, t.assigneeId, t.currency, t.kind, t.finalCostMinor)
      .where(sql`${t.status} = 'closed'`),
    index('tickets_first_ready_idx').on(t.firstReadyAt, t.departmentId, t.createdAt).where(sql`${t.firstReadyAt} IS NOT NULL`),
    // "My open tickets" (dashboard, digest) in their order, read from the top: due date, then age.
    index('tickets_open_assignee_due_idx')
      .on(t.assigneeId, t.dueDate, t.createdAt, t.id)
      .where(sql`${t.status} IN ${OPEN_STATUS_LITERALS}`),
    check('tickets_kind_check', oneOf(t.kind, TICKET_KINDS)),
    check('tickets_channel_check', oneOf(t.channel, CHANNELS)),
    check('tickets_priority_check', oneOf(t.priority, PRIORITIES)),
    check('tickets_status_check', oneOf(t.status, STATUSES)),
    check('tickets_money_check', sql`coalesce(${t.estimateMinor}, 0) >= 0 AND coalesce(${t.finalCostMinor}, 0) >= 0`),
    // Added with their columns (migration 0011): rebuilding tickets would drop its search triggers.
    check('tickets_discount_check', sql`${t.discountMinor} >= 0`),
    check('tickets_paid_check', sql`${t.paidMinor} >= 0`),
    check('tickets_declared_value_check', sql`coalesce(${t.declaredValueMinor}, 0) >= 0`),
    check('tickets_outcome_check', sql`${t.outcome} IS NULL OR ${oneOf(t.outcome, TICKET_OUTCOMES)}`),
    check('tickets_closed_at_check', sql`(${t.status} = 'closed') = (${t.closedAt} IS NOT NULL)`),
  ],
);

export const ticketEvents = sqliteTable(
  'ticket_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    actorId: integer('actor_id').references(() => employees.id, { onDelete: 'set null' }),
    // The actor's name when the event was written, kept when the employee is later deleted (their
    // id then goes null); both null: the system did it.
    actorName: text('actor_name'),
    fromValue: text('from_value'),
    toValue: text('to_value'),
    fields: text('fields', { mode: 'json' }).$type<string[]>(),
    body: text('body'),
    isPublic: integer('is_public', { mode: 'boolean' }).notNull().default(false),
    /** The ticket's version this event produced (null for events that do not bump it, and older rows). */
    ticketVersion: integer('ticket_version'),
    /**
     * What a line or estimate event is about, for the timeline: the line (name, quantity, prices),
     * the estimate's version and total, the decision, how it came and any reason.
     */
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index('ticket_events_ticket_idx').on(t.ticketId, t.createdAt, t.id),
    // The dashboard: moves into a status within a date range (closed per day). Time to ready reads
    // tickets.first_ready_at instead (migration 0007).
    index('ticket_events_status_to_idx')
      .on(t.toValue, t.createdAt, t.ticketId)
      .where(sql`${t.kind} = 'status_changed'`),
    check('ticket_events_kind_check', oneOf(t.kind, EVENT_KINDS)),
  ],
);

/**
 * Photos and documents on a ticket. The bytes live in ATTACHMENTS_DIR under a content-derived
 * name (sha256 + extension), so rows with the same content share one file; the file goes when
 * the last row naming it does. The type is the one sniffed from the bytes, never the file name's.
 */
export const attachments = sqliteTable(
  'attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    uploaderId: integer('uploader_id').references(() => employees.id, { onDelete: 'set null' }),
    originalName: text('original_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageName: text('storage_name').notNull(),
    // Only photos may be shown on the client's status page.
    visibleToClient: integer('visible_to_client', { mode: 'boolean' }).notNull().default(false),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index('attachments_ticket_idx').on(t.ticketId, t.createdAt, t.id),
    // The same content twice on one ticket is a mistake; on two tickets it shares the file.
    uniqueIndex('attachments_ticket_sha_unique').on(t.ticketId, t.sha256),
    index('attachments_storage_idx').on(t.storageName),
    index('attachments_uploader_idx').on(t.uploaderId),
    check('attachments_size_check', sql`${t.size} > 0`),
    check('attachments_visible_check', sql`${t.visibleToClient} = 0 OR ${t.mime} LIKE 'image/%'`),
  ],
);

export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    recipientType: text('recipient_type', { enum: RECIPIENT_TYPES }).notNull(),
    /** The e-mail address, the E.164 phone number (SMS) or the Telegram chat id, per `channel`. */
    recipientAddress: text('recipient_address').notNull(),
    channel: text('channel', { enum: MESSAGE_CHANNELS }).notNull().default('email'),
    locale: text('locale', { enum: LOCALES }).notNull(),
    ticketId: integer('ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    employeeId: integer('employee_id').references(() => employees.id, { onDelete: 'set null' }),
    // Rendering (react-email) stays out of the transaction that enqueues, which holds the write lock: a
    // row is written with its subject and a snapshot of the data (payload); html/text stay '' until
    // the first delivery attempt renders them, and every retry then sends the very same body.
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>(),
    state: text('state', { enum: NOTIFICATION_STATES }).notNull().default('pending'),
    transport: text('transport'), // 'resend' | 'outbox' once delivered
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    providerMessageId: text('provider_message_id'),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
    /** When a delivery attempt took the row; null while none is under way (see releaseAbandonedClaims). */
    claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    dedupeKey: text('dedupe_key').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('notifications_dedupe_unique').on(t.dedupeKey),
    index('notifications_due_idx').on(t.state, t.nextAttemptAt),
    index('notifications_created_idx').on(t.createdAt, t.id),
    index('notifications_ticket_idx').on(t.ticketId),
    // The /outbox list filters by state or kind, newest first, paged by (created_at, id).
    index('notifications_state_created_idx').on(t.state, t.createdAt, t.id),
    index('notifications_kind_created_idx').on(t.kind, t.createdAt, t.id),
    check('notifications_kind_check', oneOf(t.kind, NOTIFICATION_KINDS)),
    check('notifications_state_check', oneOf(t.state, NOTIFICATION_STATES)),
    check('notifications_recipient_check', oneOf(t.recipientType, RECIPIENT_TYPES)),
    check('notifications_channel_check', oneOf(t.channel, MESSAGE_CHANNELS)),
  ],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: integer('actor_id').references(() => employees.id, { onDelete: 'set null' }),
    actorName: text('actor_name'), // kept when the actor is later deleted
    entityType: text('entity_type', { enum: AUDIT_ENTITIES }).notNull(),
    entityId: integer('entity_id').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    changes: text('changes', { mode: 'json' }).$type<Record<string, { from: unknown; to: unknown }>>(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.createdAt),
    check('audit_log_entity_check', oneOf(t.entityType, AUDIT_ENTITIES)),
    check('audit_log_action_check', oneOf(t.action, AUDIT_ACTIONS)),
  ],
);

/** Failed sign-ins (and later other throttled actions), kept in the database so a restart resets nothing. */
export const throttles = sqliteTable(
  'throttles',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull().default(0),
    windowStartedAt: integer('window_started_at', { mode: 'timestamp_ms' }).notNull(),
    lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
  },
  // The minute sweep deletes rows whose window and lock are over.
  (t) => [index('throttles_window_idx').on(t.windowStartedAt)],
);

/**
 * One row per sign-in. The session cookie carries a random id whose SHA-256 is stored here; every
 * request checks the row, so signing out, "sign out everywhere" and deactivation end it at once.
 */
export const staffSessions = sqliteTable(
  'staff_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull(),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    userAgent: text('user_agent').notNull().default(''),
    address: text('address').notNull().default(''),
    createdAt: timestamps.createdAt,
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('staff_sessions_token_unique').on(t.tokenHash),
    index('staff_sessions_employee_idx').on(t.employeeId, t.lastSeenAt),
    index('staff_sessions_expires_idx').on(t.expiresAt),
  ],
);

/**
 * The price list: services (work) and parts. A part keeps its stock, which part lines take and
 * give back in their own transaction; a manager may let it go below zero, with a reason.
 */
export const catalogItems = sqliteTable(
  'catalog_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: CATALOG_KINDS }).notNull(),
    code: text('code').notNull(),
    // Folded in JS (SQLite folds ASCII only), so "АКБ-1" and "акб-1" are one code.
    codeKey: text('code_key').notNull(),
    name: text('name').notNull(),
    /** Code and name folded, with the name also spelled in the other alphabet: prefix search. */
    searchKey: text('search_key').notNull(),
    priceMinor: integer('price_minor').notNull(),
    warrantyDays: integer('warranty_days').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    departmentId: integer('department_id').references(() => departments.id, { onDelete: 'restrict' }),
    /** Parts only (null for a service). */
    stockOnHand: integer('stock_on_hand'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('catalog_items_code_key_unique').on(t.codeKey),
    index('catalog_items_name_idx').on(t.name, t.id),
    index('catalog_items_department_idx').on(t.departmentId),
    check('catalog_items_kind_check', oneOf(t.kind, CATALOG_KINDS)),
    check('catalog_items_price_check', sql`${t.priceMinor} >= 0`),
    check('catalog_items_warranty_check', sql`${t.warrantyDays} >= 0`),
    check('catalog_items_stock_check', sql`(${t.kind} = 'part') = (${t.stockOnHand} IS NOT NULL)`),
  ],
);

/**
 * Work and parts on a ticket, from the price list (name, code and warranty copied, so a later
 * change of the list does not rewrite a ticket) or typed in. Amounts in minor units.
 */
export const ticketLines = sqliteTable(
  'ticket_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: LINE_KINDS }).notNull(),
    // Restrict: a price-list item that a ticket uses cannot be deleted, only deactivated.
    catalogItemId: integer('catalog_item_id').references(() => catalogItems.id, { onDelete: 'restrict' }),
    code: text('code'),
    name: text('name').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceMinor: integer('unit_price_minor').notNull(),
    /** Off this line's quantity × price. */
    discountMinor: integer('discount_minor').notNull().default(0),
    warrantyDays: integer('warranty_days').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('ticket_lines_ticket_idx').on(t.ticketId, t.id),
    // The dashboard's work revenue sums a month of closed tickets' work lines from the index alone.
    index('ticket_lines_ticket_kind_idx').on(t.ticketId, t.kind, t.quantity, t.unitPriceMinor, t.discountMinor),
    index('ticket_lines_catalog_idx').on(t.catalogItemId),
    check('ticket_lines_kind_check', oneOf(t.kind, LINE_KINDS)),
    check('ticket_lines_quantity_check', sql`${t.quantity} > 0`),
    check('ticket_lines_money_check', sql`${t.unitPriceMinor} >= 0 AND ${t.discountMinor} >= 0 AND ${t.discountMinor} <= ${t.quantity} * ${t.unitPriceMinor}`),
  ],
);

/**
 * An estimate: the ticket's lines frozen when it went to the client (version 1, 2, … per ticket),
 * and the client's decision. Changing the lines while it waits makes the next version and
 * withdraws this one, so a decision is always about exactly what the client saw.
 */
export const estimates = sqliteTable(
  'estimates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    lines: text('lines', { mode: 'json' }).notNull().$type<EstimateLine[]>(),
    discountMinor: integer('discount_minor').notNull().default(0),
    totalMinor: integer('total_minor').notNull(),
    currency: text('currency').notNull(),
    diagnosis: text('diagnosis').notNull().default(''),
    state: text('state', { enum: ESTIMATE_STATES }).notNull().default('pending'),
    /** The ticket's department when it was sent: the approval figures per department. */
    departmentId: integer('department_id').notNull(),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    decidedVia: text('decided_via', { enum: DECISION_CHANNELS }),
    /** The employee who took a decision by phone (null for the client's own). */
    decidedById: integer('decided_by_id').references(() => employees.id, { onDelete: 'set null' }),
    decidedByName: text('decided_by_name'),
    reason: text('reason'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    uniqueIndex('estimates_ticket_version_unique').on(t.ticketId, t.version),
    // Awaiting decision (the dashboard's total) and decisions of the last 30 days (approval rate).
    index('estimates_state_idx').on(t.state, t.departmentId),
    // Covering the approval figures (state, created_at): a month of decisions at a million tickets is
    // ~150,000 estimates, and reading each row for two columns cost a second of the server's thread.
    index('estimates_decided_idx').on(t.decidedAt, t.departmentId, t.state, t.createdAt).where(sql`${t.decidedAt} IS NOT NULL`),
    check('estimates_state_check', oneOf(t.state, ESTIMATE_STATES)),
    check('estimates_total_check', sql`${t.totalMinor} >= 0`),
    check('estimates_decided_check', sql`(${t.state} IN ('approved', 'declined')) = (${t.decidedAt} IS NOT NULL)`),
  ],
);

/**
 * Money taken or given back on a ticket, in minor units of the ticket's currency. Never edited or
 * deleted: a mistake is reversed by a refund, with its reason. The amount is always positive; the
 * kind says which way it went.
 */
export const payments = sqliteTable(
  'payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Restrict: a ticket with money on it is not deleted (the cash count would lose a row).
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: PAYMENT_KINDS }).notNull(),
    method: text('method', { enum: PAYMENT_METHODS }).notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    /** Required for a refund: why the money went back. */
    reason: text('reason'),
    takenById: integer('taken_by_id').references(() => employees.id, { onDelete: 'set null' }),
    /** Kept when the employee is later deleted: the cash report still names who took it. */
    takenByName: text('taken_by_name').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index('payments_ticket_idx').on(t.ticketId, t.id),
    // The cash report: a local day or range of payments, by employee and method.
    index('payments_created_idx').on(t.createdAt, t.id),
    check('payments_kind_check', oneOf(t.kind, PAYMENT_KINDS)),
    check('payments_method_check', oneOf(t.method, PAYMENT_METHODS)),
    check('payments_amount_check', sql`${t.amountMinor} > 0`),
    check('payments_refund_reason_check', sql`${t.kind} <> 'refund' OR length(trim(coalesce(${t.reason}, ''))) > 0`),
  ],
);

/**
 * The payments summed per UTC hour, UTC day and UTC month (`span`, beginning at `start`, UTC ms),
 * taker, method, kind and currency. Triggers on payments (migration 0014) keep each span equal to a
 * GROUP BY of payments, whoever writes. The cash report of a month adds up about a month's row and
 * a few hours' rows instead of a quarter of a million payments; a range that does not fall on whole
 * UTC units is its units plus or minus whole hours, plus the payments of any part-hour at its
 * edges (db/queries/payment-sums.ts). UTC units, never local days: they do not depend on
 * APP_TIMEZONE, so the backfill is right in any zone and a change of zone never makes them wrong.
 * taken_by_id 0 stands for "no employee" (deleted, or none): a key column is never NULL, so the
 * upsert finds its row; the triggers move the rows to 0 when an employee is deleted.
 */
export const paymentSums = sqliteTable(
  'payment_sums',
  {
    span: text('span', { enum: PAYMENT_SUM_SPANS }).notNull(),
    start: integer('start').notNull(),
    takenById: integer('taken_by_id').notNull(),
    takenByName: text('taken_by_name').notNull(),
    method: text('method', { enum: PAYMENT_METHODS }).notNull(),
    kind: text('kind', { enum: PAYMENT_KINDS }).notNull(),
    currency: text('currency').notNull(),
    count: integer('count').notNull(),
    amountMinor: integer('amount_minor').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.span, t.start, t.takenById, t.takenByName, t.method, t.kind, t.currency] }),
    check('payment_sums_span_check', oneOf(t.span, PAYMENT_SUM_SPANS)),
  ],
);

/**
 * A one-time code in a Telegram deep link (t.me/<bot>?start=<code>): opening it binds the chat to
 * the client (status page, receipt) or the employee (profile). Random, 32 characters, used once,
 * short-lived; the code itself is what the bot receives, so it is stored as-is.
 */
export const telegramLinks = sqliteTable(
  'telegram_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    clientId: integer('client_id').references(() => clients.id, { onDelete: 'cascade' }),
    employeeId: integer('employee_id').references(() => employees.id, { onDelete: 'cascade' }),
    createdAt: timestamps.createdAt,
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('telegram_links_code_unique').on(t.code),
    index('telegram_links_client_idx').on(t.clientId, t.expiresAt),
    index('telegram_links_employee_idx').on(t.employeeId, t.expiresAt),
    check('telegram_links_owner_check', sql`(${t.clientId} IS NULL) <> (${t.employeeId} IS NULL)`),
  ],
);

/**
 * Every message that came in from outside (an e-mail reply, a message to the bot), once: the
 * provider's id is unique, so a webhook delivered twice writes one row. `attached` ones are on a
 * ticket's timeline; `quarantined` ones (unknown sender, unknown reply address, no ticket) wait for
 * a manager at /replies and are never attached by themselves.
 */
export const inboundMessages = sqliteTable(
  'inbound_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    source: text('source', { enum: INBOUND_SOURCES }).notNull(),
    externalId: text('external_id').notNull(),
    sender: text('sender').notNull(),
    recipient: text('recipient').notNull().default(''),
    subject: text('subject').notNull().default(''),
    /** The reply without quoted history or signature: what the timeline shows. */
    body: text('body').notNull(),
    /** The message as it came, for a manager who doubts the stripping. */
    original: text('original').notNull(),
    state: text('state', { enum: INBOUND_STATES }).notNull(),
    /** Why it is quarantined: unknown_sender, unknown_address, no_ticket. */
    reason: text('reason'),
    ticketId: integer('ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    clientId: integer('client_id').references(() => clients.id, { onDelete: 'set null' }),
    attachmentCount: integer('attachment_count').notNull().default(0),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    uniqueIndex('inbound_messages_external_unique').on(t.source, t.externalId),
    index('inbound_messages_state_created_idx').on(t.state, t.createdAt, t.id),
    index('inbound_messages_ticket_idx').on(t.ticketId),
    check('inbound_messages_source_check', oneOf(t.source, INBOUND_SOURCES)),
    check('inbound_messages_state_check', oneOf(t.state, INBOUND_STATES)),
  ],
);

/**
 * Which statuses tell the client, per channel (/settings/notifications). One row per status and
 * channel, written by the migration with the defaults; `new` stands for the registration message.
 */
export const clientNotificationRules = sqliteTable(
  'client_notification_rules',
  {
    status: text('status', { enum: STATUSES }).notNull(),
    channel: text('channel', { enum: MESSAGE_CHANNELS }).notNull(),
    enabled: integer('enabled', { mode: 'boolean' }).notNull(),
    updatedAt: timestamps.updatedAt,
  },
  (t) => [
    primaryKey({ columns: [t.status, t.channel] }),
    check('client_notification_rules_status_check', oneOf(t.status, STATUSES)),
    check('client_notification_rules_channel_check', oneOf(t.channel, MESSAGE_CHANNELS)),
  ],
);

/**
 * Figures worked out away from the requests (the dashboard's 30-day history, issue 21): the
 * background process of `npm start` (scripts/background.ts) writes them every half minute, and
 * a page reads one row instead of computing for a second on the thread that serves everyone.
 * `value` is the figures as v8-serialized bytes (they hold dates); `key` names the figures and
 * the local day they are for.
 */
export const figureSnapshots = sqliteTable('figure_snapshots', {
  key: text('key').primaryKey(),
  value: blob('value', { mode: 'buffer' }).notNull(),
  computedAt: integer('computed_at', { mode: 'timestamp_ms' }).notNull(),
});
