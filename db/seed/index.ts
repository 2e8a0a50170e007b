/**
 * Demo data for an empty database (SPEC §7). Deterministic: the same options give the same
 * rows on every run, but for timestamps (relative to "now") and secrets (see ./secrets.ts).
 */
import type Database from 'better-sqlite3';
import { withoutTicketIndexTriggers } from '@/db/bulk-load';
import { hashPassword } from '@/lib/auth/password';
import { withBulkSettings, withoutIndexes } from './bulk';
import { insertClientReplies } from './client-replies';
import { insertClients } from './clients';
import { DAY, TicketClock, zoneOffsetMs } from './clock';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo-accounts';
import { insertDepartments, insertEmployees } from './staff';
import { Random } from './random';
import { insertPriceList } from './price-list';
import { unknowablePassword } from './secrets';
import { insertTickets } from './tickets';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

export interface SeedOptions {
  tickets?: number;
  /** Default: 300, or one client per seven tickets for bigger runs. */
  clients?: number;
  /** Default: 20, or one employee per 5,000 tickets for bigger runs. */
  employees?: number;
  /** How far back tickets go. */
  days?: number;
  /** Milliseconds; fix it for byte-identical timestamps, leave it for "the last 120 days from now". */
  now?: number;
  seed?: number;
  timeZone?: string;
}

export type SeedResult =
  | { seeded: false; reason: 'not_empty' }
  | {
      seeded: true;
      counts: { departments: number; employees: number; clients: number; tickets: number; events: number };
      demoAccounts: readonly DemoAccount[];
    };

/**
 * Any number makes a believable demo; this one is picked for the guide: in the demo its screenshots
 * are taken from (300 tickets, 60 clients), SC-000208 is a full Russian repair whose device comes
 * back under warranty, so the ticket page shows a device history, and whose estimate the client
 * approved, with its lines (tests/integration/seed.test.ts). Picked again when declined estimates
 * (issue 16) changed the paths tickets take.
 */
export const DEFAULT_SEED = 20241162;

/** From this many tickets on, constraints are checked by the small runs only (see withBulkSettings). */
const BULK_TICKETS = 50_000;

function isEmpty(sqlite: Database.Database): boolean {
  return sqlite.prepare('SELECT 1 FROM employees LIMIT 1').get() === undefined;
}

/** Whole, positive numbers only: a flag of 0 or NaN falls back to the default. */
function count(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

export async function seedDatabase(sqlite: Database.Database, opts: SeedOptions = {}): Promise<SeedResult> {
  if (!isEmpty(sqlite)) return { seeded: false, reason: 'not_empty' };

  const tickets = count(opts.tickets, 2000);
  const clients = count(opts.clients, Math.max(300, Math.ceil(tickets / 7)));
  const employees = count(opts.employees, Math.max(20, Math.ceil(tickets / 5000)));
  const days = count(opts.days, 120);
  const now = opts.now ?? Date.now();
  const rng = new Random(opts.seed ?? DEFAULT_SEED);
  // Lines and decisions draw from their own stream: adding them left the tickets as they were.
  const linesRng = new Random(((opts.seed ?? DEFAULT_SEED) ^ 0x1e57a7e5) >>> 0);
  // So do the payments: adding them left the tickets, lines and decisions as they were.
  const paymentsRng = new Random(((opts.seed ?? DEFAULT_SEED) ^ 0x9a1d5eed) >>> 0);

  // Hashed before the transaction (argon2 is async). Only the printed demo accounts may sign in
  // with the demo password; everyone else shares one random password that is never shown.
  const [shared, ...demo] = await Promise.all([unknowablePassword(), ...DEMO_ACCOUNTS.map(() => DEMO_PASSWORD)].map((p) => hashPassword(p)));

  const run = sqlite.transaction((): SeedResult => {
    if (!isEmpty(sqlite)) return { seeded: false, reason: 'not_empty' }; // someone seeded while we hashed
    const departmentIds = insertDepartments(sqlite, now, days);
    const staff = insertEmployees(sqlite, rng, { count: employees, now, days, departmentIds, hashes: { demo, shared } });
    const book = insertClients(sqlite, rng, { count: clients, now, days });
    const clock = new TicketClock(now, days, zoneOffsetMs(opts.timeZone ?? 'Europe/Moscow', now));
    const prices = insertPriceList(sqlite, departmentIds, now - days * DAY);
    // The search index and the ticket counts are filled once at the end, not by a trigger per row.
    const made = withoutIndexes(sqlite, ['tickets', 'ticket_events', 'ticket_lines', 'estimates', 'payments'], () =>
      withoutTicketIndexTriggers(sqlite, () => insertTickets(sqlite, rng, { count: tickets, days, clock, staff, clients: book, prices, linesRng, paymentsRng })),
    );
    insertClientReplies(sqlite, now);
    return {
      seeded: true,
      counts: { departments: departmentIds.length, employees: staff.count, clients: book.ids.length, ...made },
      demoAccounts: DEMO_ACCOUNTS,
    };
  });
  return tickets >= BULK_TICKETS ? withBulkSettings(sqlite, () => run.immediate()) : run.immediate();
}
