ALTER TABLE `notifications` ADD `payload` text;--> statement-breakpoint
CREATE INDEX `notifications_state_created_idx` ON `notifications` (`state`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `notifications_kind_created_idx` ON `notifications` (`kind`,`created_at`,`id`);