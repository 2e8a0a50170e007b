-- Full-text search over tickets (issue 5). Contentless: the index keeps only ticket ids; the text
-- stays in tickets and clients, and triggers on both keep the index in step.
CREATE VIRTUAL TABLE `ticket_search` USING fts5(
  number, title, body, device, serial, client, phone,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2'
);
--> statement-breakpoint
-- What is indexed for a ticket: its number as one token ("sc42", kept apart from other digits so
-- a prefix such as "13" does not drag in a hundred thousand ticket numbers), title, problem,
-- device (type, brand, model), serial, the client's name and contact person, and the client's
-- phone digits both international and national ("79123456789 9123456789"; the country code's
-- length comes from the E.164 code list: 1 and 7 have one digit, the listed ones two, all others
-- three). Text has ё folded to е, which unicode61 keeps apart; the query side folds it too.
CREATE VIEW `ticket_search_source` AS
SELECT
  t.id AS id,
  t.client_id AS client_id,
  'sc' || t.id AS number,
  replace(replace(t.title, 'ё', 'е'), 'Ё', 'Е') AS title,
  replace(replace(t.description, 'ё', 'е'), 'Ё', 'Е') AS body,
  trim(coalesce(t.device_type, '') || ' ' || coalesce(t.brand, '') || ' ' || coalesce(t.model, '')) AS device,
  t.serial_number AS serial,
  replace(replace(c.name || coalesce(' ' || c.contact_person, ''), 'ё', 'е'), 'Ё', 'Е') AS client,
  CASE WHEN c.phone IS NULL THEN NULL ELSE substr(c.phone, 2) || ' ' ||
    CASE
      WHEN substr(c.phone, 2, 1) IN ('1', '7') THEN substr(c.phone, 3)
      WHEN substr(c.phone, 2, 2) IN ('20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86', '90', '91', '92', '93', '94', '95', '98') THEN substr(c.phone, 4)
      ELSE substr(c.phone, 5)
    END
  END AS phone
FROM tickets t LEFT JOIN clients c ON c.id = t.client_id;
--> statement-breakpoint
CREATE TRIGGER `tickets_search_insert` AFTER INSERT ON `tickets` BEGIN
  INSERT INTO ticket_search (rowid, number, title, body, device, serial, client, phone) SELECT id, number, title, body, device, serial, client, phone FROM ticket_search_source WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_search_update` AFTER UPDATE OF title, description, device_type, brand, model, serial_number, client_id ON `tickets`
WHEN old.title IS NOT new.title OR old.description IS NOT new.description OR old.device_type IS NOT new.device_type
  OR old.brand IS NOT new.brand OR old.model IS NOT new.model OR old.serial_number IS NOT new.serial_number
  OR old.client_id IS NOT new.client_id
BEGIN
  DELETE FROM ticket_search WHERE rowid = old.id;
  INSERT INTO ticket_search (rowid, number, title, body, device, serial, client, phone) SELECT id, number, title, body, device, serial, client, phone FROM ticket_search_source WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_search_delete` AFTER DELETE ON `tickets` BEGIN
  DELETE FROM ticket_search WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `clients_search_update` AFTER UPDATE OF name, contact_person, phone ON `clients`
WHEN old.name IS NOT new.name OR old.contact_person IS NOT new.contact_person OR old.phone IS NOT new.phone
BEGIN
  DELETE FROM ticket_search WHERE rowid IN (SELECT id FROM tickets WHERE client_id = new.id);
  INSERT INTO ticket_search (rowid, number, title, body, device, serial, client, phone) SELECT id, number, title, body, device, serial, client, phone FROM ticket_search_source WHERE client_id = new.id;
END;
--> statement-breakpoint
INSERT INTO ticket_search (rowid, number, title, body, device, serial, client, phone) SELECT id, number, title, body, device, serial, client, phone FROM ticket_search_source;
--> statement-breakpoint
-- Ticket counts per (status, department, assignee, priority), kept by triggers: the list's total and
-- its status tabs add up a few thousand rows at most instead of counting a million tickets.
-- assignee_id 0 stands for "unassigned".
CREATE TABLE `ticket_counts` (
  status text NOT NULL,
  department_id integer NOT NULL,
  assignee_id integer NOT NULL,
  priority text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (status, department_id, assignee_id, priority)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `ticket_counts_assignee_idx` ON `ticket_counts` (assignee_id);
--> statement-breakpoint
CREATE INDEX `ticket_counts_department_idx` ON `ticket_counts` (department_id);
--> statement-breakpoint
CREATE TRIGGER `tickets_counts_insert` AFTER INSERT ON `tickets` BEGIN
  INSERT INTO ticket_counts (status, department_id, assignee_id, priority, n)
  VALUES (new.status, new.department_id, coalesce(new.assignee_id, 0), new.priority, 1)
  ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_counts_update` AFTER UPDATE OF status, department_id, assignee_id, priority ON `tickets`
WHEN old.status IS NOT new.status OR old.department_id IS NOT new.department_id
  OR old.assignee_id IS NOT new.assignee_id OR old.priority IS NOT new.priority
BEGIN
  UPDATE ticket_counts SET n = n - 1 WHERE status = old.status AND department_id = old.department_id
    AND assignee_id = coalesce(old.assignee_id, 0) AND priority = old.priority;
  DELETE FROM ticket_counts WHERE n <= 0 AND status = old.status AND department_id = old.department_id
    AND assignee_id = coalesce(old.assignee_id, 0) AND priority = old.priority;
  INSERT INTO ticket_counts (status, department_id, assignee_id, priority, n)
  VALUES (new.status, new.department_id, coalesce(new.assignee_id, 0), new.priority, 1)
  ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_counts_delete` AFTER DELETE ON `tickets` BEGIN
  UPDATE ticket_counts SET n = n - 1 WHERE status = old.status AND department_id = old.department_id
    AND assignee_id = coalesce(old.assignee_id, 0) AND priority = old.priority;
  DELETE FROM ticket_counts WHERE n <= 0 AND status = old.status AND department_id = old.department_id
    AND assignee_id = coalesce(old.assignee_id, 0) AND priority = old.priority;
END;
--> statement-breakpoint
INSERT INTO ticket_counts (status, department_id, assignee_id, priority, n)
SELECT status, department_id, coalesce(assignee_id, 0), priority, count(*) FROM tickets GROUP BY 1, 2, 3, 4;
