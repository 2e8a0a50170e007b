import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, runMigrations, type Db } from '@/db';
import { isTokenShaped } from '@/db/queries/public-status';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDatabase, type SeedOptions } from '@/db/seed';
import { verifyPassword } from '@/lib/auth/password';
import { STATUSES } from '@/lib/domain/enums';

const SMALL: SeedOptions = { tickets: 300, clients: 60, employees: 12 };
const HOUR = 3_600_000;

const dir = mkdtempSync(path.join(tmpdir(), 'crm-seed-'));
const opened: Db[] = [];

function freshDatabase(name: string): Db {
  const db = openDatabase(path.join(dir, `${name}.db`));
  runMigrations(db);
  opened.push(db);
  return db;
}

function rows<T>(db: Db, sql: string): T[] {
  return db.$client.prepare(sql).all() as T[];
}

/** What a person would compare between two demo databases; timestamps are "now"-relative, so left out. */
function ticketStories(db: Db) {
  return rows<{ id: number; title: string; status: string; priority: string; client_id: number; assignee_id: number | null; kinds: string }>(
    db,
    `SELECT t.id, t.title, t.status, t.priority, t.client_id, t.assignee_id,
            (SELECT group_concat(kind) FROM (SELECT kind FROM ticket_events e WHERE e.ticket_id = t.id ORDER BY e.id)) AS kinds
       FROM tickets t ORDER BY t.id`,
  );
}

let seeded: Db;
let now: number;

beforeAll(async () => {
  now = Date.now();
  seeded = freshDatabase('main');
  const result = await seedDatabase(seeded.$client, { ...SMALL, now });
  expect(result.seeded).toBe(true);
});

afterAll(() => {
  for (const db of opened) db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo seed', () => {
  it('creates the three demo accounts with their roles, and the demo password signs the admin in', async () => {
    const accounts = rows<{ email: string; role: string; password_hash: string; active: number }>(
      seeded,
      `SELECT email, role, password_hash, active FROM employees WHERE email IN ('admin@demo.test', 'manager@demo.test', 'tech@demo.test')`,
    );
    expect(accounts.map((a) => [a.email, a.role, a.active]).sort()).toEqual(
      DEMO_ACCOUNTS.map((a) => [a.email, a.role, 1]).sort(),
    );
    const admin = accounts.find((a) => a.email === 'admin@demo.test');
    expect(await verifyPassword(admin?.password_hash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(admin?.password_hash, 'wrong-password')).toBe(false);
  });

  it('fills every status, and only closed tickets carry closed_at', () => {
    const statuses = rows<{ status: string }>(seeded, 'SELECT DISTINCT status FROM tickets').map((r) => r.status);
    expect(statuses.sort()).toEqual([...STATUSES].sort());
    const wrong = rows<{ n: number }>(
      seeded,
      `SELECT count(*) AS n FROM tickets WHERE (status = 'closed') <> (closed_at IS NOT NULL)`,
    )[0];
    expect(wrong.n).toBe(0);
  });

  it('gives every ticket that was ever ready the time of its first move to ready, and no other', () => {
    const wrong = rows<{ id: number }>(
      seeded,
      `SELECT t.id FROM tickets t
        WHERE t.first_ready_at IS NOT (SELECT min(e.created_at) FROM ticket_events e
                                       WHERE e.ticket_id = t.id AND e.kind = 'status_changed' AND e.to_value = 'ready')`,
    );
    expect(wrong).toEqual([]);
    expect(rows<{ n: number }>(seeded, 'SELECT count(*) AS n FROM tickets WHERE first_ready_at IS NOT NULL')[0].n).toBeGreaterThan(50);
  });

  it("starts every ticket's timeline with 'created' and ends it in the ticket's status, in order and never in the future", () => {
    const firstNotCreated = rows<{ id: number }>(
      seeded,
      `SELECT t.id FROM tickets t
        WHERE (SELECT kind FROM ticket_events e WHERE e.ticket_id = t.id ORDER BY e.created_at, e.id LIMIT 1) IS NOT 'created'`,
    );
    expect(firstNotCreated).toEqual([]);
    const lastStatusDiffers = rows<{ id: number }>(
      seeded,
      `SELECT t.id FROM tickets t
        WHERE t.status <> coalesce((SELECT to_value FROM ticket_events e
                                     WHERE e.ticket_id = t.id AND e.kind = 'status_changed' ORDER BY e.id DESC LIMIT 1), 'new')`,
    );
    expect(lastStatusDiffers).toEqual([]);
    const outOfOrder = rows<{ n: number }>(
      seeded,
      `SELECT count(*) AS n FROM ticket_events a JOIN ticket_events b ON b.ticket_id = a.ticket_id AND b.id > a.id
        WHERE b.created_at <= a.created_at`,
    )[0];
    expect(outOfOrder.n).toBe(0);
    expect(rows<{ n: number }>(seeded, `SELECT count(*) AS n FROM ticket_events WHERE created_at > ${now}`)[0].n).toBe(0);
  });

  it('makes the same tickets on every run, whatever the time of day', async () => {
    const again = freshDatabase('again');
    await seedDatabase(again.$client, { ...SMALL, now: now - 7 * HOUR });
    expect(ticketStories(again)).toEqual(ticketStories(seeded));
  });

  it('gives each fresh demo its own client status links and staff passwords, while the tickets stay the same', async () => {
    const other = freshDatabase('other');
    await seedDatabase(other.$client, { ...SMALL, now });
    expect(rows<{ title: string }>(other, 'SELECT title FROM tickets ORDER BY id')).toEqual(rows(seeded, 'SELECT title FROM tickets ORDER BY id'));

    const tokens = (db: Db) => rows<{ public_token: string }>(db, 'SELECT public_token FROM tickets').map((r) => r.public_token);
    const mine = new Set(tokens(seeded));
    expect(tokens(other).filter((t) => mine.has(t)), 'tokens in both demos').toEqual([]);
    expect(mine.size).toBe(SMALL.tickets);
    expect([...mine].filter((t) => t.length !== 24 || !isTokenShaped(t)), 'tokens not shaped like newPublicToken()').toEqual([]);

    const demoEmails = DEMO_ACCOUNTS.map((a) => a.email);
    const staff = rows<{ email: string; password_hash: string }>(other, 'SELECT email, password_hash FROM employees');
    const signsInWithDemoPassword = await Promise.all(staff.map(async (e) => [e.email, await verifyPassword(e.password_hash, DEMO_PASSWORD)]));
    expect(signsInWithDemoPassword).toEqual(staff.map((e) => [e.email, demoEmails.includes(e.email)]));
    expect(staff.length).toBeGreaterThan(demoEmails.length);
  });

  it('leaves a database that already has employees untouched', async () => {
    const count = (table: string) => rows<{ n: number }>(seeded, `SELECT count(*) AS n FROM ${table}`)[0].n;
    const before = ['departments', 'employees', 'clients', 'tickets', 'ticket_events'].map(count);
    const result = await seedDatabase(seeded.$client, SMALL);
    expect(result).toEqual({ seeded: false, reason: 'not_empty' });
    expect(['departments', 'employees', 'clients', 'tickets', 'ticket_events'].map(count)).toEqual(before);
  });
});
