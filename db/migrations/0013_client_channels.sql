CREATE TABLE `client_notification_rules` (
	`status` text NOT NULL,
	`channel` text NOT NULL,
	`enabled` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`status`, `channel`),
	CONSTRAINT "client_notification_rules_status_check" CHECK("client_notification_rules"."status" IN ('new', 'diagnostics', 'awaiting_approval', 'in_progress', 'awaiting_parts', 'ready', 'closed', 'cancelled')),
	CONSTRAINT "client_notification_rules_channel_check" CHECK("client_notification_rules"."channel" IN ('email', 'sms', 'telegram'))
);
--> statement-breakpoint
CREATE TABLE `inbound_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`external_id` text NOT NULL,
	`sender` text NOT NULL,
	`recipient` text DEFAULT '' NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`body` text NOT NULL,
	`original` text NOT NULL,
	`state` text NOT NULL,
	`reason` text,
	`ticket_id` integer,
	`client_id` integer,
	`attachment_count` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "inbound_messages_source_check" CHECK("inbound_messages"."source" IN ('email', 'telegram')),
	CONSTRAINT "inbound_messages_state_check" CHECK("inbound_messages"."state" IN ('attached', 'quarantined', 'dismissed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inbound_messages_external_unique` ON `inbound_messages` (`source`,`external_id`);--> statement-breakpoint
CREATE INDEX `inbound_messages_state_created_idx` ON `inbound_messages` (`state`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `inbound_messages_ticket_idx` ON `inbound_messages` (`ticket_id`);--> statement-breakpoint
CREATE TABLE `telegram_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`client_id` integer,
	`employee_id` integer,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "telegram_links_owner_check" CHECK(("telegram_links"."client_id" IS NULL) <> ("telegram_links"."employee_id" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `telegram_links_code_unique` ON `telegram_links` (`code`);--> statement-breakpoint
CREATE INDEX `telegram_links_client_idx` ON `telegram_links` (`client_id`,`expires_at`);--> statement-breakpoint
CREATE INDEX `telegram_links_employee_idx` ON `telegram_links` (`employee_id`,`expires_at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`recipient_type` text NOT NULL,
	`recipient_address` text NOT NULL,
	`channel` text DEFAULT 'email' NOT NULL,
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
	CONSTRAINT "notifications_kind_check" CHECK("__new_notifications"."kind" IN ('ticket_created', 'status_changed', 'assigned', 'digest', 'estimate_decided', 'client_message', 'staff_message')),
	CONSTRAINT "notifications_state_check" CHECK("__new_notifications"."state" IN ('pending', 'sent', 'failed', 'merged')),
	CONSTRAINT "notifications_recipient_check" CHECK("__new_notifications"."recipient_type" IN ('client', 'employee')),
	CONSTRAINT "notifications_channel_check" CHECK("__new_notifications"."channel" IN ('email', 'sms', 'telegram'))
);
--> statement-breakpoint
INSERT INTO `__new_notifications`("id", "kind", "recipient_type", "recipient_address", "channel", "locale", "ticket_id", "employee_id", "subject", "html", "text", "payload", "state", "transport", "attempts", "last_error", "provider_message_id", "next_attempt_at", "claimed_at", "sent_at", "dedupe_key", "created_at", "updated_at") SELECT "id", "kind", "recipient_type", "recipient_address", 'email', "locale", "ticket_id", "employee_id", "subject", "html", "text", "payload", "state", "transport", "attempts", "last_error", "provider_message_id", "next_attempt_at", "claimed_at", "sent_at", "dedupe_key", "created_at", "updated_at" FROM `notifications`;--> statement-breakpoint
DROP TABLE `notifications`;--> statement-breakpoint
ALTER TABLE `__new_notifications` RENAME TO `notifications`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
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
	CONSTRAINT "ticket_events_kind_check" CHECK("__new_ticket_events"."kind" IN ('created', 'status_changed', 'assigned', 'field_changed', 'comment', 'attached', 'line_added', 'line_changed', 'line_removed', 'estimate_sent', 'estimate_withdrawn', 'estimate_decided', 'decision_overridden', 'payment', 'warranty_return', 'client_message', 'staff_message'))
);
--> statement-breakpoint
INSERT INTO `__new_ticket_events`("id", "ticket_id", "kind", "actor_id", "actor_name", "from_value", "to_value", "fields", "body", "is_public", "ticket_version", "details", "created_at") SELECT "id", "ticket_id", "kind", "actor_id", "actor_name", "from_value", "to_value", "fields", "body", "is_public", "ticket_version", "details", "created_at" FROM `ticket_events`;--> statement-breakpoint
DROP TABLE `ticket_events`;--> statement-breakpoint
ALTER TABLE `__new_ticket_events` RENAME TO `ticket_events`;--> statement-breakpoint
CREATE INDEX `ticket_events_ticket_idx` ON `ticket_events` (`ticket_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `ticket_events_status_to_idx` ON `ticket_events` (`to_value`,`created_at`,`ticket_id`) WHERE "ticket_events"."kind" = 'status_changed';--> statement-breakpoint
-- clients and employees gain columns in place: rebuilding them (as drizzle-kit would, for the CHECKs)
-- would run their foreign keys' cascades and drop what other migrations hung on them.
ALTER TABLE `clients` ADD `preferred_channel` text CONSTRAINT "clients_preferred_channel_check" CHECK("preferred_channel" IS NULL OR "preferred_channel" IN ('email', 'sms', 'telegram'));--> statement-breakpoint
ALTER TABLE `clients` ADD `telegram_chat_id` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `email_stopped_at` integer;--> statement-breakpoint
ALTER TABLE `clients` ADD `sms_stopped_at` integer;--> statement-breakpoint
ALTER TABLE `clients` ADD `telegram_stopped_at` integer;--> statement-breakpoint
CREATE INDEX `clients_telegram_chat_idx` ON `clients` (`telegram_chat_id`);--> statement-breakpoint
ALTER TABLE `employees` ADD `telegram_chat_id` text;--> statement-breakpoint
ALTER TABLE `employees` ADD `notify_via` text DEFAULT 'email' NOT NULL CONSTRAINT "employees_notify_via_check" CHECK("notify_via" IN ('email', 'telegram'));--> statement-breakpoint
CREATE INDEX `employees_telegram_chat_idx` ON `employees` (`telegram_chat_id`);--> statement-breakpoint
ALTER TABLE `tickets` ADD `client_replied_at` integer;--> statement-breakpoint
CREATE INDEX `tickets_client_replied_idx` ON `tickets` (`created_at`,`id`) WHERE "tickets"."client_replied_at" IS NOT NULL;--> statement-breakpoint
-- The defaults of /settings/notifications: the client hears of registration, the estimate to decide
-- on, ready and the end (closed or cancelled); not of the steps in between.
INSERT INTO `client_notification_rules` (`status`, `channel`, `enabled`, `updated_at`)
SELECT s.status, c.channel, s.status IN ('new', 'awaiting_approval', 'ready', 'closed', 'cancelled'), CAST(unixepoch('subsec') * 1000 AS integer)
FROM (SELECT 'new' AS status UNION ALL SELECT 'diagnostics' UNION ALL SELECT 'awaiting_approval' UNION ALL SELECT 'in_progress'
      UNION ALL SELECT 'awaiting_parts' UNION ALL SELECT 'ready' UNION ALL SELECT 'closed' UNION ALL SELECT 'cancelled') s
CROSS JOIN (SELECT 'email' AS channel UNION ALL SELECT 'sms' UNION ALL SELECT 'telegram') c;
