CREATE TABLE `catalog_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`code_key` text NOT NULL,
	`name` text NOT NULL,
	`search_key` text NOT NULL,
	`price_minor` integer NOT NULL,
	`warranty_days` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`department_id` integer,
	`stock_on_hand` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "catalog_items_kind_check" CHECK("catalog_items"."kind" IN ('service', 'part')),
	CONSTRAINT "catalog_items_price_check" CHECK("catalog_items"."price_minor" >= 0),
	CONSTRAINT "catalog_items_warranty_check" CHECK("catalog_items"."warranty_days" >= 0),
	CONSTRAINT "catalog_items_stock_check" CHECK(("catalog_items"."kind" = 'part') = ("catalog_items"."stock_on_hand" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `catalog_items_code_key_unique` ON `catalog_items` (`code_key`);--> statement-breakpoint
CREATE INDEX `catalog_items_name_idx` ON `catalog_items` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `catalog_items_department_idx` ON `catalog_items` (`department_id`);--> statement-breakpoint
CREATE TABLE `estimates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`version` integer NOT NULL,
	`lines` text NOT NULL,
	`discount_minor` integer DEFAULT 0 NOT NULL,
	`total_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`diagnosis` text DEFAULT '' NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`department_id` integer NOT NULL,
	`decided_at` integer,
	`decided_via` text,
	`decided_by_id` integer,
	`decided_by_name` text,
	`reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "estimates_state_check" CHECK("estimates"."state" IN ('pending', 'withdrawn', 'approved', 'declined')),
	CONSTRAINT "estimates_total_check" CHECK("estimates"."total_minor" >= 0),
	CONSTRAINT "estimates_decided_check" CHECK(("estimates"."state" IN ('approved', 'declined')) = ("estimates"."decided_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `estimates_ticket_version_unique` ON `estimates` (`ticket_id`,`version`);--> statement-breakpoint
CREATE INDEX `estimates_state_idx` ON `estimates` (`state`,`department_id`);--> statement-breakpoint
CREATE INDEX `estimates_decided_idx` ON `estimates` (`decided_at`,`department_id`) WHERE "estimates"."decided_at" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `ticket_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`kind` text NOT NULL,
	`catalog_item_id` integer,
	`code` text,
	`name` text NOT NULL,
	`quantity` integer NOT NULL,
	`unit_price_minor` integer NOT NULL,
	`discount_minor` integer DEFAULT 0 NOT NULL,
	`warranty_days` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`catalog_item_id`) REFERENCES `catalog_items`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "ticket_lines_kind_check" CHECK("ticket_lines"."kind" IN ('work', 'part')),
	CONSTRAINT "ticket_lines_quantity_check" CHECK("ticket_lines"."quantity" > 0),
	CONSTRAINT "ticket_lines_money_check" CHECK("ticket_lines"."unit_price_minor" >= 0 AND "ticket_lines"."discount_minor" >= 0 AND "ticket_lines"."discount_minor" <= "ticket_lines"."quantity" * "ticket_lines"."unit_price_minor")
);
--> statement-breakpoint
CREATE INDEX `ticket_lines_ticket_idx` ON `ticket_lines` (`ticket_id`,`id`);--> statement-breakpoint
CREATE INDEX `ticket_lines_catalog_idx` ON `ticket_lines` (`catalog_item_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer,
	`actor_name` text,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`action` text NOT NULL,
	`changes` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "audit_log_entity_check" CHECK("__new_audit_log"."entity_type" IN ('department', 'employee', 'client', 'ticket', 'catalog_item')),
	CONSTRAINT "audit_log_action_check" CHECK("__new_audit_log"."action" IN ('create', 'update', 'delete'))
);
--> statement-breakpoint
INSERT INTO `__new_audit_log`("id", "actor_id", "actor_name", "entity_type", "entity_id", "action", "changes", "created_at") SELECT "id", "actor_id", "actor_name", "entity_type", "entity_id", "action", "changes", "created_at" FROM `audit_log`;--> statement-breakpoint
DROP TABLE `audit_log`;--> statement-breakpoint
ALTER TABLE `__new_audit_log` RENAME TO `audit_log`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity_type`,`entity_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `__new_notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`recipient_type` text NOT NULL,
	`recipient_address` text NOT NULL,
	`locale` text NOT NULL,
	`ticket_id` integer,
	`employee_id` integer,
	`subject` text NOT NULL,
	`html` text NOT NULL,
	`text` text NOT NULL,
	`payload` text,
	`state` text DEFAULT 'pending' NOT NULL,
	`transport` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`provider_message_id` text,
	`next_attempt_at` integer NOT NULL,
	`claimed_at` integer,
	`sent_at` integer,
	`dedupe_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "notifications_kind_check" CHECK("__new_notifications"."kind" IN ('ticket_created', 'status_changed', 'assigned', 'digest', 'estimate_decided')),
	CONSTRAINT "notifications_state_check" CHECK("__new_notifications"."state" IN ('pending', 'sent', 'failed')),
	CONSTRAINT "notifications_recipient_check" CHECK("__new_notifications"."recipient_type" IN ('client', 'employee'))
);
--> statement-breakpoint
INSERT INTO `__new_notifications`("id", "kind", "recipient_type", "recipient_address", "locale", "ticket_id", "employee_id", "subject", "html", "text", "payload", "state", "transport", "attempts", "last_error", "provider_message_id", "next_attempt_at", "claimed_at", "sent_at", "dedupe_key", "created_at", "updated_at") SELECT "id", "kind", "recipient_type", "recipient_address", "locale", "ticket_id", "employee_id", "subject", "html", "text", "payload", "state", "transport", "attempts", "last_error", "provider_message_id", "next_attempt_at", "claimed_at", "sent_at", "dedupe_key", "created_at", "updated_at" FROM `notifications`;--> statement-breakpoint
DROP TABLE `notifications`;--> statement-breakpoint
ALTER TABLE `__new_notifications` RENAME TO `notifications`;--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_dedupe_unique` ON `notifications` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `notifications_due_idx` ON `notifications` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `notifications_created_idx` ON `notifications` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `notifications_ticket_idx` ON `notifications` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `notifications_state_created_idx` ON `notifications` (`state`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `notifications_kind_created_idx` ON `notifications` (`kind`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `__new_ticket_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`kind` text NOT NULL,
	`actor_id` integer,
	`actor_name` text,
	`from_value` text,
	`to_value` text,
	`fields` text,
	`body` text,
	`is_public` integer DEFAULT false NOT NULL,
	`ticket_version` integer,
	`details` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "ticket_events_kind_check" CHECK("__new_ticket_events"."kind" IN ('created', 'status_changed', 'assigned', 'field_changed', 'comment', 'attached', 'line_added', 'line_changed', 'line_removed', 'estimate_sent', 'estimate_withdrawn', 'estimate_decided', 'decision_overridden'))
);
--> statement-breakpoint
INSERT INTO `__new_ticket_events`("id", "ticket_id", "kind", "actor_id", "actor_name", "from_value", "to_value", "fields", "body", "is_public", "ticket_version", "details", "created_at") SELECT "id", "ticket_id", "kind", "actor_id", "actor_name", "from_value", "to_value", "fields", "body", "is_public", "ticket_version", NULL, "created_at" FROM `ticket_events`;--> statement-breakpoint
DROP TABLE `ticket_events`;--> statement-breakpoint
ALTER TABLE `__new_ticket_events` RENAME TO `ticket_events`;--> statement-breakpoint
CREATE INDEX `ticket_events_ticket_idx` ON `ticket_events` (`ticket_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `ticket_events_status_to_idx` ON `ticket_events` (`to_value`,`created_at`,`ticket_id`) WHERE "ticket_events"."kind" = 'status_changed';--> statement-breakpoint
-- Tickets gain their columns in place: rebuilding the table would drop its search triggers
-- (migration 0003) and, with foreign keys on inside the migration's transaction, cascade-delete
-- its events, attachments and lines.
ALTER TABLE `tickets` ADD `discount_minor` integer DEFAULT 0 NOT NULL CONSTRAINT "tickets_discount_check" CHECK("discount_minor" >= 0);--> statement-breakpoint
ALTER TABLE `tickets` ADD `outcome` text CONSTRAINT "tickets_outcome_check" CHECK("outcome" IS NULL OR "outcome" IN ('returned_without_repair'));--> statement-breakpoint
CREATE INDEX `tickets_estimate_idx` ON `tickets` (`estimate_minor`,`id`);--> statement-breakpoint
-- The single estimate typed before itemized lines becomes one work line of that amount, named in
-- the client's language; the ticket's total (estimate_minor) stays what it was.
INSERT INTO `ticket_lines` (`ticket_id`, `kind`, `name`, `quantity`, `unit_price_minor`, `discount_minor`, `warranty_days`, `created_at`, `updated_at`)
SELECT t.`id`, 'work',
  CASE c.`locale` WHEN 'en' THEN 'Repair (estimate before itemized lines)' ELSE 'Ремонт (оценка до построчной сметы)' END,
  1, t.`estimate_minor`, 0, 0, t.`updated_at`, t.`updated_at`
FROM `tickets` t JOIN `clients` c ON c.`id` = t.`client_id`
WHERE t.`estimate_minor` IS NOT NULL;
