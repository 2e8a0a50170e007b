/**
 * npm run digest [-- --url http://127.0.0.1:3000]
 * Asks the running app to send today's digests: POST /api/cron/digest with the cron secret.
 * Safe to run as often as you like; each employee gets one digest per local day. For a local cron
 * (08:00 company time):
 *   CRON_TZ=Europe/Moscow
 *   0 8 * * * cd /srv/service-desk && npm run digest >> data/digest.log 2>&1
 * Settings come from the environment, then .env.local / .env; the secret falls back to the one
 * `npm run demo` generated. Exits 1 when the app refuses or cannot be reached.
 */
import './lib/load-env';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';


const DEMO_SECRETS_FILE = path.join('data', 'demo-secrets.json');
const DEV_CRON_SECRET = 'dev-only-cron-secret'; // what lib/env.ts uses in development

function cronSecret(): string {
  if (process.env.CRON_SECRET) return process.env.CRON_SECRET;
  if (existsSync(DEMO_SECRETS_FILE)) return (JSON.parse(readFileSync(DEMO_SECRETS_FILE, 'utf8')) as { CRON_SECRET: string }).CRON_SECRET;
  return DEV_CRON_SECRET;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { url: { type: 'string' } } });
  const base = (values.url ?? process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? '3000'}`).replace(/\/+$/, '');
  const endpoint = `${base}/api/cron/digest`;
  let res: Response;
  try {
    res = await fetch(endpoint, { method: 'POST', headers: { authorization: `Bearer ${cronSecret()}` }, signal: AbortSignal.timeout(120_000) });
  } catch (error) {
    console.error(`Could not reach ${endpoint}: ${(error as Error).message}. Is the app running?`);
    return 1;
  }
  const body = await res.text();
  if (res.status === 401) {
    console.error(`${endpoint} refused the secret (401): set CRON_SECRET to the value the app runs with.`);
    return 1;
  }
  if (!res.ok) {
    console.error(`${endpoint} answered ${res.status}: ${body.slice(0, 500)}`);
    return 1;
  }
  console.log(body);
  return 0;
}

process.exitCode = await main();
