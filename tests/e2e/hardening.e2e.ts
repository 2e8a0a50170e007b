/**
 * The holes a hostile tester found in the production build (issue 15), each tried again the way
 * it was found: hand-made requests against `npm start`'s server, and Chromium where a person
 * would notice.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DEMO, signedInBrowsers } from './browser';
import { createEmployee, employeeId, withDatabase } from './fixtures';
import { formFields, httpSignIn, postForm, type HttpSession } from './http-forms';

const baseURL = () => inject('baseURL');
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${baseURL()}${path}`, { headers, redirect: 'manual' });
const locationOf = (res: Response) => new URL(res.headers.get('location') ?? '', baseURL());

/** next-auth's own sign-out: the POST a sign-out button makes. */
async function signOut(session: HttpSession) {
  const csrf = await fetch(`${session.baseURL}/api/auth/csrf`, { headers: { cookie: session.cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${session.baseURL}/api/auth/signout`, {
    method: 'POST',
    body: new URLSearchParams({ csrfToken, json: 'true' }),
    headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  expect(res.status).toBeLessThan(400);
}

/** Whether a copied cookie still opens a staff page. */
async function cookieWorks(session: HttpSession) {
  const res = await fetch(`${session.baseURL}/profile`, { headers: { cookie: session.cookie }, redirect: 'manual' });
  return res.status === 200;
}

describe('after sign-in only this app’s own paths (1)', () => {
  it.each(['/%09/evil.example/x', '/%0a/evil.example', '/%0d/evil.example', '/%E2%80%8B/evil.example', '/%5C/evil.example'])(
    'a signed-in visit of /login?callbackUrl=%s goes home, on this origin',
    async (callback) => {
      const admin = await httpSignIn(baseURL(), DEMO.admin, DEMO.password);
      const res = await get(`/login?callbackUrl=${callback}`, { cookie: admin.cookie });
      expect(res.status).toBeGreaterThanOrEqual(300);
      expect(res.status).toBeLessThan(400);
      const target = locationOf(res);
      expect(target.origin).toBe(new URL(baseURL()).origin);
      expect(target.pathname).toBe('/');
    },
  );
});

describe('the status look-up limit keys on the connection, not on X-Forwarded-For (3)', () => {
  afterAll(() => withDatabase((db) => db.run(`DELETE FROM throttles WHERE key LIKE 'status-lookup:%'`)));

  it('refuses the eleventh try even when every try claims another address, and adds one throttle row', async () => {
    await withDatabase((db) => db.run(`DELETE FROM throttles WHERE key LIKE 'status-lookup:%'`));
    const visitor: HttpSession = { baseURL: baseURL(), cookie: 'locale=en' };
    const fields = await formFields(visitor, '/status', /data-testid="lookup-form"/);
    let last = '';
    for (let i = 1; i <= 11; i += 1) {
      const body = new FormData();
      for (const [k, v] of Object.entries({ ...fields, number: 'SC-999999', contact: `+7912000${String(i).padStart(4, '0')}` })) body.set(k, v);
      const res = await fetch(`${baseURL()}/status`, {
        method: 'POST',
        body,
        headers: { cookie: visitor.cookie, origin: baseURL(), 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `198.51.100.${i}` },
      });
      last = await res.text();
    }
    expect(last).toMatch(/Too many attempts from your network/);
    const rows = await withDatabase((db) => db.all<{ key: string }>(`SELECT key FROM throttles WHERE key LIKE 'status-lookup:%'`));
    expect(rows.map((r) => r.key)).toEqual(['status-lookup:127.0.0.1']);
  });
});

describe('staff pages tell anonymous callers nothing (4)', () => {
  const staffPages = async () => {
    const id = await withDatabase((db) => employeeId(db, DEMO.tech));
    const department = await withDatabase(async (db) => (await db.get<{ id: number }>('SELECT department_id AS id FROM employees WHERE id = ?', id)).id);
    return { id, department, paths: [`/employees/${id}`, `/employees/${id}/edit`, `/departments/${department}`, `/departments/${department}/edit`] };
  };

  it.each([{ purpose: 'prefetch' }, { 'next-router-prefetch': '1' }, {}])('a request with %j is sent to sign in, with the security headers and no name', async (headers) => {
    const { id, paths } = await staffPages();
    const name = await withDatabase(async (db) => (await db.get<{ name: string }>('SELECT full_name AS name FROM employees WHERE id = ?', id)).name);
    for (const path of paths) {
      const res = await get(path, headers as Record<string, string>);
      const body = await res.text();
      expect(res.status, path).toBeGreaterThanOrEqual(300);
      expect(locationOf(res).pathname, path).toBe('/login');
      expect(body, path).not.toContain(name);
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
});

describe('signing out ends the session for good (5)', () => {
  /** The employee's active flag, as 1 or 0 on either engine. */
  const activeFlag = (id: number) => withDatabase(async (db) => (await db.get<{ active: number }>('SELECT active FROM employees WHERE id = ?', id)).active);

  it('a copied cookie opens nothing and writes nothing after sign-out', async () => {
    await createEmployee('copied-cookie@demo.test', 'Copied-cookie-2026');
    const session = await httpSignIn(baseURL(), 'copied-cookie@demo.test', 'Copied-cookie-2026');
    const copy: HttpSession = { ...session };
    expect(await cookieWorks(copy)).toBe(true);
    const profileForm = await formFields(session, '/profile', /name="fullName"/);

    await signOut(session);
    expect(await cookieWorks(copy)).toBe(false);
    await postForm(copy, '/profile', { ...profileForm, fullName: 'Written after sign-out', locale: 'ru' });
    const name = await withDatabase(
      async (db) => (await db.get<{ name: string }>(`SELECT full_name AS name FROM employees WHERE email = 'copied-cookie@demo.test'`)).name,
    );
    expect(name).not.toBe('Written after sign-out');
  });

  it('deactivation ends the sessions, and reactivation does not bring an old cookie back', async () => {
    await createEmployee('reactivated@demo.test', 'Reactivated-2026');
    const id = await withDatabase((db) => employeeId(db, 'reactivated@demo.test'));
    const employee = await httpSignIn(baseURL(), 'reactivated@demo.test', 'Reactivated-2026');
    const admin = await httpSignIn(baseURL(), DEMO.admin, DEMO.password);

    const deactivate = await formFields(admin, `/employees/${id}/edit`, /id="activation-form"/);
    await postForm(admin, `/employees/${id}/edit`, deactivate);
    expect(await activeFlag(id)).toBe(0);
    const reactivate = await formFields(admin, `/employees/${id}/edit`, /id="activation-form"/);
    await postForm(admin, `/employees/${id}/edit`, reactivate);
    expect(await activeFlag(id)).toBe(1);

    expect(await cookieWorks(employee)).toBe(false);
    const again = await httpSignIn(baseURL(), 'reactivated@demo.test', 'Reactivated-2026');
    expect(await cookieWorks(again)).toBe(true);
  });

  // Their accounts speak Russian, as the demo's do.
  const signedIn = signedInBrowsers('ru-RU');

  it('the profile lists the sessions; one ends another, then signs out everywhere', async () => {
    await createEmployee('two-browsers@demo.test', 'Two-browsers-2026');
    const office = await signedIn('two-browsers@demo.test', 'Two-browsers-2026');
    const other = await httpSignIn(baseURL(), 'two-browsers@demo.test', 'Two-browsers-2026');

    await office.goto('/profile');
    const rows = office.getByTestId('session-row');
    await expect(rows.count()).resolves.toBe(2);
    await expect(office.getByTestId('session-list').textContent()).resolves.toContain('этот браузер');
    await office.getByRole('button', { name: /^Завершить сеанс:/ }).click();
    // The ended row leaves the list (and its form with it).
    await office.locator('[data-testid=session-row]:nth-child(2)').waitFor({ state: 'detached' });
    await expect(rows.count()).resolves.toBe(1);
    expect(await cookieWorks(other)).toBe(false);

    await office.getByRole('button', { name: 'Выйти везде' }).click();
    await office.waitForURL((url) => url.pathname === '/login');
    await office.goto('/profile');
    expect(new URL(office.url()).pathname).toBe('/login');
  });

  it('an administrator ends another employee’s sessions from their page', async () => {
    await createEmployee('ended-by-admin@demo.test', 'Ended-by-admin-2026');
    const id = await withDatabase((db) => employeeId(db, 'ended-by-admin@demo.test'));
    const employee = await httpSignIn(baseURL(), 'ended-by-admin@demo.test', 'Ended-by-admin-2026');
    const admin = await signedIn(DEMO.admin);

    await admin.goto(`/employees/${id}`);
    await expect(admin.getByTestId('session-row').count()).resolves.toBe(1);
    await admin.locator('#end-sessions').getByRole('button', { name: 'Завершить все сеансы' }).click();
    await admin.getByText('Завершено сеансов: 1.').waitFor();
    expect(await cookieWorks(employee)).toBe(false);
  });
});

describe('dates the calendar cannot carry (6)', () => {
  it('are ignored with a note on the list, and the export still answers', async () => {
    const manager = await httpSignIn(baseURL(), DEMO.manager, DEMO.password);
    const list = await fetch(`${baseURL()}/tickets?to=9999-12-31`, { headers: { cookie: manager.cookie } });
    expect(list.status).toBe(200);
    expect(await list.text()).toMatch(/data-testid="ignored-params"|ignored/i);
    const csv = await fetch(`${baseURL()}/tickets/export?to=9999-12-31`, { headers: { cookie: manager.cookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
  });
});

describe('route handlers keep their own headers (7)', () => {
  it('an attachment is served under a policy that runs nothing', async () => {
    const manager = await httpSignIn(baseURL(), DEMO.manager, DEMO.password);
    const attachment = await withDatabase((db) => db.get<{ id: number } | undefined>('SELECT id FROM attachments ORDER BY id LIMIT 1'));
    const path = attachment ? `/api/attachments/${attachment.id}` : '/api/attachments/999999999';
    for (const res of [await get(path, { cookie: manager.cookie }), await get('/api/attachments/999999999', { cookie: manager.cookie })]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain('sandbox');
      expect(csp).not.toContain('script-src');
    }
  });
});

/** A request naming another host for the same server, as "localhost" does for 127.0.0.1. */
function requestWithHost(path: string, host: string, cookie: string): Promise<{ status: number; location: string | undefined }> {
  const url = new URL(path, baseURL());
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, headers: { host, cookie } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('redirects stay on APP_URL (9)', () => {
  it('the export with a stale cookie sends to sign-in on APP_URL, not on the host the request named', async () => {
    await createEmployee('stale-export@demo.test', 'Stale-export-2026');
    const session = await httpSignIn(baseURL(), 'stale-export@demo.test', 'Stale-export-2026');
    await signOut(session);
    const port = new URL(baseURL()).port;
    const res = await requestWithHost('/tickets/export?status=open', `localhost:${port}`, session.cookie);
    expect(res.status).toBe(303);
    const target = new URL(res.location ?? '', baseURL());
    expect(target.origin).toBe(new URL(baseURL()).origin);
    expect(target.pathname).toBe('/login');
  });
});

describe('malformed percent-encoding (11)', () => {
  it.each(['/status/%E0%A4%A', '/tickets/%E0', '/%', '/employees/%C0%AF'])('%s gets the app’s own page, not a 500', async (path) => {
    const res = await get(path);
    expect([400, 404]).toContain(res.status);
    const body = await res.text();
    expect(body).toMatch(/<h1[^>]*>(Страница не найдена|Page not found)<\/h1>/);
  });
});
