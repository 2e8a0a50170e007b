/**
 * A server with bad settings must not look healthy (issue 15, point 12): `npm start` refuses to
 * listen, and `next start` run by hand stops instead of serving 500s behind a 200 /api/health.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startArgs } from '../../scripts/lib/start-command';
import { freePort } from './server';

const dir = mkdtempSync(path.join(tmpdir(), 'crm-bad-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const badEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: path.join(dir, 'bad.db'),
  ATTACHMENTS_DIR: path.join(dir, 'attachments'),
  AUTH_SECRET: 'bad-settings-auth-secret-0123456789-abcdef',
  CRON_SECRET: 'too-short', // 9 characters; 16 are required
  APP_URL: 'http://127.0.0.1:1',
});

/** Runs a server command until it exits or 40 s pass, asking /api/health the whole time. */
async function runServer(args: string[], port: number) {
  const child = spawn(process.execPath, args, { env: badEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const healthAnswers: number[] = [];
  const deadline = Date.now() + 40_000;
  while (child.exitCode === null && Date.now() < deadline) {
    const status = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.status, () => 0);
    if (status) healthAnswers.push(status);
    await new Promise((r) => setTimeout(r, 200));
  }
  if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  return { code: await exited, output, healthAnswers };
}

describe('bad settings', () => {
  it('npm start exits non-zero before listening, naming the setting', async () => {
    const port = await freePort();
    const { code, output, healthAnswers } = await runServer(startArgs(port, '127.0.0.1'), port);
    expect(code).toBe(1);
    expect(output).toContain('CRON_SECRET: must be at least 16 characters');
    expect(healthAnswers).toEqual([]);
  });

  it('next start run by hand stops too, and /api/health never says healthy', async () => {
    const port = await freePort();
    const { code, output, healthAnswers } = await runServer(['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], port);
    // It stops by itself (a server killed at the deadline has no exit code).
    expect(code, output).toBe(1);
    expect(output).toContain('CRON_SECRET: must be at least 16 characters');
    expect(healthAnswers.filter((s) => s === 200)).toEqual([]);
  });
});
