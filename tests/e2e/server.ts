import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../scripts/lib/free-port';
import { startArgs } from '../../scripts/lib/start-command';

export { freePort };

export async function waitForHealth(baseURL: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${baseURL}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer ${baseURL}/api/health within ${timeoutMs} ms`);
}

/** The cron secret the browser tests' servers take (the cron routes, `npm run digest`). */
export const E2E_CRON_SECRET = 'e2e-cron-secret-0123456789';

/** The settings every browser-test server runs with: its database, its attachments folder, its address. */
export function e2eServerEnv(databaseUrl: string, attachmentsDir: string, baseURL: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    ATTACHMENTS_DIR: attachmentsDir,
    APP_URL: baseURL,
    AUTH_SECRET: 'e2e-auth-secret-0123456789-abcdefghijklmnop',
    CRON_SECRET: E2E_CRON_SECRET,
    DEFAULT_LOCALE: 'ru',
    APP_TIMEZONE: 'Europe/Moscow',
  };
}

/** `npm start`'s server (scripts/start.ts) on a port, with its output kept for the failure message. */
export function startNextServer(port: number, env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  let log = '';
  const child = spawn(process.execPath, startArgs(port, '127.0.0.1'), {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so the whole tree stops with it
  });
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  return { child, output: () => log };
}

export function stopServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}
