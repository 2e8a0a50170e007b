/**
 * The demo timeline is written the way the app writes one: every event made by an employee keeps
 * that employee's name (ticket_events.actor_name), so deleting a demo employee leaves their
 * events named.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, runMigrations } from '@/db';
import { seedDatabase } from '@/db/seed';

const dir = mkdtempSync(path.join(tmpdir(), 'crm-seed-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('demo data', () => {
  it("names the actor of every event made by an employee, with that employee's name", async () => {
    const db = openDatabase(path.join(dir, 'seed.db'));
    runMigrations(db);
    try {
      expect((await seedDatabase(db.$client, { tickets: 120, clients: 40, employees: 12 })).seeded).toBe(true);
      const counts = db.$client
        .prepare(
          `SELECT count(*) AS events,
                  sum(e.actor_id IS NOT NULL) AS byStaff,
                  sum(e.actor_name IS NOT NULL AND e.actor_name = p.full_name) AS named,
                  sum(e.actor_id IS NULL AND e.actor_name IS NOT NULL) AS namedWithoutActor
             FROM ticket_events e LEFT JOIN employees p ON p.id = e.actor_id`,
        )
        .get() as { events: number; byStaff: number; named: number; namedWithoutActor: number };
      expect(counts.byStaff).toBeGreaterThan(100);
      expect(counts.named).toBe(counts.byStaff);
      expect(counts.namedWithoutActor).toBe(0);
    } finally {
      db.$client.close();
    }
  });
});
