import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { arrange } from './authorization/arrange';
import { MATRIX } from './authorization/matrix';
import { resetEnvForTests } from '@/lib/env';
import { signInAs } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const database = setupTestDatabase();
process.env.ATTACHMENTS_DIR = mkdtempSync(path.join(tmpdir(), 'crm-hostile-files-'));
resetEnvForTests();
const ROOT = path.resolve(import.meta.dirname, '../..');
const TABLES = ['departments', 'employees', 'clients', 'tickets', 'ticket_events', 'notifications', 'audit_log'];

/** Strings people and attackers type: any Unicode, RTL, emoji, combining marks, NUL, huge, markup. */
const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\u202Eevil\u202C',
    'שלום عليكم',
    '👩‍🔧📱💥',
    'e\u0301\u0301\u0301',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'; DROP TABLE tickets; --",
    '%_\\',
    '-1',
    '1e309',
    'NaN',
    '0',
    '99999999999999999999',
    'x'.repeat(100_000),
  ),
);

/** Same keys as a valid input (plus missing ones and strangers), values replaced by hostile strings. */
function hostileInput(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  return fc.record(
    Object.fromEntries([...keys, 'unexpected'].map((k) => [k, fc.option(hostileString, { nil: undefined })])),
  ) as fc.Arbitrary<Record<string, string | undefined>>;
}

function snapshot() {
  const sqlite = database().$client;
  return TABLES.map((t) => JSON.stringify(sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())).join('\n');
}

type Action = (...args: unknown[]) => Promise<unknown>;

describe('hostile input never breaks an action', () => {
  const entries = MATRIX.filter((e) => e.allowed !== 'public' || e.action === 'lookupStatusAction' || e.action === 'decideEstimateAction');

  it.each(entries)('$action: a field error or a clean result, never a crash; nothing written on an error', async (entry) => {
    const mod = (await import(path.join(ROOT, entry.module))) as Record<string, Action>;
    const a = await arrange(database(), 'admin');
    signInAs(a.caller);
    const valid = await entry.input(a);
    await fc.assert(
      fc.asyncProperty(hostileInput(valid), async (input) => {
        const form = new FormData();
        for (const [k, v] of Object.entries(input)) if (v !== undefined) form.set(k, v);
        const before = snapshot();
        let result: { fieldErrors?: object; message?: string } | undefined;
        try {
          // A plain form action takes the form alone; one used with useActionState takes the state first.
          const action = mod[entry.action];
          result = (await (action.length === 1 ? action(form) : action(undefined, form))) as typeof result;
        } catch (error) {
          // A redirect after a successful write is fine; anything else is a crash (a 500 for the user).
          if (String((error as { digest?: string }).digest ?? '').startsWith('NEXT_REDIRECT')) return;
          throw error;
        }
        if (result?.fieldErrors && Object.keys(result.fieldErrors).length > 0) expect(snapshot()).toBe(before);
      }),
      { numRuns: 25, seed: 20261126 },
    );
  });
});

describe('text fields', () => {
  it('refuse control characters such as NUL with a field error, and keep emoji, RTL and combining marks', async () => {
    const mod = (await import(path.join(ROOT, 'app/(staff)/departments/actions.ts'))) as Record<string, Action>;
    signInAs((await arrange(database(), 'admin')).caller);
    const submit = (name: string) => {
      const form = new FormData();
      form.set('name', name);
      return mod.createDepartmentAction(undefined, form).catch((e: { digest?: string }) => ({ redirected: e.digest }));
    };
    const before = snapshot();
    expect(await submit('Ремонт\u0000')).toMatchObject({ fieldErrors: { name: ['Remove the control characters (such as NUL) from this text.'] } });
    expect(snapshot()).toBe(before);
    for (const name of ['Сервис 👩‍🔧', 'שירות תיקונים', 'Café e\u0301']) expect(await submit(name)).toMatchObject({ redirected: expect.stringContaining('NEXT_REDIRECT') });
  });
});
