import type Database from 'better-sqlite3';

/**
 * For bulk loads (the million-ticket seed): drops the triggers that keep ticket_search,
 * ticket_counts and payment_sums in step, runs `fill`, then rebuilds them from the tables in one pass each and
 * restores the triggers. One INSERT ... SELECT is several times faster than a trigger per row.
 */
export function withoutTicketIndexTriggers<T>(sqlite: Database.Database, fill: () => T): T {
  const triggers = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${MAINTAINED_BY_TRIGGERS.map(() => '?').join(', ')})`)
    .all(...MAINTAINED_BY_TRIGGERS) as { name: string; sql: string }[];
  for (const trigger of triggers) sqlite.exec(`DROP TRIGGER "${trigger.name}"`);
  const result = fill();
  rebuildTicketSearch(sqlite);
  rebuildTicketCounts(sqlite);
  rebuildPaymentSums(sqlite);
  for (const trigger of triggers) sqlite.exec(trigger.sql);
  return result;
}

const MAINTAINED_BY_TRIGGERS = [
  'tickets_search_insert',
  'tickets_search_update',
  'tickets_search_delete',
  'tickets_counts_insert',
  'tickets_counts_update',
  'tickets_counts_delete',
  'payments_sums_insert',
  'payments_sums_update',
  'payments_sums_delete',
];

export function rebuildTicketSearch(sqlite: Database.Database) {
  sqlite.exec(`INSERT INTO ticket_search (ticket_search) VALUES ('delete-all')`);
  // No 'optimize' afterwards: it would add seconds to the million-ticket seed for little gain.
  sqlite.exec(`INSERT INTO ticket_search (rowid, number, title, body, device, serial, client, phone)
    SELECT id, number, title, body, device, serial, client, phone FROM ticket_search_source`);
}

export function rebuildTicketCounts(sqlite: Database.Database) {
  sqlite.exec('DELETE FROM ticket_counts');
  sqlite.exec(`INSERT INTO ticket_counts (status, department_id, assignee_id, priority, n)
    SELECT status, department_id, coalesce(assignee_id, 0), priority, count(*) FROM tickets GROUP BY 1, 2, 3, 4`);
}

/** Where each payment's UTC hour, day and month begin, as migration 0014's triggers compute them. */
const SPAN_STARTS = {
  hour: 'created_at - created_at % 3600000',
  day: 'created_at - created_at % 86400000',
  month: "CAST(strftime('%s', created_at / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000",
};

/** The payments summed per UTC hour, day and month, as migration 0014's backfill makes them. */
export function rebuildPaymentSums(sqlite: Database.Database) {
  sqlite.exec('DELETE FROM payment_sums');
  for (const [span, start] of Object.entries(SPAN_STARTS)) {
    sqlite.exec(`INSERT INTO payment_sums (span, start, taken_by_id, taken_by_name, method, kind, currency, count, amount_minor)
      SELECT '${span}', ${start}, coalesce(taken_by_id, 0), taken_by_name, method, kind, currency, count(*), sum(amount_minor)
      FROM payments GROUP BY 2, 3, 4, 5, 6, 7`);
  }
}
