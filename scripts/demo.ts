/**
 * `npm run demo`: one command from a fresh clone to a running app with demo data.
 * Migrates, builds, seeds an empty database, and serves on PORT (default 3000).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runOrExit } from './lib/run';

const DEMO_SECRETS_FILE = path.join('data', 'demo-secrets.json');

/** Production mode needs real secrets; the demo makes its own once and keeps them beside the database. */
function demoSecrets(): { AUTH_SECRET: string; CRON_SECRET: string } {
  if (existsSync(DEMO_SECRETS_FILE)) return JSON.parse(readFileSync(DEMO_SECRETS_FILE, 'utf8'));
  mkdirSync('data', { recursive: true });
  const secrets = { AUTH_SECRET: randomBytes(32).toString('base64url'), CRON_SECRET: randomBytes(24).toString('base64url') };
  writeFileSync(DEMO_SECRETS_FILE, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

const port = process.env.PORT ?? '3000';
const secrets = demoSecrets();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  AUTH_SECRET: process.env.AUTH_SECRET ?? secrets.AUTH_SECRET,
  CRON_SECRET: process.env.CRON_SECRET ?? secrets.CRON_SECRET,
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
};

await runOrExit('npx', ['tsx', 'scripts/migrate.ts'], env);
await runOrExit('npx', ['next', 'build'], env);
// Seeded after the long build, so the demo sign-ins the seed prints (only when it creates them)
// are still on screen next to the address below.
await runOrExit('npx', ['tsx', 'scripts/seed.ts'], env);

console.log(`
  Service Desk CRM is starting on ${env.APP_URL}
  Stop with Ctrl+C.
`);
await runOrExit('npm', ['start', '--', '-p', port], { ...env, NODE_ENV: 'production' });
