CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`uploader_id` integer,
	`original_name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`storage_name` text NOT NULL,
	`visible_to_client` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploader_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "attachments_size_check" CHECK("attachments"."size" > 0),
	CONSTRAINT "attachments_visible_check" CHECK("attachments"."visible_to_client" = 0 OR "attachments"."mime" LIKE 'image/%')
);
--> statement-breakpoint
CREATE INDEX `attachments_ticket_idx` ON `attachments` (`ticket_id`,`created_at`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `attachments_ticket_sha_unique` ON `attachments` (`ticket_id`,`sha256`);--> statement-breakpoint
CREATE INDEX `attachments_storage_idx` ON `attachments` (`storage_name`);--> statement-breakpoint
CREATE INDEX `attachments_uploader_idx` ON `attachments` (`uploader_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_ticket_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`kind` text NOT NULL,
	`actor_id` integer,
	`from_value` text,
	`to_value` text,
	`fields` text,
	`body` text,
	`is_public` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "ticket_events_kind_check" CHECK("__new_ticket_events"."kind" IN ('created', 'status_changed', 'assigned', 'field_changed', 'comment', 'attached'))
);
--> statement-breakpoint
INSERT INTO `__new_ticket_events`("id", "ticket_id", "kind", "actor_id", "from_value", "to_value", "fields", "body", "is_public", "created_at") SELECT "id", "ticket_id", "kind", "actor_id", "from_value", "to_value", "fields", "body", "is_public", "created_at" FROM `ticket_events`;--> statement-breakpoint
-- AUTOINCREMENT never hands out an id again, even a deleted one: the copy takes over the old table's
-- counter (DROP TABLE forgets it), not just the highest id that still exists.
INSERT INTO sqlite_sequence (name, seq) SELECT '__new_ticket_events', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '__new_ticket_events');--> statement-breakpoint
UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'ticket_events'), 0)) WHERE name = '__new_ticket_events';--> statement-breakpoint
DROP TABLE `ticket_events`;--> statement-breakpoint
ALTER TABLE `__new_ticket_events` RENAME TO `ticket_events`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `ticket_events_ticket_idx` ON `ticket_events` (`ticket_id`,`created_at`,`id`);