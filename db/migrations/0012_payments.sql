CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`kind` text NOT NULL,
	`method` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`reason` text,
	`taken_by_id` integer,
	`taken_by_name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`taken_by_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "payments_kind_check" CHECK("payments"."kind" IN ('prepayment', 'payment', 'refund')),
	CONSTRAINT "payments_method_check" CHECK("payments"."method" IN ('cash', 'card', 'transfer')),
	CONSTRAINT "payments_amount_check" CHECK("payments"."amount_minor" > 0),
	CONSTRAINT "payments_refund_reason_check" CHECK("payments"."kind" <> 'refund' OR length(trim(coalesce("payments"."reason", ''))) > 0)
);
--> statement-breakpoint
CREATE INDEX `payments_ticket_idx` ON `payments` (`ticket_id`,`id`);--> statement-breakpoint
CREATE INDEX `payments_created_idx` ON `payments` (`created_at`,`id`);--> statement-breakpoint
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
	CONSTRAINT "audit_log_entity_check" CHECK("__new_audit_log"."entity_type" IN ('department', 'employee', 'client', 'ticket', 'catalog_item', 'payment')),
	CONSTRAINT "audit_log_action_check" CHECK("__new_audit_log"."action" IN ('create', 'update', 'delete'))
);
--> statement-breakpoint
INSERT INTO `__new_audit_log`("id", "actor_id", "actor_name", "entity_type", "entity_id", "action", "changes", "created_at") SELECT "id", "actor_id", "actor_name", "entity_type", "entity_id", "action", "changes", "created_at" FROM `audit_log`;--> statement-breakpoint
DROP TABLE `audit_log`;--> statement-breakpoint
ALTER TABLE `__new_audit_log` RENAME TO `audit_log`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity_type`,`entity_id`,`created_at`);--> statement-breakpoint
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
	CONSTRAINT "ticket_events_kind_check" CHECK("__new_ticket_events"."kind" IN ('created', 'status_changed', 'assigned', 'field_changed', 'comment', 'attached', 'line_added', 'line_changed', 'line_removed', 'estimate_sent', 'estimate_withdrawn', 'estimate_decided', 'decision_overridden', 'payment', 'warranty_return'))
);
--> statement-breakpoint
INSERT INTO `__new_ticket_events`("id", "ticket_id", "kind", "actor_id", "actor_name", "from_value", "to_value", "fields", "body", "is_public", "ticket_version", "details", "created_at") SELECT "id", "ticket_id", "kind", "actor_id", "actor_name", "from_value", "to_value", "fields", "body", "is_public", "ticket_version", "details", "created_at" FROM `ticket_events`;--> statement-breakpoint
DROP TABLE `ticket_events`;--> statement-breakpoint
ALTER TABLE `__new_ticket_events` RENAME TO `ticket_events`;--> statement-breakpoint
CREATE INDEX `ticket_events_ticket_idx` ON `ticket_events` (`ticket_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `ticket_events_status_to_idx` ON `ticket_events` (`to_value`,`created_at`,`ticket_id`) WHERE "ticket_events"."kind" = 'status_changed';--> statement-breakpoint
-- Tickets gain their columns in place (see 0011: a rebuild would drop the search triggers and,
-- with foreign keys on inside the migration's transaction, cascade-delete what hangs off tickets).
ALTER TABLE `tickets` ADD `paid_minor` integer DEFAULT 0 NOT NULL CONSTRAINT "tickets_paid_check" CHECK("paid_minor" >= 0);--> statement-breakpoint
ALTER TABLE `tickets` ADD `declared_value_minor` integer CONSTRAINT "tickets_declared_value_check" CHECK(coalesce("declared_value_minor", 0) >= 0);--> statement-breakpoint
ALTER TABLE `tickets` ADD `warranty_return_of_id` integer REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE set null;--> statement-breakpoint
CREATE INDEX `tickets_balance_due_idx` ON `tickets` (`created_at`,`id`) WHERE "tickets"."estimate_minor" > "tickets"."paid_minor";--> statement-breakpoint
CREATE INDEX `tickets_warranty_return_idx` ON `tickets` (`warranty_return_of_id`,`created_at`,`id`) WHERE "tickets"."warranty_return_of_id" IS NOT NULL;
