-- What SQLite's migrations 0003, 0013 and 0014 add by hand, for PostgreSQL: the ticket search
-- index, the payment sums kept by triggers, and the defaults of /settings/notifications.

-- Ticket search (SQLite: the FTS5 table ticket_search). One tsvector per ticket, GIN-indexed,
-- weighted by what a query may ask for: A the number ("sc42", one token), B title, problem,
-- device and serial, C the client's name and contact person, D the client's phone digits (both
-- international and national). Text is in the simple configuration (prefix queries match it word
-- by word, as FTS5 does) and, for title, problem and device, in the russian one too (stems, so a
-- query in another grammatical case finds it). ё is folded to е, as on SQLite.
CREATE FUNCTION "search_fold"(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT replace(replace(coalesce(value, ''), 'ё', 'е'), 'Ё', 'Е')
$$;
--> statement-breakpoint
CREATE FUNCTION "search_phone_digits"(phone text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN phone IS NULL THEN '' ELSE substr(phone, 2) || ' ' ||
    CASE
      WHEN substr(phone, 2, 1) IN ('1', '7') THEN substr(phone, 3)
      WHEN substr(phone, 2, 2) IN ('20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86', '90', '91', '92', '93', '94', '95', '98') THEN substr(phone, 4)
      ELSE substr(phone, 5)
    END
  END
$$;
--> statement-breakpoint
CREATE TABLE "ticket_search" (
  "ticket_id" integer PRIMARY KEY REFERENCES "tickets"("id") ON DELETE CASCADE,
  "document" tsvector NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ticket_search_document_idx" ON "ticket_search" USING gin ("document");
--> statement-breakpoint
CREATE VIEW "ticket_search_source" AS
SELECT
  t.id AS id,
  t.client_id AS client_id,
  setweight(to_tsvector('simple', 'sc' || t.id), 'A')
    || setweight(to_tsvector('simple', search_fold(concat_ws(' ', t.title, t.description, t.device_type, t.brand, t.model, t.serial_number))), 'B')
    || setweight(to_tsvector('russian', search_fold(concat_ws(' ', t.title, t.description, t.device_type, t.brand, t.model))), 'B')
    || setweight(to_tsvector('simple', search_fold(concat_ws(' ', c.name, c.contact_person))), 'C')
    || setweight(to_tsvector('simple', search_phone_digits(c.phone)), 'D') AS document
FROM tickets t LEFT JOIN clients c ON c.id = t.client_id;
--> statement-breakpoint
CREATE FUNCTION "tickets_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ticket_search (ticket_id, document)
  SELECT id, document FROM ticket_search_source WHERE id = NEW.id
  ON CONFLICT (ticket_id) DO UPDATE SET document = excluded.document;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "tickets_search_insert" AFTER INSERT ON "tickets"
FOR EACH ROW EXECUTE FUNCTION tickets_search_refresh();
--> statement-breakpoint
CREATE TRIGGER "tickets_search_update" AFTER UPDATE OF title, description, device_type, brand, model, serial_number, client_id ON "tickets"
FOR EACH ROW WHEN (
  OLD.title IS DISTINCT FROM NEW.title OR OLD.description IS DISTINCT FROM NEW.description
  OR OLD.device_type IS DISTINCT FROM NEW.device_type OR OLD.brand IS DISTINCT FROM NEW.brand
  OR OLD.model IS DISTINCT FROM NEW.model OR OLD.serial_number IS DISTINCT FROM NEW.serial_number
  OR OLD.client_id IS DISTINCT FROM NEW.client_id
) EXECUTE FUNCTION tickets_search_refresh();
--> statement-breakpoint
CREATE FUNCTION "clients_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE ticket_search s SET document = v.document
  FROM ticket_search_source v
  WHERE v.client_id = NEW.id AND s.ticket_id = v.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "clients_search_update" AFTER UPDATE OF name, contact_person, phone ON "clients"
FOR EACH ROW WHEN (
  OLD.name IS DISTINCT FROM NEW.name OR OLD.contact_person IS DISTINCT FROM NEW.contact_person OR OLD.phone IS DISTINCT FROM NEW.phone
) EXECUTE FUNCTION clients_search_refresh();
--> statement-breakpoint
-- Payment sums (SQLite: migration 0014): the same UTC hour, day and month units, kept equal to a
-- GROUP BY of payments by one trigger, whoever writes. taken_by_id 0 stands for "no employee".
CREATE FUNCTION "payment_sums_apply"(p_taken_by_id integer, p_taken_by_name text, p_method text, p_kind text, p_currency text, p_at bigint, p_amount bigint, p_sign integer)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO payment_sums AS s (span, start, taken_by_id, taken_by_name, method, kind, currency, count, amount_minor)
  SELECT u.span, u.start, coalesce(p_taken_by_id, 0), p_taken_by_name, p_method, p_kind, p_currency, p_sign, p_sign * p_amount
  FROM (VALUES
    ('hour', p_at - p_at % 3600000),
    ('day', p_at - p_at % 86400000),
    ('month', (extract(epoch FROM date_trunc('month', to_timestamp(p_at / 1000.0) AT TIME ZONE 'UTC')) * 1000)::bigint)
  ) AS u(span, start)
  ON CONFLICT (span, start, taken_by_id, taken_by_name, method, kind, currency)
  DO UPDATE SET count = s.count + excluded.count, amount_minor = s.amount_minor + excluded.amount_minor;
  DELETE FROM payment_sums
  WHERE count <= 0 AND taken_by_id = coalesce(p_taken_by_id, 0) AND taken_by_name = p_taken_by_name
    AND method = p_method AND kind = p_kind AND currency = p_currency
    AND (span, start) IN (
      ('hour', p_at - p_at % 3600000),
      ('day', p_at - p_at % 86400000),
      ('month', (extract(epoch FROM date_trunc('month', to_timestamp(p_at / 1000.0) AT TIME ZONE 'UTC')) * 1000)::bigint)
    );
$$;
--> statement-breakpoint
CREATE FUNCTION "payments_sums_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM payment_sums_apply(OLD.taken_by_id, OLD.taken_by_name, OLD.method, OLD.kind, OLD.currency, OLD.created_at, OLD.amount_minor, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM payment_sums_apply(NEW.taken_by_id, NEW.taken_by_name, NEW.method, NEW.kind, NEW.currency, NEW.created_at, NEW.amount_minor, 1);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "payments_sums_insert_delete" AFTER INSERT OR DELETE ON "payments"
FOR EACH ROW EXECUTE FUNCTION payments_sums_trigger();
--> statement-breakpoint
CREATE TRIGGER "payments_sums_update" AFTER UPDATE OF taken_by_id, taken_by_name, method, kind, currency, amount_minor, created_at ON "payments"
FOR EACH ROW WHEN (
  OLD.taken_by_id IS DISTINCT FROM NEW.taken_by_id OR OLD.taken_by_name IS DISTINCT FROM NEW.taken_by_name
  OR OLD.method IS DISTINCT FROM NEW.method OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.currency IS DISTINCT FROM NEW.currency
  OR OLD.amount_minor IS DISTINCT FROM NEW.amount_minor OR OLD.created_at / 3600000 IS DISTINCT FROM NEW.created_at / 3600000
) EXECUTE FUNCTION payments_sums_trigger();
--> statement-breakpoint
-- The defaults of /settings/notifications: the client hears of registration, the estimate to decide
-- on, ready and the end (closed or cancelled); not of the steps in between.
INSERT INTO "client_notification_rules" ("status", "channel", "enabled", "updated_at")
SELECT s.status, c.channel, s.status IN ('new', 'awaiting_approval', 'ready', 'closed', 'cancelled'), (extract(epoch FROM now()) * 1000)::bigint
FROM (VALUES ('new'), ('diagnostics'), ('awaiting_approval'), ('in_progress'), ('awaiting_parts'), ('ready'), ('closed'), ('cancelled')) AS s(status)
CROSS JOIN (VALUES ('email'), ('sms'), ('telegram')) AS c(channel);
