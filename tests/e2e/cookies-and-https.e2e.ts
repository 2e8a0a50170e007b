import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { run } from '../../scripts/lib/run';
import { DEMO } from './browser';
import { freePort, startNextServer, stopServer, waitForHealth } from './server';

/** The Set-Cookie lines a sign-in through next-auth's credentials endpoint answers with. */
async function signInCookies(baseURL: string): Promise<{ lines: string[]; cookie: string }> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const first = csrf.headers.getSetCookie();
  const res = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: 'POST',
    body: new URLSearchParams({ csrfToken, email: DEMO.manager, password: DEMO.password, json: 'true' }),
    headers: { cookie: first.map((c) => c.split(';')[0]).join('; '), 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  const lines = [...first, ...res.headers.getSetCookie()];
  return { lines, cookie: lines.map((c) => c.split(';')[0]).join('; ') };
}

const attributes = (line: string) => line.split(';').slice(1).map((a) => a.trim().toLowerCase());
const sessionLine = (lines: string[]) => lines.find((l) => /^(__Secure-)?next-auth\.session-token=/.test(l));

describe('cookies and transport security', () => {
  it('over plain http: the session cookie is HttpOnly and SameSite=Lax, and no HSTS is sent', async () => {
    const baseURL = inject('baseURL');
    const { lines } = await signInCookies(baseURL);
    const session = sessionLine(lines);
    expect(session, lines.join('\n')).toBeDefined();
    expect(attributes(session!)).toEqual(expect.arrayContaining(['httponly', 'samesite=lax']));
    expect(attributes(session!)).not.toContain('secure');
    expect((await fetch(`${baseURL}/login`)).headers.get('strict-transport-security')).toBeNull();
  });

  describe('behind https (APP_URL is an https address)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crm-https-'));
    let stop = () => {};
    afterAll(() => {
      stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('sends HSTS, marks the session cookie Secure, and still lets the staff in', async () => {
      const databaseFile = path.join(dir, 'https.db');
      expect(await run('npx', ['tsx', 'scripts/seed.ts', '--tickets', '5', '--clients', '3'], { ...process.env, DATABASE_URL: databaseFile })).toBe(0);
      const port = await freePort();
      const baseURL = `http://127.0.0.1:${port}`; // what a TLS-terminating proxy in front would call
      const server = startNextServer(port, {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseFile,
        APP_URL: 'https://crm.example.test',
        NEXTAUTH_URL: 'https://crm.example.test',
        AUTH_SECRET: 'https-auth-secret-0123456789-abcdefghijklmnop',
        CRON_SECRET: 'https-cron-secret-0123456789',
        ATTACHMENTS_DIR: path.join(dir, 'attachments'),
        RESEND_API_KEY: '',
      });
      stop = () => stopServer(server.child);
      await waitForHealth(baseURL);

      const login = await fetch(`${baseURL}/login`);
      expect(login.headers.get('strict-transport-security'), server.output()).toMatch(/max-age=\d{7,}/);

      const { lines, cookie } = await signInCookies(baseURL);
      const session = sessionLine(lines);
      expect(session, lines.join('\n')).toMatch(/^__Secure-next-auth\.session-token=/);
      expect(attributes(session!)).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=lax']));
      const profile = await fetch(`${baseURL}/profile`, { headers: { cookie }, redirect: 'manual' });
      expect(profile.status).toBe(200);
    });
  });
});
