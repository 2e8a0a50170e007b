import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, runMigrations } from '@/db/connection';
import { seedDatabase } from '@/db/seed';
import { formatTicketNumber, ticketHref } from '@/lib/tickets/number';
import { findPostgresBin, startCluster, type Cluster } from '../../scripts/lib/postgres-cluster';
import { copyDatabase } from '../../scripts/db-copy';
import { DEMO } from './browser';
import { formFields, httpSignIn, signInAnswer, type HttpSession } from './http-forms';
import { writeBursts } from './write-burst';
import { E2E_CRON_SECRET, e2eServerEnv, freePort, startNextServer, stopServer, waitForHealth } from './server';

/**
 * `npm start` with DATABASE_URL=postgres://…: the same build serves the demo data from
 * PostgreSQL (a throw-away cluster, filled by `npm run db:copy` from a seeded SQLite file), and
 * the pages staff and clients open answer from it.
 */
const haveServer = !!findPostgresBin();
if (!haveServer && process.env.CI) throw new Error("PostgreSQL's server is not installed: .ci/run installs it");

describe.skipIf(!haveServer)('the app on PostgreSQL', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crm-e2e-pg-'));
  let cluster: Cluster;
  let server: ReturnType<typeof startNextServer>;
  let baseURL = '';
  let admin: HttpSession;
  let ticket: { id: number; public_token: string; title: string };
  let url = '';
  const serverEnv = (base: string) => ({ ...e2eServerEnv(url, path.join(dir, 'attachments'), base), RESEND_API_KEY: '', WORKERS: '2' });

  beforeAll(async () => {
    cluster = await startCluster();
    const file = path.join(dir, 'seeded.db');
    const sqlite = openDatabase(file);
    runMigrations(sqlite);
    await seedDatabase(sqlite.$client, { tickets: 150, clients: 40 });
    sqlite.$client.close();
    url = cluster.url();
    await copyDatabase(file, url);
    const client = new pg.Client(url);
    await client.connect();
    ticket = (await client.query("SELECT id, public_token, title FROM tickets WHERE status <> 'closed' ORDER BY id DESC LIMIT 1")).rows[0];
    await client.end();

    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    server = startNextServer(port, serverEnv(baseURL));
    try {
      await waitForHealth(baseURL);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${server.output()}`);
    }
    admin = await httpSignIn(baseURL, DEMO.admin, DEMO.password);
  });

  afterAll(() => {
    if (server) stopServer(server.child);
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const page = async (at: string, session: HttpSession | null = admin) => {
    const res = await fetch(`${baseURL}${at}`, { headers: session ? { cookie: session.cookie } : {}, redirect: 'manual' });
    return { status: res.status, html: await res.text() };
  };

  it('migrated the database at start and says it is healthy', async () => {
    const res = await fetch(`${baseURL}/api/health`);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok', migrations: 4 });
  });

  it('serves the staff pages from PostgreSQL: dashboard, list, search, ticket, clients, cash report', async () => {
    const number = formatTicketNumber(ticket.id);
    const list = await page('/tickets');
    expect(list.status).toBe(200);
    expect(list.html).toContain(number);
    const word = ticket.title.split(/\s+/).find((w) => w.length > 4)!;
    const found = await page(`/tickets?q=${encodeURIComponent(word)}`);
    expect(found.status).toBe(200);
    expect(found.html).toContain(number);
    const detail = await page(ticketHref(ticket.id));
    expect(detail.status).toBe(200);
    expect(detail.html).toContain(ticket.title.replaceAll('"', '&quot;'));
    for (const at of ['/', '/clients', '/employees', '/departments', '/catalog', '/reports/payments', '/outbox']) {
      expect((await page(at)).status, at).toBe(200);
    }
  });

  it('shows the client their ticket on the public status page', async () => {
    const status = await page(`/status/${ticket.public_token}`, null);
    expect(status.status).toBe(200);
    expect(status.html).toContain(formatTicketNumber(ticket.id));
  });

  it('refuses a wrong password and still signs the right one in', async () => {
    await expect(httpSignIn(baseURL, DEMO.manager, 'not-the-password')).rejects.toThrow(/sign-in/);
    const manager = await httpSignIn(baseURL, DEMO.manager, DEMO.password);
    expect((await page('/tickets', manager)).status).toBe(200);
  });

  it('queues one digest per employee and locks an e-mail out after five tries, however the calls fall across two instances', async () => {
    const secondPort = await freePort();
    const secondURL = `http://127.0.0.1:${secondPort}`;
    const second = startNextServer(secondPort, serverEnv(secondURL));
    const db = new pg.Client(url);
    await db.connect();
    try {
      await waitForHealth(secondURL);
      // The cron caller calls twice, and each call reaches both instances at once.
      const cron = (base: string) =>
        fetch(`${base}/api/cron/digest`, { method: 'POST', headers: { authorization: `Bearer ${E2E_CRON_SECRET}` } });
      const runs = (await Promise.all([baseURL, secondURL, baseURL, secondURL].map(async (base) => (await cron(base)).json()))) as { ok: boolean; queued: number }[];
      expect(runs.every((run) => run.ok)).toBe(true);
      const digests = (await db.query(`SELECT recipient_address AS address, count(*) AS n FROM notifications WHERE kind = 'digest' GROUP BY recipient_address`)).rows;
      expect(digests.length).toBeGreaterThan(0);
      expect(digests.filter((d) => Number(d.n) !== 1)).toEqual([]);
      expect(runs.reduce((sum, run) => sum + run.queued, 0)).toBe(digests.length);

      // Twenty wrong passwords at once, half through each instance: the attempt is counted before
      // the password check, in the shared database, so five are checked and fifteen find the lock.
      const email = `locked-out-${Date.now()}@pg.test`;
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => signInAnswer(i % 2 ? secondURL : baseURL, email, `wrong-${i}`)));
      expect(answers.filter((a) => a === 'invalid')).toHaveLength(5);
      expect(answers.filter((a) => a === 'locked')).toHaveLength(15);
      const throttle = (await db.query('SELECT failures, locked_until FROM throttles WHERE key = $1', [`login:${email}`])).rows[0];
      expect(throttle.failures).toBe(5);
      expect(Number(throttle.locked_until)).toBeGreaterThan(Date.now());
    } finally {
      stopServer(second.child);
      await db.end();
    }
  });

  it('loses no acknowledged write when one of two instances is killed mid-burst, and delivers every committed mail', async () => {
    const db = new pg.Client(url);
    await db.connect();
    try {
      // A client with an address and consent, so every new ticket commits a notification too.
      const clientId: number = (
        await db.query(`INSERT INTO clients (name, email, locale, notify, created_at, updated_at) VALUES ('Crash Client', 'crash@client.test', 'ru', true, 0, 0) RETURNING id`)
      ).rows[0].id;
      const departmentId: number = (await db.query('SELECT id FROM departments ORDER BY id LIMIT 1')).rows[0].id;

      const secondPort = await freePort();
      const secondURL = `http://127.0.0.1:${secondPort}`;
      let second = startNextServer(secondPort, serverEnv(secondURL));
      await waitForHealth(secondURL);
      const sessions = { first: await httpSignIn(baseURL, DEMO.manager, DEMO.password), second: await httpSignIn(secondURL, DEMO.manager, DEMO.password) };
      const intake = await formFields(sessions.first, '/tickets/new', /id="ticket-intake-form"/);
      const ticketFields = { ...intake, kind: 'repair', channel: 'phone', clientId: String(clientId), departmentId: String(departmentId), priority: 'normal' };

      const { state, burst } = writeBursts(ticketFields);
      const { acknowledged, moved } = state;
      const killer = (async () => {
        while (acknowledged.length < 20) await new Promise((r) => setTimeout(r, 20));
        stopServer(second.child, 'SIGKILL');
      })();
      await Promise.all([burst(sessions.first, 'a', 30), burst(sessions.second, 'b', 30), burst(sessions.second, 'c', 30), killer]);
      expect(state.cutOff).toBe(2); // both bursts on the killed instance were cut off; the other instance served all of its own

      second = startNextServer(secondPort, serverEnv(secondURL));
      try {
        await waitForHealth(secondURL);
        const present = new Set((await db.query('SELECT id FROM tickets WHERE client_id = $1', [clientId])).rows.map((r) => r.id));
        expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
        const statuses = new Map((await db.query('SELECT id, status FROM tickets WHERE id = ANY($1)', [moved])).rows.map((r) => [r.id, r.status]));
        expect(moved.filter((id) => statuses.get(id) !== 'diagnostics')).toEqual([]);
        const orphans = await db.query(
          `SELECT t.id FROM tickets t WHERE t.client_id = $1
             AND (NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'created')
               OR NOT EXISTS (SELECT 1 FROM notifications n WHERE n.ticket_id = t.id)
               OR (t.status = 'diagnostics' AND NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'status_changed')))`,
          [clientId],
        );
        expect(orphans.rows).toEqual([]);
        // Either instance's sweep delivers what the killed one committed but did not send.
        const deadline = Date.now() + 30_000;
        let pending = -1;
        while (Date.now() < deadline) {
          pending = Number((await db.query(`SELECT count(*) AS n FROM notifications WHERE state != 'sent' AND ticket_id IN (SELECT id FROM tickets WHERE client_id = $1)`, [clientId])).rows[0].n);
          if (pending === 0) break;
          await new Promise((r) => setTimeout(r, 500));
        }
        expect(pending).toBe(0);
        console.info(`crash safety on PostgreSQL, two instances: ${acknowledged.length} creations acknowledged (${moved.length} also moved), all present after one instance was killed, every committed notification delivered`);
      } finally {
        stopServer(second.child);
      }
    } finally {
      await db.end();
    }
  });
});

