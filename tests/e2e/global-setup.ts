import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyDatabase } from '../../scripts/db-copy';
import { startCluster, type Cluster } from '../../scripts/lib/postgres-cluster';
import { run } from '../../scripts/lib/run';
import { startFakeResend } from '../helpers/fake-resend';
import { E2E_TELEGRAM, startFakeTelegram } from '../helpers/fake-telegram';
import { e2eServerEnv, freePort, startNextServer, stopServer, waitForHealth } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The server's database: a SQLite file, or with E2E_ENGINE=postgres a postgres:// URL. */
    databaseUrl: string;
    /** The fake Resend API the app sends mail to: GET {url}/__emails lists what it received. */
    fakeResendURL: string;
    /** The fake Telegram Bot API: GET {url}/__calls lists what the bot sent. */
    fakeTelegramURL: string;
  }
}

/**
 * Builds the app, seeds a throw-away database and serves it with `next start` for the browser
 * tests. With E2E_ENGINE=postgres the same seed is copied (`npm run db:copy`) into a throw-away
 * PostgreSQL cluster and the server runs on that.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'crm-e2e-'));
  const databaseFile = path.join(dir, 'e2e.db');
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...e2eServerEnv(databaseFile, path.join(dir, 'attachments'), baseURL),
    // A status message goes out at once here; merging quick moves is tested with a clock of its own.
    NOTIFY_MERGE_SECONDS: '0',
    // One process, as before WORKERS: the suite's checks of in-process figures stay exact.
    // Several worker processes are tested in crash-safety.e2e.ts.
    WORKERS: '1',
  };

  if (process.env.E2E_SKIP_BUILD !== '1') {
    const built = await run('npx', ['next', 'build'], env);
    if (built !== 0) throw new Error('next build failed');
  }
  const seeded = await run('npx', ['tsx', 'scripts/seed.ts', '--tickets', '300', '--clients', '60'], env);
  if (seeded !== 0) throw new Error('seeding the e2e database failed');
  let cluster: Cluster | undefined;
  if (process.env.E2E_ENGINE === 'postgres') {
    cluster = await startCluster();
    env.DATABASE_URL = cluster.url();
    await copyDatabase(databaseFile, env.DATABASE_URL);
  }
  const databaseUrl = env.DATABASE_URL!;

  // The app sends through the real Resend SDK to a recorder on loopback (tests/helpers/fake-resend.ts).
  const fakeResend = await startFakeResend();
  // The Telegram bot talks to a recorder on loopback too (tests/helpers/fake-telegram.ts).
  const fakeTelegram = await startFakeTelegram();
  const telegramEnv = { TELEGRAM_BOT_TOKEN: E2E_TELEGRAM.token, TELEGRAM_BOT_USERNAME: E2E_TELEGRAM.username, TELEGRAM_BASE_URL: fakeTelegram.url, TELEGRAM_WEBHOOK_SECRET: E2E_TELEGRAM.secret };
  const server = startNextServer(port, { ...env, RESEND_API_KEY: 're_e2e_fake_key', RESEND_BASE_URL: fakeResend.url, ...telegramEnv });
  try {
    await waitForHealth(baseURL);
  } catch (error) {
    stopServer(server.child);
    await fakeResend.close();
    await fakeTelegram.close();
    cluster?.stop();
    throw new Error(`${(error as Error).message}\n${server.output()}`);
  }
  project.provide('baseURL', baseURL);
  project.provide('databaseUrl', databaseUrl);
  project.provide('fakeResendURL', fakeResend.url);
  project.provide('fakeTelegramURL', fakeTelegram.url);

  return async () => {
    stopServer(server.child);
    await fakeResend.close();
    await fakeTelegram.close();
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
