-- Payments summed per UTC hour, day and month, taker, method, kind and currency: the cash report
-- of a month at a million tickets adds up a month's rows and a few hours' instead of ~230,000
-- payments (issue 17). Hours alone are not enough: with a hundred or more people taking money, an
-- hour holds one or two payments per taker and method, so a month of hours is nearly as many rows
-- as its payments. Kept equal to a GROUP BY of payments by the triggers below, whoever writes (the
-- app, the seed, a test, an admin at the sqlite prompt), in the writer's own transaction. UTC
-- units: they do not depend on APP_TIMEZONE, so this backfill is right in any zone and stays right
-- when the zone changes. taken_by_id 0 stands for "no employee" (a key column must not be NULL for
-- the upsert to find its row). WITHOUT ROWID: the key is the table, so a range of units is one walk.
CREATE TABLE `payment_sums` (
	`span` text NOT NULL,
	`start` integer NOT NULL,
	`taken_by_id` integer NOT NULL,
	`taken_by_name` text NOT NULL,
	`method` text NOT NULL,
	`kind` text NOT NULL,
	`currency` text NOT NULL,
	`count` integer NOT NULL,
	`amount_minor` integer NOT NULL,
	PRIMARY KEY(`span`, `start`, `taken_by_id`, `taken_by_name`, `method`, `kind`, `currency`),
	CONSTRAINT "payment_sums_span_check" CHECK("payment_sums"."span" IN ('hour', 'day', 'month'))
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER `payments_sums_insert` AFTER INSERT ON `payments` BEGIN
  INSERT INTO payment_sums (span, start, taken_by_id, taken_by_name, method, kind, currency, count, amount_minor)
  SELECT u.span, u.start, coalesce(new.taken_by_id, 0), new.taken_by_name, new.method, new.kind, new.currency, 1, new.amount_minor
  FROM (SELECT 'hour' AS span, new.created_at - new.created_at % 3600000 AS start
      UNION ALL SELECT 'day', new.created_at - new.created_at % 86400000
      UNION ALL SELECT 'month', CAST(strftime('%s', new.created_at / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000) AS u
  WHERE true
  ON CONFLICT DO UPDATE SET count = count + 1, amount_minor = amount_minor + excluded.amount_minor;
END;
--> statement-breakpoint
-- The app never edits or deletes a payment, but deleting an employee sets taken_by_id to NULL (the
-- report then groups those payments by the name kept on them), and a test or an admin may delete.
CREATE TRIGGER `payments_sums_update` AFTER UPDATE OF taken_by_id, taken_by_name, method, kind, currency, amount_minor, created_at ON `payments`
WHEN old.taken_by_id IS NOT new.taken_by_id OR old.taken_by_name IS NOT new.taken_by_name OR old.method IS NOT new.method
  OR old.kind IS NOT new.kind OR old.currency IS NOT new.currency OR old.amount_minor IS NOT new.amount_minor
  OR old.created_at / 3600000 IS NOT new.created_at / 3600000
BEGIN
  UPDATE payment_sums SET count = count - 1, amount_minor = amount_minor - old.amount_minor
  WHERE (span, start) IN (VALUES ('hour', old.created_at - old.created_at % 3600000), ('day', old.created_at - old.created_at % 86400000), ('month', CAST(strftime('%s', old.created_at / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000))
    AND taken_by_id = coalesce(old.taken_by_id, 0) AND taken_by_name = old.taken_by_name
    AND method = old.method AND kind = old.kind AND currency = old.currency;
  DELETE FROM payment_sums WHERE count <= 0 AND (span, start) IN (VALUES ('hour', old.created_at - old.created_at % 3600000), ('day', old.created_at - old.created_at % 86400000), ('month', CAST(strftime('%s', old.created_at / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000))
    AND taken_by_id = coalesce(old.taken_by_id, 0) AND taken_by_name = old.taken_by_name
    AND method = old.method AND kind = old.kind AND currency = old.currency;
  INSERT INTO payment_sums (span, start, taken_by_id, taken_by_name, method, kind, currency, count, amount_minor)
  SELECT u.span, u.start, coalesce(new.taken_by_id, 0), new.taken_by_name, new.method, new.kind, new.currency, 1, new.amount_minor
  FROM (SELECT 'hour' AS span, new.created_at - new.created_at % 3600000 AS start
      UNION ALL SELECT 'day', new.created_at - new.created_at % 86400000
      UNION ALL SELECT 'month', CAST(strftime('%s', new.created_at / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000) AS u
  WHERE true
  ON CONFLICT DO UPDATE SET count = count + 1, amount_minor = amount_minor + excluded.amount_minor;
END;
--> statement-breakpoint
CREATE TRIGGER `payments_sums_delete` AFTER DELETE ON `payments` BEGIN
  UPDATE payment_sums SET count = count - 1, amount_minor = amount_minor - old.amount_minor
  WHERE (span, start) IN (VALUES ('hour', old.created_at - old.created_at % 3600000), ('day', old.created_at - old.created_at % 86400000), ('month', CAST(strftime('%s', old.created_at / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000))
    AND taken_by_id = coalesce(old.taken_by_id, 0) AND taken_by_name = old.taken_by_name
    AND method = old.method AND kind = old.kind AND currency = old.currency;
  DELETE FROM payment_sums WHERE count <= 0 AND (span, start) IN (VALUES ('hour', old.created_at - old.created_at % 3600000), ('day', old.created_at - old.created_at % 86400000), ('month', CAST(strftime('%s', old.created_at / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000))
    AND taken_by_id = coalesce(old.taken_by_id, 0) AND taken_by_name = old.taken_by_name
    AND method = old.method AND kind = old.kind AND currency = old.currency;
END;
--> statement-breakpoint
INSERT INTO payment_sums (span, start, taken_by_id, taken_by_name, method, kind, currency, count, amount_minor)
SELECT 'hour', payments.created_at - payments.created_at % 3600000, coalesce(taken_by_id, 0), taken_by_name, method, kind, currency, count(*), sum(amount_minor)
FROM payments GROUP BY 2, 3, 4, 5, 6, 7;
--> statement-breakpoint
INSERT INTO payment_sums (span, start, taken_by_id, taken_by_name, method, kind, currency, count, amount_minor)
SELECT 'day', payments.created_at - payments.created_at % 86400000, coalesce(taken_by_id, 0), taken_by_name, method, kind, currency, count(*), sum(amount_minor)
FROM payments GROUP BY 2, 3, 4, 5, 6, 7;
--> statement-breakpoint
INSERT INTO payment_sums (span, start, taken_by_id, taken_by_name, method, kind, currency, count, amount_minor)
SELECT 'month', CAST(strftime('%s', payments.created_at / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000, coalesce(taken_by_id, 0), taken_by_name, method, kind, currency, count(*), sum(amount_minor)
FROM payments GROUP BY 2, 3, 4, 5, 6, 7;
