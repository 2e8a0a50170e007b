CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer,
	`actor_name` text,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`action` text NOT NULL,
	`changes` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "audit_log_entity_check" CHECK("audit_log"."entity_type" IN ('department', 'employee', 'client', 'ticket')),
	CONSTRAINT "audit_log_action_check" CHECK("audit_log"."action" IN ('create', 'update', 'delete'))
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity_type`,`entity_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text DEFAULT 'person' NOT NULL,
	`name` text NOT NULL,
	`contact_person` text,
	`phone` text,
	`email` text,
	`locale` text DEFAULT 'ru' NOT NULL,
	`notify` integer DEFAULT true NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "clients_kind_check" CHECK("clients"."kind" IN ('person', 'company')),
	CONSTRAINT "clients_locale_check" CHECK("clients"."locale" IN ('ru', 'en')),
	CONSTRAINT "clients_contact_check" CHECK("clients"."phone" IS NOT NULL OR "clients"."email" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `clients_phone_idx` ON `clients` (`phone`);--> statement-breakpoint
CREATE INDEX `clients_email_idx` ON `clients` (`email`);--> statement-breakpoint
CREATE INDEX `clients_name_idx` ON `clients` (`name`);--> statement-breakpoint
CREATE INDEX `clients_created_idx` ON `clients` (`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `departments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`email` text,
	`phone` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `departments_name_key_unique` ON `departments` (`name_key`);--> statement-breakpoint
CREATE INDEX `departments_created_idx` ON `departments` (`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `employees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`full_name` text NOT NULL,
	`email` text NOT NULL,
	`phone` text,
	`position` text DEFAULT '' NOT NULL,
	`department_id` integer NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`locale` text DEFAULT 'ru' NOT NULL,
	`digest_opt_out` integer DEFAULT false NOT NULL,
	`session_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "employees_role_check" CHECK("employees"."role" IN ('admin', 'manager', 'technician')),
	CONSTRAINT "employees_locale_check" CHECK("employees"."locale" IN ('ru', 'en')),
	CONSTRAINT "employees_email_lower_check" CHECK("employees"."email" = lower("employees"."email"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employees_email_unique` ON `employees` (`email`);--> statement-breakpoint
CREATE INDEX `employees_department_idx` ON `employees` (`department_id`);--> statement-breakpoint
CREATE INDEX `employees_created_idx` ON `employees` (`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `notifications` (
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
	`state` text DEFAULT 'pending' NOT NULL,
	`transport` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`provider_message_id` text,
	`next_attempt_at` integer NOT NULL,
	`sent_at` integer,
	`dedupe_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "notifications_kind_check" CHECK("notifications"."kind" IN ('ticket_created', 'status_changed', 'assigned', 'digest')),
	CONSTRAINT "notifications_state_check" CHECK("notifications"."state" IN ('pending', 'sent', 'failed')),
	CONSTRAINT "notifications_recipient_check" CHECK("notifications"."recipient_type" IN ('client', 'employee'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_dedupe_unique` ON `notifications` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `notifications_due_idx` ON `notifications` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `notifications_created_idx` ON `notifications` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `notifications_ticket_idx` ON `notifications` (`ticket_id`);--> statement-breakpoint
CREATE TABLE `throttles` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`window_started_at` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
CREATE TABLE `ticket_events` (
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
	CONSTRAINT "ticket_events_kind_check" CHECK("ticket_events"."kind" IN ('created', 'status_changed', 'assigned', 'field_changed', 'comment'))
);
--> statement-breakpoint
CREATE INDEX `ticket_events_ticket_idx` ON `ticket_events` (`ticket_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`public_token` text NOT NULL,
	`kind` text NOT NULL,
	`channel` text NOT NULL,
	`client_id` integer NOT NULL,
	`department_id` integer NOT NULL,
	`assignee_id` integer,
	`created_by_id` integer,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`device_type` text,
	`brand` text,
	`model` text,
	`serial_number` text,
	`accessories` text,
	`intake_condition` text,
	`warranty` integer DEFAULT false NOT NULL,
	`priority` text DEFAULT 'normal' NOT NULL,
	`due_date` text,
	`estimate_minor` integer,
	`final_cost_minor` integer,
	`currency` text DEFAULT 'RUB' NOT NULL,
	`diagnosis` text DEFAULT '' NOT NULL,
	`work_done` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`closed_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`assignee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "tickets_kind_check" CHECK("tickets"."kind" IN ('repair', 'consultation')),
	CONSTRAINT "tickets_channel_check" CHECK("tickets"."channel" IN ('phone', 'email', 'walk_in', 'web', 'messenger')),
	CONSTRAINT "tickets_priority_check" CHECK("tickets"."priority" IN ('low', 'normal', 'high', 'urgent')),
	CONSTRAINT "tickets_status_check" CHECK("tickets"."status" IN ('new', 'diagnostics', 'awaiting_approval', 'in_progress', 'awaiting_parts', 'ready', 'closed', 'cancelled')),
	CONSTRAINT "tickets_money_check" CHECK(coalesce("tickets"."estimate_minor", 0) >= 0 AND coalesce("tickets"."final_cost_minor", 0) >= 0),
	CONSTRAINT "tickets_closed_at_check" CHECK(("tickets"."status" = 'closed') = ("tickets"."closed_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_public_token_unique` ON `tickets` (`public_token`);--> statement-breakpoint
CREATE INDEX `tickets_created_idx` ON `tickets` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_client_created_idx` ON `tickets` (`client_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_assignee_created_idx` ON `tickets` (`assignee_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_status_created_idx` ON `tickets` (`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_department_created_idx` ON `tickets` (`department_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_priority_created_idx` ON `tickets` (`priority`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_updated_idx` ON `tickets` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_due_idx` ON `tickets` (`due_date`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_serial_idx` ON `tickets` (`serial_number`);