/**
 * The PostgreSQL schema (DATABASE_URL=postgres://…): the same tables, columns, keys, indexes and
 * checks as db/schema.ts, which says what each one is for; tests/unit/pg-schema.test.ts fails when
 * the two differ. Only the column types are PostgreSQL's: instants stay UTC milliseconds (bigint,
 * so SQL compares them as numbers on both engines), flags are booleans, JSON is jsonb, money is
 * bigint minor units, and ids are identity columns that the copy (npm run db:copy) may set itself.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { bytea, instant } from './columns';
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
  PRIORITIES,
  RECIPIENT_TYPES,
  ROLES,
  STAFF_CHANNELS,
  STATUSES,
  TICKET_KINDS,
  TICKET_OUTCOMES,
} from '@/lib/domain/enums';
import type { EstimateLine } from '@/lib/domain/estimate-line';
import { oneOf, OPEN_STATUS_LITERALS, PAYMENT_SUM_SPANS } from '../schema';

const timestamps = {
  createdAt: instant('created_at').notNull().$defaultFn(() => new Date()),
  updatedAt: instant('updated_at')
    .notNull()
    .$defaultFn(() => new Date())
    .$onUpdateFn(() => new Date()),
};

export const departments = pgTable(
  'departments',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    description: text('description').notNull().default(''),
    email: text('email'),
    phone: text('phone'),
    ...timestamps,
  },
  (t) => [uniqueIndex('departments_name_key_unique').on(t.nameKey), index('departments_created_idx').on(t.createdAt, t.id)],
);

export const employees = pgTable(
  'employees',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    fullName: text('full_name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    position: text('position').notNull().default(''),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'restrict' }),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    locale: text('locale', { enum: LOCALES }).notNull().default('ru'),
    digestOptOut: boolean('digest_opt_out').notNull().default(false),
    sessionVersion: integer('session_version').notNull().default(1),
    telegramChatId: text('telegram_chat_id'),
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

export const clients = pgTable(
  'clients',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    kind: text('kind', { enum: CLIENT_KINDS }).notNull().default('person'),
    name: text('name').notNull(),
    contactPerson: text('contact_person'),
    phone: text('phone'),
    email: text('email'),
    locale: text('locale', { enum: LOCALES }).notNull().default('ru'),
    notify: boolean('notify').notNull().default(true),
    notes: text('notes').notNull().default(''),
    preferredChannel: text('preferred_channel', { enum: MESSAGE_CHANNELS }),
    telegramChatId: text('telegram_chat_id'),
    emailStoppedAt: instant('email_stopped_at'),
    smsStoppedAt: instant('sms_stopped_at'),
    telegramStoppedAt: instant('telegram_stopped_at'),
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

export const tickets = pgTable(
  'tickets',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
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
    warranty: boolean('warranty').notNull().default(false),
    priority: text('priority', { enum: PRIORITIES }).notNull().default('normal'),
    dueDate: text('due_date'),
    estimateMinor: bigint('estimate_minor', { mode: 'number' }),
    finalCostMinor: bigint('final_cost_minor', { mode: 'number' }),
    discountMinor: bigint('discount_minor', { mode: 'number' }).notNull().default(0),
    outcome: text('outcome', { enum: TICKET_OUTCOMES }),
    paidMinor: bigint('paid_minor', { mode: 'number' }).notNull().default(0),
    declaredValueMinor: bigint('declared_value_minor', { mode: 'number' }),
    warrantyReturnOfId: integer('warranty_return_of_id').references((): AnyPgColumn => tickets.id, { onDelete: 'set null' }),
    currency: text('currency').notNull().default('RUB'),
    diagnosis: text('diagnosis').notNull().default(''),
    workDone: text('work_done').notNull().default(''),
    status: text('status', { enum: STATUSES }).notNull().default('new'),
    closedAt: instant('closed_at'),
    firstReadyAt: instant('first_ready_at'),
    clientRepliedAt: instant('client_replied_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('tickets_public_token_unique').on(t.publicToken),
    index('tickets_created_idx').on(t.createdAt, t.id),
    index('tickets_client_created_idx').on(t.clientId, t.createdAt, t.id),
    index('tickets_assignee_created_idx').on(t.assigneeId, t.createdAt, t.id),
    index('tickets_status_created_idx').on(t.status, t.createdAt, t.id),
    index('tickets_department_created_idx').on(t.departmentId, t.createdAt, t.id),
    index('tickets_priority_created_idx').on(t.priority, t.createdAt, t.id),
    index('tickets_updated_idx').on(t.updatedAt, t.id),
    index('tickets_due_idx').on(t.dueDate, t.id),
    index('tickets_status_due_idx').on(t.status, t.dueDate, t.id),
    index('tickets_assignee_status_created_idx').on(t.assigneeId, t.status, t.createdAt, t.id),
    index('tickets_serial_idx').on(t.serialNumber),
    index('tickets_estimate_idx').on(t.estimateMinor, t.id),
    index('tickets_balance_due_idx').on(t.createdAt, t.id).where(sql`${t.estimateMinor} > ${t.paidMinor}`),
    index('tickets_warranty_return_idx').on(t.warrantyReturnOfId, t.createdAt, t.id).where(sql`${t.warrantyReturnOfId} IS NOT NULL`),
    index('tickets_client_replied_idx').on(t.createdAt, t.id).where(sql`${t.clientRepliedAt} IS NOT NULL`),
    index('tickets_closed_idx')
      .on(t.closedAt, t.departmentId, t.assigneeId, t.currency, t.kind, t.finalCostMinor)
      .where(sql`${t.status} = 'closed'`),
    index('tickets_first_ready_idx').on(t.firstReadyAt, t.departmentId, t.createdAt).where(sql`${t.firstReadyAt} IS NOT NULL`),
    index('tickets_open_assignee_due_idx')
      .on(t.assigneeId, t.dueDate, t.createdAt, t.id)
      .where(sql`${t.status} IN ${OPEN_STATUS_LITERALS}`),
    check('tickets_kind_check', oneOf(t.kind, TICKET_KINDS)),
    check('tickets_channel_check', oneOf(t.channel, CHANNELS)),
    check('tickets_priority_check', oneOf(t.priority, PRIORITIES)),
    check('tickets_status_check', oneOf(t.status, STATUSES)),
    check('tickets_money_check', sql`coalesce(${t.estimateMinor}, 0) >= 0 AND coalesce(${t.finalCostMinor}, 0) >= 0`),
    check('tickets_discount_check', sql`${t.discountMinor} >= 0`),
    check('tickets_paid_check', sql`${t.paidMinor} >= 0`),
    check('tickets_declared_value_check', sql`coalesce(${t.declaredValueMinor}, 0) >= 0`),
    check('tickets_outcome_check', sql`${t.outcome} IS NULL OR ${oneOf(t.outcome, TICKET_OUTCOMES)}`),
    check('tickets_closed_at_check', sql`(${t.status} = 'closed') = (${t.closedAt} IS NOT NULL)`),
  ],
);

export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    actorId: integer('actor_id').references(() => employees.id, { onDelete: 'set null' }),
    actorName: text('actor_name'),
    fromValue: text('from_value'),
    toValue: text('to_value'),
    fields: jsonb('fields').$type<string[]>(),
    body: text('body'),
    isPublic: boolean('is_public').notNull().default(false),
    ticketVersion: integer('ticket_version'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index('ticket_events_ticket_idx').on(t.ticketId, t.createdAt, t.id),
    index('ticket_events_status_to_idx')
      .on(t.toValue, t.createdAt, t.ticketId)
      .where(sql`${t.kind} = 'status_changed'`),
    check('ticket_events_kind_check', oneOf(t.kind, EVENT_KINDS)),
  ],
);

export const attachments = pgTable(
  'attachments',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    uploaderId: integer('uploader_id').references(() => employees.id, { onDelete: 'set null' }),
    originalName: text('original_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageName: text('storage_name').notNull(),
    visibleToClient: boolean('visible_to_client').notNull().default(false),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index('attachments_ticket_idx').on(t.ticketId, t.createdAt, t.id),
    uniqueIndex('attachments_ticket_sha_unique').on(t.ticketId, t.sha256),
    index('attachments_storage_idx').on(t.storageName),
    index('attachments_uploader_idx').on(t.uploaderId),
    check('attachments_size_check', sql`${t.size} > 0`),
    check('attachments_visible_check', sql`${t.visibleToClient} = false OR ${t.mime} LIKE 'image/%'`),
  ],
);

export const notifications = pgTable(
  'notifications',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    recipientType: text('recipient_type', { enum: RECIPIENT_TYPES }).notNull(),
    recipientAddress: text('recipient_address').notNull(),
    channel: text('channel', { enum: MESSAGE_CHANNELS }).notNull().default('email'),
    locale: text('locale', { enum: LOCALES }).notNull(),
    ticketId: integer('ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    employeeId: integer('employee_id').references(() => employees.id, { onDelete: 'set null' }),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>(),
    state: text('state', { enum: NOTIFICATION_STATES }).notNull().default('pending'),
    transport: text('transport'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    providerMessageId: text('provider_message_id'),
    nextAttemptAt: instant('next_attempt_at').notNull().$defaultFn(() => new Date()),
    claimedAt: instant('claimed_at'),
    sentAt: instant('sent_at'),
    dedupeKey: text('dedupe_key').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('notifications_dedupe_unique').on(t.dedupeKey),
    index('notifications_due_idx').on(t.state, t.nextAttemptAt),
    index('notifications_created_idx').on(t.createdAt, t.id),
    index('notifications_ticket_idx').on(t.ticketId),
    index('notifications_state_created_idx').on(t.state, t.createdAt, t.id),
    index('notifications_kind_created_idx').on(t.kind, t.createdAt, t.id),
    check('notifications_kind_check', oneOf(t.kind, NOTIFICATION_KINDS)),
    check('notifications_state_check', oneOf(t.state, NOTIFICATION_STATES)),
    check('notifications_recipient_check', oneOf(t.recipientType, RECIPIENT_TYPES)),
    check('notifications_channel_check', oneOf(t.channel, MESSAGE_CHANNELS)),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    actorId: integer('actor_id').references(() => employees.id, { onDelete: 'set null' }),
    actorName: text('actor_name'),
    entityType: text('entity_type', { enum: AUDIT_ENTITIES }).notNull(),
    entityId: integer('entity_id').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.createdAt),
    check('audit_log_entity_check', oneOf(t.entityType, AUDIT_ENTITIES)),
    check('audit_log_action_check', oneOf(t.action, AUDIT_ACTIONS)),
  ],
);

export const throttles = pgTable(
  'throttles',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull().default(0),
    windowStartedAt: instant('window_started_at').notNull(),
    lockedUntil: instant('locked_until'),
  },
  (t) => [index('throttles_window_idx').on(t.windowStartedAt)],
);

export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    tokenHash: text('token_hash').notNull(),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    userAgent: text('user_agent').notNull().default(''),
    address: text('address').notNull().default(''),
    createdAt: timestamps.createdAt,
    lastSeenAt: instant('last_seen_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [
    uniqueIndex('staff_sessions_token_unique').on(t.tokenHash),
    index('staff_sessions_employee_idx').on(t.employeeId, t.lastSeenAt),
    index('staff_sessions_expires_idx').on(t.expiresAt),
  ],
);

export const catalogItems = pgTable(
  'catalog_items',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    kind: text('kind', { enum: CATALOG_KINDS }).notNull(),
    code: text('code').notNull(),
    codeKey: text('code_key').notNull(),
    name: text('name').notNull(),
    searchKey: text('search_key').notNull(),
    priceMinor: bigint('price_minor', { mode: 'number' }).notNull(),
    warrantyDays: integer('warranty_days').notNull().default(0),
    active: boolean('active').notNull().default(true),
    departmentId: integer('department_id').references(() => departments.id, { onDelete: 'restrict' }),
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

export const ticketLines = pgTable(
  'ticket_lines',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: LINE_KINDS }).notNull(),
    catalogItemId: integer('catalog_item_id').references(() => catalogItems.id, { onDelete: 'restrict' }),
    code: text('code'),
    name: text('name').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceMinor: bigint('unit_price_minor', { mode: 'number' }).notNull(),
    discountMinor: bigint('discount_minor', { mode: 'number' }).notNull().default(0),
    warrantyDays: integer('warranty_days').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('ticket_lines_ticket_idx').on(t.ticketId, t.id),
    index('ticket_lines_ticket_kind_idx').on(t.ticketId, t.kind, t.quantity, t.unitPriceMinor, t.discountMinor),
    index('ticket_lines_catalog_idx').on(t.catalogItemId),
    check('ticket_lines_kind_check', oneOf(t.kind, LINE_KINDS)),
    check('ticket_lines_quantity_check', sql`${t.quantity} > 0`),
    check('ticket_lines_money_check', sql`${t.unitPriceMinor} >= 0 AND ${t.discountMinor} >= 0 AND ${t.discountMinor} <= ${t.quantity} * ${t.unitPriceMinor}`),
  ],
);

export const estimates = pgTable(
  'estimates',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    lines: jsonb('lines').notNull().$type<EstimateLine[]>(),
    discountMinor: bigint('discount_minor', { mode: 'number' }).notNull().default(0),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    diagnosis: text('diagnosis').notNull().default(''),
    state: text('state', { enum: ESTIMATE_STATES }).notNull().default('pending'),
    departmentId: integer('department_id').notNull(),
    decidedAt: instant('decided_at'),
    decidedVia: text('decided_via', { enum: DECISION_CHANNELS }),
    decidedById: integer('decided_by_id').references(() => employees.id, { onDelete: 'set null' }),
    decidedByName: text('decided_by_name'),
    reason: text('reason'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    uniqueIndex('estimates_ticket_version_unique').on(t.ticketId, t.version),
    index('estimates_state_idx').on(t.state, t.departmentId),
    index('estimates_decided_idx').on(t.decidedAt, t.departmentId, t.state, t.createdAt).where(sql`${t.decidedAt} IS NOT NULL`),
    check('estimates_state_check', oneOf(t.state, ESTIMATE_STATES)),
    check('estimates_total_check', sql`${t.totalMinor} >= 0`),
    check('estimates_decided_check', sql`(${t.state} IN ('approved', 'declined')) = (${t.decidedAt} IS NOT NULL)`),
  ],
);

export const payments = pgTable(
  'payments',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: PAYMENT_KINDS }).notNull(),
    method: text('method', { enum: PAYMENT_METHODS }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    reason: text('reason'),
    takenById: integer('taken_by_id').references(() => employees.id, { onDelete: 'set null' }),
    takenByName: text('taken_by_name').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index('payments_ticket_idx').on(t.ticketId, t.id),
    index('payments_created_idx').on(t.createdAt, t.id),
    check('payments_kind_check', oneOf(t.kind, PAYMENT_KINDS)),
    check('payments_method_check', oneOf(t.method, PAYMENT_METHODS)),
    check('payments_amount_check', sql`${t.amountMinor} > 0`),
    check('payments_refund_reason_check', sql`${t.kind} <> 'refund' OR length(trim(coalesce(${t.reason}, ''))) > 0`),
  ],
);

export const paymentSums = pgTable(
  'payment_sums',
  {
    span: text('span', { enum: PAYMENT_SUM_SPANS }).notNull(),
    start: bigint('start', { mode: 'number' }).notNull(),
    takenById: integer('taken_by_id').notNull(),
    takenByName: text('taken_by_name').notNull(),
    method: text('method', { enum: PAYMENT_METHODS }).notNull(),
    kind: text('kind', { enum: PAYMENT_KINDS }).notNull(),
    currency: text('currency').notNull(),
    count: integer('count').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.span, t.start, t.takenById, t.takenByName, t.method, t.kind, t.currency] }),
    check('payment_sums_span_check', oneOf(t.span, PAYMENT_SUM_SPANS)),
  ],
);

export const telegramLinks = pgTable(
  'telegram_links',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    code: text('code').notNull(),
    clientId: integer('client_id').references(() => clients.id, { onDelete: 'cascade' }),
    employeeId: integer('employee_id').references(() => employees.id, { onDelete: 'cascade' }),
    createdAt: timestamps.createdAt,
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
  },
  (t) => [
    uniqueIndex('telegram_links_code_unique').on(t.code),
    index('telegram_links_client_idx').on(t.clientId, t.expiresAt),
    index('telegram_links_employee_idx').on(t.employeeId, t.expiresAt),
    check('telegram_links_owner_check', sql`(${t.clientId} IS NULL) <> (${t.employeeId} IS NULL)`),
  ],
);

export const inboundMessages = pgTable(
  'inbound_messages',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    source: text('source', { enum: INBOUND_SOURCES }).notNull(),
    externalId: text('external_id').notNull(),
    sender: text('sender').notNull(),
    recipient: text('recipient').notNull().default(''),
    subject: text('subject').notNull().default(''),
    body: text('body').notNull(),
    original: text('original').notNull(),
    state: text('state', { enum: INBOUND_STATES }).notNull(),
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

export const clientNotificationRules = pgTable(
  'client_notification_rules',
  {
    status: text('status', { enum: STATUSES }).notNull(),
    channel: text('channel', { enum: MESSAGE_CHANNELS }).notNull(),
    enabled: boolean('enabled').notNull(),
    updatedAt: timestamps.updatedAt,
  },
  (t) => [
    primaryKey({ columns: [t.status, t.channel] }),
    check('client_notification_rules_status_check', oneOf(t.status, STATUSES)),
    check('client_notification_rules_channel_check', oneOf(t.channel, MESSAGE_CHANNELS)),
  ],
);

export const figureSnapshots = pgTable('figure_snapshots', {
  key: text('key').primaryKey(),
  value: bytea('value').notNull(),
  computedAt: instant('computed_at').notNull(),
});
