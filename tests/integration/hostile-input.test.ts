import { like, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { arrange } from './authorization/arrange';
import { MATRIX } from './authorization/matrix';
import { rawAll } from '@/db/exec';
import { throttles } from '@/db/tables';
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

/** The rows of the tables, as text to compare: in key order (every table here has an integer id). */
async function rowsOf(tables: readonly string[]) {
  const dumps = [];
  for (const t of tables) dumps.push(JSON.stringify(await rawAll(database(), sql.raw(`SELECT * FROM ${t} ORDER BY id`))));
  return dumps.join('\n');
}

const snapshot = () => rowsOf(TABLES);

type Action = (...args: unknown[]) => Promise<unknown>;

describe('hostile input never breaks an action', () => {
  // The public ones that write: the status look-up, the estimate decision, and the client's Stop / Resume (issue 18).
  const PUBLIC_WRITERS = ['lookupStatusAction', 'decideEstimateAction', 'stopByLinkAction', 'resumeByLinkAction', 'stopChannelOnStatusAction', 'resumeChannelOnStatusAction'];
  const entries = MATRIX.filter((e) => e.allowed !== 'public' || PUBLIC_WRITERS.includes(e.action));

  it.each(entries)('$action: a field error or a clean result, never a crash; nothing written on an error', async (entry) => {
    const mod = (await import(path.join(ROOT, entry.module))) as Record<string, Action>;
    const a = await arrange(database(), 'admin');
    signInAs(a.caller);
    const valid = await entry.input(a);
    await fc.assert(
      fc.asyncProperty(hostileInput(valid), async (input) => {
        const form = new FormData();
        for (const [k, v] of Object.entries(input)) if (v !== undefined) form.set(k, v);
        const before = await snapshot();
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
        if (result?.fieldErrors && Object.keys(result.fieldErrors).length > 0) expect(await snapshot()).toBe(before);
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
    const before = await snapshot();
    expect(await submit('Ремонт\u0000')).toMatchObject({ fieldErrors: { name: ['Remove the control characters (such as NUL) from this text.'] } });
    expect(await snapshot()).toBe(before);
    for (const name of ['Сервис 👩‍🔧', 'שירות תיקונים', 'Café e\u0301']) expect(await submit(name)).toMatchObject({ redirected: expect.stringContaining('NEXT_REDIRECT') });
  });
});

describe('the Telegram webhook', () => {
  const SECRET = 'hostile-suite-telegram-secret-0123';
  const rows = () => rowsOf(['inbound_messages', 'telegram_links', 'clients', 'employees', 'ticket_events', 'notifications']);
  const post = async (body: string, secret: string | null) => {
    const { POST } = await import('@/app/api/telegram/webhook/route');
    return POST(new Request('http://localhost/api/telegram/webhook', { method: 'POST', body, headers: secret === null ? {} : { 'X-Telegram-Bot-Api-Secret-Token': secret } }));
  };

  it('refuses a forged or missing secret with 401 and writes nothing, whatever the body', async () => {
    process.env.TELEGRAM_WEBHOOK_SECRET = SECRET;
    resetEnvForTests();
    try {
      const start = JSON.stringify({ update_id: 1, message: { message_id: 1, chat: { id: 5, type: 'private' }, text: '/start abc' } });
      await fc.assert(
        fc.asyncProperty(fc.oneof(hostileString, fc.constant(start)), fc.oneof(fc.constant(null), fc.constant(`${SECRET}x`), fc.constant(SECRET.slice(1)), hostileString.filter((s) => /^[\x20-\x7e]*$/.test(s))), async (body, secret) => {
          const before = await rows();
          const response = await post(body, secret);
          expect(response.status).toBe(401);
          expect(await rows()).toBe(before);
        }),
        { numRuns: 40, seed: 20261126 },
      );
    } finally {
      delete process.env.TELEGRAM_WEBHOOK_SECRET;
      resetEnvForTests();
    }
  });

  it('with the right secret, answers any body with 200 and never crashes', async () => {
    process.env.TELEGRAM_WEBHOOK_SECRET = SECRET;
    resetEnvForTests();
    try {
      const update = fc.record({ update_id: fc.oneof(fc.integer(), hostileString), message: fc.option(fc.record({ message_id: fc.integer(), chat: fc.record({ id: fc.oneof(fc.integer(), hostileString), type: hostileString }), text: hostileString })) });
      await fc.assert(
        fc.asyncProperty(fc.oneof(hostileString, update.map((u) => JSON.stringify(u))), async (body) => {
          const response = await post(body, SECRET);
          expect(response.status).toBe(200);
        }),
        { numRuns: 40, seed: 20261126 },
      );
    } finally {
      delete process.env.TELEGRAM_WEBHOOK_SECRET;
      resetEnvForTests();
    }
  });
});

describe('the Resend webhook', () => {
  const SECRET = `whsec_${Buffer.from('hostile-suite-resend-secret-0123').toString('base64')}`;
  const rows = () => rowsOf(['inbound_messages', 'attachments', 'ticket_events', 'notifications']);
  const post = async (body: string, headers: Record<string, string>) => {
    const { POST } = await import('@/app/api/webhooks/resend/route');
    return POST(new Request('http://localhost/api/webhooks/resend', { method: 'POST', body, headers }));
  };
  // A header value must be printable: what a forger can send at all.
  const junk = (s: string) => s.replace(/[^\x21-\x7e]/g, '').slice(0, 50) || 'x';
  const received = fc.record({
    type: fc.oneof(fc.constant('email.received'), hostileString),
    data: fc.option(fc.record({ email_id: hostileString, from: hostileString, to: fc.oneof(fc.array(hostileString, { maxLength: 3 }), hostileString), subject: fc.option(hostileString), attachments: fc.option(fc.array(fc.anything(), { maxLength: 2 })) })),
  });

  it('refuses an unsigned or wrongly signed body with 401 and writes nothing', async () => {
    process.env.RESEND_WEBHOOK_SECRET = SECRET;
    resetEnvForTests();
    try {
      const { signWebhook } = await import('../helpers/fake-resend');
      await fc.assert(
        fc.asyncProperty(fc.oneof(hostileString, received.map((r) => JSON.stringify(r))), fc.constantFrom('none', 'other-secret', 'hostile'), async (body, how) => {
          const headers =
            how === 'none' ? {} : how === 'other-secret' ? signWebhook(`whsec_${Buffer.from('another-secret-0123456789').toString('base64')}`, body).headers : { 'svix-id': junk(body), 'svix-timestamp': String(Math.floor(Date.now() / 1000)), 'svix-signature': `v1,${junk(body)}` };
          const before = await rows();
          expect((await post(body, headers as Record<string, string>)).status).toBe(401);
          expect(await rows()).toBe(before);
        }),
        { numRuns: 40, seed: 20261127 },
      );
    } finally {
      delete process.env.RESEND_WEBHOOK_SECRET;
      resetEnvForTests();
    }
  });

  it('with a valid signature, answers any body without crashing, and writes nothing it cannot read from Resend', async () => {
    process.env.RESEND_WEBHOOK_SECRET = SECRET;
    resetEnvForTests();
    try {
      const { signWebhook } = await import('../helpers/fake-resend');
      await fc.assert(
        fc.asyncProperty(fc.oneof(hostileString, received.map((r) => JSON.stringify(r))), async (body) => {
          const before = await rows();
          const signed = signWebhook(SECRET, body);
          const response = await post(signed.body, signed.headers);
          // 200: ignored; 400: not an event; 413: too large; 500: Resend could not be read (no API key here).
          expect([200, 400, 413, 500]).toContain(response.status);
          expect(await rows()).toBe(before);
        }),
        { numRuns: 40, seed: 20261127 },
      );
    } finally {
      delete process.env.RESEND_WEBHOOK_SECRET;
      resetEnvForTests();
    }
  });
});

describe('the links in a client\'s messages (/s/, /api/stop/)', () => {
  it('answer any code with a plain 404, never a crash, and stop nobody', async () => {
    const { GET: shortLink } = await import('@/app/s/[code]/route');
    const { POST: oneClick } = await import('@/app/api/stop/[code]/route');
    const clientsNow = () => rowsOf(['clients', 'audit_log']);
    await fc.assert(
      fc.asyncProperty(hostileString, async (code) => {
        await database().delete(throttles).where(like(throttles.key, 'short-link:%'));
        const before = await clientsNow();
        const params = Promise.resolve({ code });
        const short = await shortLink(new Request('http://localhost/s/x'), { params });
        expect(short.status).toBe(404);
        const stop = await oneClick(new Request('http://localhost/api/stop/x', { method: 'POST', body: 'List-Unsubscribe=One-Click' }), { params });
        expect(stop.status).toBe(404);
        expect(await clientsNow()).toBe(before);
      }),
      { numRuns: 50, seed: 20261202 },
    );
  });
});
