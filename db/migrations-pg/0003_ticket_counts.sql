-- What SQLite's migration 0003 keeps beside the search index: ticket counts per (status,
-- department, assignee, priority), so the list's total and its status tabs add up a few thousand
-- rows at most instead of counting a million tickets. assignee_id 0 stands for "unassigned".
CREATE TABLE "ticket_counts" (
  "status" text NOT NULL,
  "department_id" integer NOT NULL,
  "assignee_id" integer NOT NULL,
  "priority" text NOT NULL,
  "n" integer NOT NULL,
  PRIMARY KEY ("status", "department_id", "assignee_id", "priority")
);
--> statement-breakpoint
CREATE INDEX "ticket_counts_assignee_idx" ON "ticket_counts" ("assignee_id");
--> statement-breakpoint
CREATE INDEX "ticket_counts_department_idx" ON "ticket_counts" ("department_id");
--> statement-breakpoint
CREATE FUNCTION "ticket_counts_add"(p_status text, p_department integer, p_assignee integer, p_priority text, delta integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF delta > 0 THEN
    INSERT INTO ticket_counts (status, department_id, assignee_id, priority, n)
    VALUES (p_status, p_department, coalesce(p_assignee, 0), p_priority, delta)
    ON CONFLICT (status, department_id, assignee_id, priority) DO UPDATE SET n = ticket_counts.n + excluded.n;
  ELSE
    UPDATE ticket_counts SET n = n + delta
    WHERE status = p_status AND department_id = p_department AND assignee_id = coalesce(p_assignee, 0) AND priority = p_priority;
    DELETE FROM ticket_counts
    WHERE n <= 0 AND status = p_status AND department_id = p_department AND assignee_id = coalesce(p_assignee, 0) AND priority = p_priority;
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "tickets_counts_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM ticket_counts_add(OLD.status, OLD.department_id, OLD.assignee_id, OLD.priority, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM ticket_counts_add(NEW.status, NEW.department_id, NEW.assignee_id, NEW.priority, 1);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "tickets_counts_insert" AFTER INSERT ON "tickets"
FOR EACH ROW EXECUTE FUNCTION tickets_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER "tickets_counts_update" AFTER UPDATE OF status, department_id, assignee_id, priority ON "tickets"
FOR EACH ROW WHEN (
  OLD.status IS DISTINCT FROM NEW.status OR OLD.department_id IS DISTINCT FROM NEW.department_id
  OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id OR OLD.priority IS DISTINCT FROM NEW.priority
) EXECUTE FUNCTION tickets_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER "tickets_counts_delete" AFTER DELETE ON "tickets"
FOR EACH ROW EXECUTE FUNCTION tickets_counts_trigger();
--> statement-breakpoint
INSERT INTO ticket_counts (status, department_id, assignee_id, priority, n)
SELECT status, department_id, coalesce(assignee_id, 0), priority, count(*) FROM tickets GROUP BY 1, 2, 3, 4;
