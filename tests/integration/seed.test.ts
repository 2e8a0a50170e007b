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
/** The demo the browser tests and the guide's screenshots run on (tests/e2e/global-setup.ts). */
const GUIDE: SeedOptions = { tickets: 300, clients: 60 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Words that give an English sentence away; brand and model names (Apple, iPhone, LaserJet) are none of them. */
const ENGLISH_WORDS = /\b(the|and|with|not|after|for|is|are|was|on|to|of|in|it|we|you|your|please)\b/i;

/** Russian free text: Cyrillic letters and no English sentence in it ("Разбит экран — Apple iPhone 13" is Russian). */
function isRussian(text: string): boolean {
  return CYRILLIC.test(text) && !ENGLISH_WORDS.test(text);
}

function isEnglish(text: string): boolean {
  return !CYRILLIC.test(text);
}

function inLanguage(locale: string, text: string): boolean {
  return locale === 'ru' ? isRussian(text) : isEnglish(text);
}

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
  // Payments join the timeline where their time puts them, so their money is compared on its own.
  return rows<{ id: number; title: string; status: string; priority: string; client_id: number; assignee_id: number | null; kinds: string; paid: number; money: string | null }>(
    db,
    `SELECT t.id, t.title, t.status, t.priority, t.client_id, t.assignee_id, t.paid_minor AS paid,
            (SELECT group_concat(kind) FROM (SELECT kind FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind <> 'payment' ORDER BY e.id)) AS kinds,
            (SELECT group_concat(m) FROM (SELECT p.kind || ' ' || p.method || ' ' || p.amount_minor || ' ' || p.taken_by_id AS m FROM payments p WHERE p.ticket_id = t.id ORDER BY p.id)) AS money
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

  it('names the departments in Russian, and each employee and client in their own language', () => {
    const departments = rows<{ name: string; description: string }>(seeded, 'SELECT name, description FROM departments');
    expect(departments.filter((d) => !isRussian(d.name) || !isRussian(d.description))).toEqual([]);

    const staff = rows<{ full_name: string; position: string; locale: string }>(seeded, 'SELECT full_name, position, locale FROM employees');
    expect(staff.filter((e) => !inLanguage(e.locale, e.full_name) || !inLanguage(e.locale, e.position))).toEqual([]);
    const englishStaff = staff.filter((e) => e.locale === 'en').length;
    expect(englishStaff).toBeGreaterThanOrEqual(1);
    expect(englishStaff / staff.length).toBeLessThan(0.2);

    const clients = rows<{ name: string; contact_person: string | null; notes: string; locale: string }>(
      seeded,
      'SELECT name, contact_person, notes, locale FROM clients',
    );
    const texts = (c: (typeof clients)[number]) => [c.name, c.contact_person, c.notes].filter((t): t is string => !!t);
    expect(clients.filter((c) => !texts(c).every((t) => inLanguage(c.locale, t)))).toEqual([]);
    const englishShare = clients.filter((c) => c.locale === 'en').length / clients.length;
    expect(englishShare).toBeGreaterThanOrEqual(0.05);
    expect(englishShare).toBeLessThanOrEqual(0.25);
  });

  it("writes every text of a ticket, comments included, in its client's language", () => {
    const fields = ['title', 'description', 'device_type', 'accessories', 'intake_condition', 'diagnosis', 'work_done'] as const;
    const tickets = rows<Record<(typeof fields)[number], string | null> & { id: number; locale: string }>(
      seeded,
      `SELECT t.id, c.locale, ${fields.map((f) => `t.${f}`).join(', ')} FROM tickets t JOIN clients c ON c.id = t.client_id`,
    );
    const wrong = tickets.flatMap((t) => fields.filter((f) => t[f] && !inLanguage(t.locale, t[f])).map((f) => `${t.id} ${f}: ${t[f]}`));
    expect(wrong).toEqual([]);
    const english = tickets.filter((t) => t.locale === 'en');
    expect(english.length).toBeGreaterThan(10);
    expect(english.filter((t) => t.device_type !== null).length, 'English repairs').toBeGreaterThan(5);

    const comments = rows<{ ticket_id: number; locale: string; body: string; is_public: number }>(
      seeded,
      `SELECT e.ticket_id, c.locale, e.body, e.is_public FROM ticket_events e
         JOIN tickets t ON t.id = e.ticket_id JOIN clients c ON c.id = t.client_id WHERE e.kind = 'comment'`,
    );
    expect(comments.filter((e) => !inLanguage(e.locale, e.body)).map((e) => `${e.ticket_id}: ${e.body}`)).toEqual([]);
    expect(comments.filter((e) => e.locale === 'en' && !e.is_public).length, 'internal comments on English tickets').toBeGreaterThan(0);
  });

  it('brings devices back: the same client and device after the earlier repair closed, some under warranty', () => {
    type Visit = {
      id: number; serial_number: string; client_id: number; device_type: string; brand: string; model: string;
      status: string; warranty: number; created_at: number; closed_at: number | null;
    };
    const visits = rows<Visit>(
      seeded,
      `SELECT id, serial_number, client_id, device_type, brand, model, status, warranty, created_at, closed_at FROM tickets
        WHERE serial_number IN (SELECT serial_number FROM tickets WHERE serial_number IS NOT NULL GROUP BY serial_number HAVING count(*) > 1)
        ORDER BY serial_number, created_at`,
    );
    const devices = new Map<string, Visit[]>();
    for (const v of visits) devices.set(v.serial_number, [...(devices.get(v.serial_number) ?? []), v]);
    expect(devices.size).toBeGreaterThanOrEqual(5);
    const problems: string[] = [];
    const returns: { visit: Visit; daysAfter: number }[] = [];
    for (const [serial, seen] of devices) {
      if (seen.length > 3) problems.push(`${serial}: ${seen.length} visits`);
      const first = seen[0];
      for (const [i, later] of seen.entries()) {
        if (i === 0) continue;
        const earlier = seen[i - 1];
        const same = (['client_id', 'device_type', 'brand', 'model'] as const).every((k) => later[k] === first[k]);
        if (!same) problems.push(`${serial}: ticket ${later.id} is not the same client's same device`);
        if (earlier.status !== 'closed' || earlier.closed_at === null || later.created_at <= earlier.closed_at) {
          problems.push(`${serial}: ticket ${later.id} came before ticket ${earlier.id} was closed`);
        } else returns.push({ visit: later, daysAfter: (later.created_at - earlier.closed_at) / DAY });
      }
    }
    expect(problems).toEqual([]);
    const warrantyReturns = returns.filter((r) => r.visit.warranty === 1);
    expect(warrantyReturns.length).toBeGreaterThanOrEqual(1);
    expect(warrantyReturns.filter((r) => r.daysAfter > 90), 'warranty returns after the 90 days of warranty').toEqual([]);
    expect(returns.length - warrantyReturns.length, 'paid returns').toBeGreaterThanOrEqual(1);
    // Our warranty covers our repairs: a warranty ticket is always a device that came back.
    const warranty = rows<{ id: number }>(seeded, 'SELECT id FROM tickets WHERE warranty = 1').map((t) => t.id);
    expect(warranty.sort()).toEqual(warrantyReturns.map((r) => r.visit.id).sort());
  });

  it("gives the guide's screenshots a Russian repair SC-000208 whose device has a history, and a Russian client 1", async () => {
    const guide = freshDatabase('guide');
    await seedDatabase(guide.$client, GUIDE);
    const ticket = rows<{ kind: string; status: string; title: string; locale: string; events: number; history: number; approved: number; lines: number }>(
      guide,
      `SELECT t.kind, t.status, t.title, c.locale,
              (SELECT count(*) FROM estimates e WHERE e.ticket_id = t.id AND e.state = 'approved') AS approved,
              (SELECT count(*) FROM ticket_lines l WHERE l.ticket_id = t.id) AS lines,
              (SELECT count(*) FROM ticket_events e WHERE e.ticket_id = t.id) AS events,
              (SELECT count(*) FROM tickets o WHERE o.serial_number = t.serial_number AND o.id <> t.id) AS history
         FROM tickets t JOIN clients c ON c.id = t.client_id WHERE t.id = 208`,
    )[0];
    expect(ticket).toMatchObject({ kind: 'repair', status: 'closed', locale: 'ru' });
    expect(isRussian(ticket.title)).toBe(true);
    expect(ticket.events).toBeGreaterThanOrEqual(12);
    expect(ticket.history).toBeGreaterThanOrEqual(1);
    expect(ticket.approved, 'an approved estimate').toBe(1);
    expect(ticket.lines).toBeGreaterThanOrEqual(2);
    // The guide shows an estimate the client has still to decide on.
    expect(rows<{ n: number }>(guide, `SELECT count(*) AS n FROM estimates WHERE state = 'pending'`)[0].n).toBeGreaterThanOrEqual(1);
    const client = rows<{ locale: string; tickets: number }>(
      guide,
      'SELECT locale, (SELECT count(*) FROM tickets WHERE client_id = 1) AS tickets FROM clients WHERE id = 1',
    )[0];
    expect(client.locale).toBe('ru');
    expect(client.tickets).toBeGreaterThanOrEqual(3);
  });

  it("gives each ticket with lines an estimate that is their total, in whole kopecks, from the price list", () => {
    const wrongTotal = rows<{ id: number }>(
      seeded,
      `SELECT t.id FROM tickets t
        WHERE t.estimate_minor IS NOT (SELECT sum(l.quantity * l.unit_price_minor - l.discount_minor) FROM ticket_lines l WHERE l.ticket_id = t.id)`,
    );
    expect(wrongTotal).toEqual([]);
    const lines = rows<{ n: number; fromList: number; perTicketMax: number }>(
      seeded,
      `SELECT count(*) AS n, sum(catalog_item_id IS NOT NULL) AS fromList,
              (SELECT max(c) FROM (SELECT count(*) AS c FROM ticket_lines GROUP BY ticket_id)) AS perTicketMax FROM ticket_lines`,
    )[0];
    expect(lines.n).toBeGreaterThan(100);
    expect(lines.fromList).toBe(lines.n);
    expect(lines.perTicketMax).toBeLessThanOrEqual(5);
    const items = rows<{ n: number; badKeys: number; parts: number; stocked: number }>(
      seeded,
      `SELECT count(*) AS n, sum(search_key NOT LIKE ' ' || code_key || ' %') AS badKeys,
              sum(kind = 'part') AS parts, sum(kind = 'part' AND stock_on_hand > 0) AS stocked FROM catalog_items`,
    )[0];
    expect(items.n).toBeGreaterThanOrEqual(35);
    expect(items.badKeys).toBe(0);
    expect(items.stocked).toBe(items.parts);
    // Lines only on tickets past diagnostics that are billed (no warranty repair, no question).
    const misplaced = rows<{ id: number }>(
      seeded,
      `SELECT DISTINCT t.id FROM ticket_lines l JOIN tickets t ON t.id = l.ticket_id
        WHERE t.kind <> 'repair' OR t.warranty = 1 OR t.status IN ('new', 'diagnostics') OR t.diagnosis = ''`,
    );
    expect(misplaced).toEqual([]);
  });

  it("keeps every pending estimate on a ticket awaiting approval, and each decision on its ticket's timeline", () => {
    const states = Object.fromEntries(rows<{ state: string; n: number }>(seeded, 'SELECT state, count(*) AS n FROM estimates GROUP BY state').map((r) => [r.state, r.n]));
    expect(states.approved).toBeGreaterThan(states.declined);
    expect(states.declined).toBeGreaterThan(0);
    const pendingElsewhere = rows<{ id: number }>(
      seeded,
      `SELECT t.id FROM estimates e JOIN tickets t ON t.id = e.ticket_id WHERE e.state = 'pending' AND t.status <> 'awaiting_approval'`,
    );
    expect(pendingElsewhere).toEqual([]);
    const undecided = rows<{ id: number }>(
      seeded,
      `SELECT t.id FROM tickets t WHERE t.status = 'awaiting_approval' AND t.estimate_minor IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM estimates e WHERE e.ticket_id = t.id AND e.state = 'pending')`,
    );
    expect(undecided).toEqual([]);
    // Each decision: an estimate_decided event at the same moment, with the same version, total and decision.
    const unmatched = rows<{ id: number }>(
      seeded,
      `SELECT e.id FROM estimates e WHERE e.decided_at IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM ticket_events v WHERE v.ticket_id = e.ticket_id AND v.kind = 'estimate_decided' AND v.created_at = e.decided_at
            AND json_extract(v.details, '$.version') = e.version AND json_extract(v.details, '$.totalMinor') = e.total_minor
            AND json_extract(v.details, '$.decision') = e.state AND json_extract(v.details, '$.via') = e.decided_via)`,
    );
    expect(unmatched).toEqual([]);
    const unsent = rows<{ id: number }>(
      seeded,
      `SELECT e.id FROM estimates e WHERE NOT EXISTS (
         SELECT 1 FROM ticket_events v WHERE v.ticket_id = e.ticket_id AND v.kind = 'estimate_sent' AND v.created_at = e.created_at
            AND json_extract(v.details, '$.version') = e.version)
         OR (e.decided_at IS NOT NULL AND e.decided_at <= e.created_at)`,
    );
    expect(unsent).toEqual([]);
    // A phone decision names who took it; the client's own has no employee.
    const badDecider = rows<{ n: number }>(
      seeded,
      `SELECT count(*) AS n FROM estimates WHERE decided_at IS NOT NULL
          AND ((decided_via = 'phone') <> (decided_by_id IS NOT NULL AND decided_by_name IS NOT NULL))`,
    )[0];
    expect(badDecider.n).toBe(0);
  });

  it('returns a declined repair without repair: ready or closed, billed for the diagnostics alone, no work done', () => {
    const declined = rows<{ id: number; status: string; outcome: string | null; work_done: string; lines: number; final: number | null; estimate: number }>(
      seeded,
      `SELECT t.id, t.status, t.outcome, t.work_done, t.final_cost_minor AS final, t.estimate_minor AS estimate,
              (SELECT count(*) FROM ticket_lines l WHERE l.ticket_id = t.id) AS lines
         FROM estimates e JOIN tickets t ON t.id = e.ticket_id WHERE e.state = 'declined'`,
    );
    expect(declined.length).toBeGreaterThan(0);
    expect(declined.filter((t) => !['ready', 'closed'].includes(t.status) || t.outcome !== 'returned_without_repair' || t.work_done !== '' || t.lines !== 1)).toEqual([]);
    expect(declined.filter((t) => t.status === 'closed' && t.final !== t.estimate)).toEqual([]);
    const stray = rows<{ n: number }>(
      seeded,
      `SELECT count(*) AS n FROM tickets t WHERE t.outcome IS NOT NULL AND NOT EXISTS (SELECT 1 FROM estimates e WHERE e.ticket_id = t.id AND e.state = 'declined')`,
    )[0];
    expect(stray.n).toBe(0);
  });

  it("keeps each ticket's paid amount equal to its prepayments and payments less refunds, and pays most closed repairs in full", () => {
    const wrongPaid = rows<{ id: number; paid: number; sum: number }>(
      seeded,
      `SELECT t.id, t.paid_minor AS paid,
              coalesce((SELECT sum(CASE p.kind WHEN 'refund' THEN -p.amount_minor ELSE p.amount_minor END) FROM payments p WHERE p.ticket_id = t.id), 0) AS sum
         FROM tickets t WHERE t.paid_minor <> sum OR t.paid_minor < 0`,
    );
    expect(wrongPaid).toEqual([]);
    const closed = rows<{ n: number; full: number }>(
      seeded,
      `SELECT count(*) AS n, sum(paid_minor = estimate_minor) AS full FROM tickets
        WHERE status = 'closed' AND kind = 'repair' AND estimate_minor > 0`,
    )[0];
    expect(closed.n).toBeGreaterThan(20);
    expect(closed.full / closed.n).toBeGreaterThan(0.9);
    // Never more paid than the repair came to: a prepayment is a part of the price.
    expect(rows(seeded, `SELECT id FROM tickets WHERE estimate_minor IS NOT NULL AND paid_minor > estimate_minor`)).toEqual([]);

    const kinds = rows<{ kind: string; method: string; n: number }>(seeded, 'SELECT kind, method, count(*) AS n FROM payments GROUP BY kind, method');
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(['prepayment', 'payment', 'refund']));
    expect(new Set(kinds.map((k) => k.method))).toEqual(new Set(['cash', 'card', 'transfer']));
    expect(rows(seeded, `SELECT id FROM payments WHERE kind = 'refund' AND length(trim(coalesce(reason, ''))) = 0`)).toEqual([]);
    // Taken by someone named, no earlier than the ticket and never in the future; each on the timeline.
    const odd = rows<{ id: number }>(
      seeded,
      `SELECT p.id FROM payments p JOIN tickets t ON t.id = p.ticket_id
        WHERE p.taken_by_name = '' OR p.created_at < t.created_at OR p.created_at > ${now}
           OR NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = p.ticket_id AND e.kind = 'payment' AND e.created_at = p.created_at
                          AND json_extract(e.details, '$.amountMinor') = p.amount_minor AND json_extract(e.details, '$.kind') = p.kind)`,
    );
    expect(odd).toEqual([]);
    // Some money is taken late in the evening (local time), as the cash report must count it.
    const evening = rows<{ n: number }>(
      seeded,
      `SELECT count(*) AS n FROM payments WHERE ((created_at + ${3 * HOUR}) % ${DAY}) >= ${21 * HOUR}`,
    )[0];
    expect(evening.n).toBeGreaterThan(0);
    // The cash report's sums (payment_sums) are filled once at the end: each hour as its payments,
    // and the days and months add up to the same money.
    const keys = (sql: string) => rows<{ k: string }>(seeded, sql).map((r) => r.k).sort();
    expect(keys(`SELECT start || '|' || taken_by_id || '|' || taken_by_name || '|' || method || '|' || kind || '|' || currency || '|' || count || '|' || amount_minor AS k FROM payment_sums WHERE span = 'hour'`)).toEqual(
      keys(`SELECT (created_at - created_at % 3600000) || '|' || coalesce(taken_by_id, 0) || '|' || taken_by_name || '|' || method || '|' || kind || '|' || currency || '|' || count(*) || '|' || sum(amount_minor) AS k
              FROM payments GROUP BY created_at - created_at % 3600000, coalesce(taken_by_id, 0), taken_by_name, method, kind, currency`),
    );
    const all = rows<{ n: number; amount: number }>(seeded, 'SELECT count(*) AS n, sum(amount_minor) AS amount FROM payments')[0];
    expect(rows(seeded, 'SELECT span, sum(count) AS n, sum(amount_minor) AS amount FROM payment_sums GROUP BY span ORDER BY span')).toEqual(
      ['day', 'hour', 'month'].map((span) => ({ span, ...all })),
    );
  });

  it('leaves a database that already has employees untouched', async () => {
    const count = (table: string) => rows<{ n: number }>(seeded, `SELECT count(*) AS n FROM ${table}`)[0].n;
    const before = ['departments', 'employees', 'clients', 'tickets', 'ticket_events'].map(count);
    const result = await seedDatabase(seeded.$client, SMALL);
    expect(result).toEqual({ seeded: false, reason: 'not_empty' });
    expect(['departments', 'employees', 'clients', 'tickets', 'ticket_events'].map(count)).toEqual(before);
  });
});
