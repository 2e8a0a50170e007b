import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { first } from '@/db/exec';
import { employees, throttles } from '@/db/tables';
import { hashPassword } from '@/lib/auth/password';
import { checkCredentials } from '@/lib/auth/sign-in';
import { makeDepartment, makeEmployee } from '../helpers/records';
import { setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();
const PASSWORD = 'correct horse battery';

describe('staff sign-in', () => {
  let departmentId = 0;
  beforeAll(async () => {
    departmentId = (await makeDepartment(database())).id;
  });

  async function employee(email: string, active = true) {
    return makeEmployee(database(), { departmentId, email, passwordHash: await hashPassword(PASSWORD), active });
  }

  /** The throttle row of a key, read from the database, where the lock lives. */
  const throttle = (key: string) => first(database().select().from(throttles).where(eq(throttles.key, key)).limit(1));

  it('accepts the right password, any case of the e-mail', async () => {
    await employee('olga@test.local');
    const result = await checkCredentials({ email: '  OLGA@test.local ', password: PASSWORD });
    expect(result.ok).toBe(true);
  });

  it('gives a wrong password and an unknown e-mail the same answer', async () => {
    await employee('petr@test.local');
    expect(await checkCredentials({ email: 'petr@test.local', password: 'wrong' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkCredentials({ email: 'nobody@test.local', password: 'wrong' })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a deactivated employee even with the right password', async () => {
    await employee('gone@test.local', false);
    expect(await checkCredentials({ email: 'gone@test.local', password: PASSWORD })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('locks an e-mail for 15 minutes after 5 failures, the right password included, and the lock lives in the database', async () => {
    await employee('ivan@test.local');
    const start = new Date('2026-11-26T10:00:00Z');
    for (let i = 0; i < 5; i++) {
      const at = new Date(start.getTime() + i * 60_000);
      expect(await checkCredentials({ email: 'ivan@test.local', password: 'nope' }, at)).toMatchObject({ reason: 'invalid' });
    }
    const during = new Date(start.getTime() + 10 * 60_000);
    expect(await checkCredentials({ email: 'ivan@test.local', password: PASSWORD }, during)).toEqual({ ok: false, reason: 'locked' });
    expect((await throttle('login:ivan@test.local'))?.lockedUntil).toBeTruthy();

    const after = new Date(start.getTime() + 4 * 60_000 + 15 * 60_000 + 1);
    expect((await checkCredentials({ email: 'ivan@test.local', password: PASSWORD }, after)).ok).toBe(true);
    expect(await throttle('login:ivan@test.local')).toBeUndefined();
  });

  it('does not lock for failures spread over more than 15 minutes', async () => {
    await employee('slow@test.local');
    const start = new Date('2026-11-26T10:00:00Z');
    for (let i = 0; i < 6; i++) {
      await checkCredentials({ email: 'slow@test.local', password: 'nope' }, new Date(start.getTime() + i * 4 * 60_000));
    }
    const result = await checkCredentials({ email: 'slow@test.local', password: PASSWORD }, new Date(start.getTime() + 25 * 60_000));
    expect(result.ok).toBe(true);
  });

  it('lets only five of twenty parallel attempts reach the password check, the right one among the late ones refused', async () => {
    await employee('race@test.local');
    const attempts = [...Array.from({ length: 19 }, () => 'wrong password'), PASSWORD];
    const results = await Promise.all(attempts.map((password) => checkCredentials({ email: 'race@test.local', password })));

    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(15);
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    const row = await throttle('login:race@test.local');
    expect(row?.failures).toBe(5);
    expect(row?.lockedUntil).toBeTruthy();
  });

  it('stores an argon2id hash, never the password', async () => {
    const e = await employee('hash@test.local');
    const row = await first(database().select().from(employees).where(eq(employees.id, e.id)).limit(1));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toContain(PASSWORD);
  });
});
