DROP INDEX `tickets_status_assignee_idx`;--> statement-breakpoint
ALTER TABLE `ticket_events` ADD `actor_name` text;--> statement-breakpoint
-- Existing events: their actor's name as it is now. Events of an employee deleted before this
-- migration already lost their actor (actor_id went null) and stay "system".
UPDATE `ticket_events` SET `actor_name` = (
  SELECT `e`.`full_name` FROM `employees` `e` WHERE `e`.`id` = `ticket_events`.`actor_id`
) WHERE `actor_id` IS NOT NULL;
