import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { arrange, EVERYONE, type Who } from './authorization/arrange';
import { MATRIX } from './authorization/matrix';
import { EXCLUDED_ROUTES, ROUTES } from './authorization/routes';
import { en } from '@/lib/i18n/messages/en';
import { attachmentsEn } from '@/lib/i18n/messages/features/attachments';
import { resetEnvForTests } from '@/lib/env';
import { signInAs } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const database = setupTestDatabase();
process.env.ATTACHMENTS_DIR = mkdtempSync(path.join(tmpdir(), 'crm-matrix-files-'));
resetEnvForTests();
const ROOT = path.resolve(import.meta.dirname, '../..');
const REFUSALS = [en.errors.forbidden, en.tickets.errors.forbidden, en.estimates.errors.overrideForbidden, attachmentsEn.errors.forbidden, attachmentsEn.errors.forbiddenUpload];

function routeModules(dir = path.join(ROOT, 'app')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeModules(full);
    return /^route\.tsx?$/.test(entry.name) ? [path.relative(ROOT, full)] : [];
  });
}

/** Every module of server actions under app/ and lib/: a file that starts with the 'use server' directive. */
function actionModules(dir = path.join(ROOT, 'app')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionModules(full);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use server['"]/.test(readFileSync(full, 'utf8')) ? [path.relative(ROOT, full)] : [];
  });
}

type Action = (...args: unknown[]) => Promise<unknown>;
type Outcome = 'done' | 'refused' | 'sign-in' | 'invalid';

async function call(action: Action, input: Record<string, string | number | File>): Promise<Outcome> {
  const form = new FormData();
  for (const [k, v] of Object.entries(input)) form.set(k, v instanceof File ? v : String(v));
  try {
    const result = (await (action.length === 1 ? action(form) : action(undefined, form))) as { message?: string; fieldErrors?: object } | undefined;
    if (result?.message && REFUSALS.includes(result.message)) return 'refused';
    if (result?.fieldErrors && Object.keys(result.fieldErrors).length > 0) return 'invalid';
    return 'done';
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? '');
    if (digest.startsWith('NEXT_REDIRECT') && digest.includes(';/login;')) return 'sign-in';
    if (digest.startsWith('NEXT_REDIRECT')) return 'done';
    if (digest.includes('NEXT_HTTP_ERROR_FALLBACK;403')) return 'refused';
    throw error;
  }
}

describe('the authorization matrix', () => {
  it('lists every server action in the app, and only those', async () => {
    const found: string[] = [];
    for (const file of [...actionModules(), ...actionModules(path.join(ROOT, 'lib'))]) {
      const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (typeof value === 'function') found.push(`${file}#${name}`);
    }
    expect(found.sort()).toEqual(MATRIX.map((e) => `${e.module}#${e.action}`).sort());
  });

  const cases = MATRIX.flatMap((entry) => EVERYONE.map((who) => ({ ...entry, who })));

  it.each(cases)('$action as $who', async (entry) => {
    const mod = (await import(path.join(ROOT, entry.module))) as Record<string, Action>;
    const a = await arrange(database(), entry.who);
    const input = await entry.input(a);
    signInAs(a.caller);
    const outcome = await call(mod[entry.action], input);
    const allowed = entry.allowed === 'public' || (entry.allowed as readonly Who[]).includes(entry.who);
    if (!allowed) return expect(outcome).toBe(entry.who === 'anonymous' ? 'sign-in' : 'refused');
    expect(outcome).toBe(entry.signsOut ? 'sign-in' : 'done');
  });
});

describe('route handlers', () => {
  it('are all in the table with each method they export', async () => {
    const found: string[] = [];
    for (const file of routeModules().filter((f) => !EXCLUDED_ROUTES.includes(f))) {
      const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) if (typeof mod[method] === 'function') found.push(`${file}#${method}`);
    }
    expect(found.sort()).toEqual(ROUTES.map((r) => `${r.file}#${r.method}`).sort());
  });

  const cases = ROUTES.flatMap((route) => EVERYONE.map((who) => ({ ...route, who })));

  it.each(cases)('$method $url as $who', async (route) => {
    const mod = (await import(path.join(ROOT, route.file))) as Record<string, (req: Request, ctx?: unknown) => Promise<Response>>;
    const a = await arrange(database(), route.who);
    signInAs(a.caller);
    const url = typeof route.url === 'string' ? route.url : await route.url(a);
    const params = Promise.resolve(route.params?.(url) ?? {});
    const init = route.body ? { method: route.method, body: route.body, headers: { 'content-type': 'application/x-www-form-urlencoded' } } : { method: route.method };
    const response = await mod[route.method](new Request(`http://localhost${url}`, init), { params });
    const admitted = route.admits ? response.status === route.admits : response.status >= 200 && response.status < 300;
    // Without the bearer secret the cron route admits nobody, signed in or not.
    const expected =
      route.access === 'public' ||
      (route.access === 'staff' && route.who !== 'anonymous') ||
      (route.access === 'managers' && (route.who === 'manager' || route.who === 'admin'));
    expect(admitted, `status ${response.status}`).toBe(expected);
    await response.body?.cancel();
  });
});
