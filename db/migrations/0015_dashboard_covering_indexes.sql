DROP INDEX `estimates_decided_idx`;--> statement-breakpoint
CREATE INDEX `estimates_decided_idx` ON `estimates` (`decided_at`,`department_id`,`state`,`created_at`) WHERE "estimates"."decided_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ticket_lines_ticket_kind_idx` ON `ticket_lines` (`ticket_id`,`kind`,`quantity`,`unit_price_minor`,`discount_minor`);--> statement-breakpoint
CREATE INDEX `tickets_closed_idx` ON `tickets` (`closed_at`,`department_id`,`assignee_id`,`currency`,`kind`,`final_cost_minor`) WHERE "tickets"."status" = 'closed';