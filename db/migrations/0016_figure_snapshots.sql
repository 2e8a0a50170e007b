CREATE TABLE `figure_snapshots` (
	`key` text PRIMARY KEY NOT NULL,
	`value` blob NOT NULL,
	`computed_at` integer NOT NULL
);
