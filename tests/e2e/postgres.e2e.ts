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
import { httpSignIn, type HttpSession } from './http-forms';
import { e2eServerEnv, freePort, startNextServer, stopServer, waitForHealth } from './server';

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

  beforeAll(async () => {
    cluster = await startCluster();
    const file = path.join(dir, 'seeded.db');
    const sqlite = openDatabase(file);
    runMigrations(sqlite);
    await seedDatabase(sqlite.$client, { tickets: 150, clients: 40 });
    sqlite.$client.close();
    const url = cluster.url();
    await copyDatabase(file, url);
    const client = new pg.Client(url);
    await client.connect();
    ticket = (await client.query("SELECT id, public_token, title FROM tickets WHERE status <> 'closed' ORDER BY id DESC LIMIT 1")).rows[0];
    await client.end();

    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    server = startNextServer(port, { ...e2eServerEnv(url, path.join(dir, 'attachments'), baseURL), WORKERS: '2' });
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
});
