ALTER TABLE `tickets` ADD `first_ready_at` integer;--> statement-breakpoint
-- Existing tickets: the first move into ready in their timeline (read through the index dropped below).
UPDATE `tickets` SET `first_ready_at` = (
  SELECT min(`e`.`created_at`) FROM `ticket_events` `e` INDEXED BY `ticket_events_ready_idx`
  WHERE `e`.`kind` = 'status_changed' AND `e`.`to_value` = 'ready' AND `e`.`ticket_id` = `tickets`.`id`
);--> statement-breakpoint
DROP INDEX `ticket_events_ready_idx`;--> statement-breakpoint
CREATE INDEX `tickets_first_ready_idx` ON `tickets` (`first_ready_at`,`department_id`,`created_at`) WHERE "tickets"."first_ready_at" IS NOT NULL;
