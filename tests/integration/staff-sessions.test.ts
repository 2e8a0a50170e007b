import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { createStaffSession, findSessionEmployee, listStaffSessions, pruneExpiredStaffSessions } from '@/db/queries/staff-sessions';
import { getThrottle, pruneThrottles, reserveAttempt } from '@/db/queries/throttles';
import { first } from '@/db/exec';
import { staffSessions } from '@/db/tables';
import { describeUserAgent } from '@/lib/auth/user-agent';
import { endEmployeeSessions, endOwnSession, setEmployeeActive, setEmployeePassword } from '@/lib/employees/commands';
import { resetEnvForTests } from '@/lib/env';
import { makeDepartment, makeEmployee } from '../helpers/records';
import { setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();
const HOUR = 3_600_000;
const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

let departmentId = 0;
let admin = { id: 0, fullName: '', role: 'admin' as const };
beforeAll(async () => {
  departmentId = (await makeDepartment(database())).id;
  const row = await makeEmployee(database(), { departmentId, role: 'admin' });
  admin = { id: row.id, fullName: row.fullName, role: 'admin' };
});

const employee = () => makeEmployee(database(), { departmentId });
const signIn = async (employeeId: number, now = new Date()) => createStaffSession({ employeeId, userAgent: CHROME_WINDOWS, address: '198.51.100.7', ttlMs: 12 * HOUR }, now);

describe('a sign-in’s own session row', () => {
  it('finds the employee by the token only while the row lives, and stores no token', async () => {
    const e = await employee();
    const { token } = await signIn(e.id);
    expect(await findSessionEmployee(token)).toMatchObject({ id: e.id, email: e.email });
    expect((await database().select().from(staffSessions)).some((r) => r.tokenHash === token)).toBe(false);
    expect(await findSessionEmployee(`${token}x`)).toBeUndefined();
    expect(await findSessionEmployee(token, new Date(Date.now() + 13 * HOUR))).toBeUndefined();
  });

  it('ends one session of one’s own, never another employee’s', async () => {
    const [me, other] = [await employee(), await employee()];
    const mine = await signIn(me.id);
    const theirs = await signIn(other.id);
    await expect(endOwnSession(me.id, theirs.id)).rejects.toThrow(expect.objectContaining({ code: 'employee.session_not_found' }));
    expect(await findSessionEmployee(theirs.token)).toBeDefined();
    await expect(endOwnSession(me.id, mine.id)).resolves.toBeUndefined();
    expect(await findSessionEmployee(mine.token)).toBeUndefined();
  });

  it('deactivation ends every session for good: reactivation brings none back', async () => {
    const e = await employee();
    const [a, b] = [await signIn(e.id), await signIn(e.id)];
    await setEmployeeActive(e.id, false, admin);
    await setEmployeeActive(e.id, true, admin);
    expect(await findSessionEmployee(a.token)).toBeUndefined();
    expect(await findSessionEmployee(b.token)).toBeUndefined();
    expect(await findSessionEmployee((await signIn(e.id)).token)).toMatchObject({ id: e.id, active: true });
  });

  it('a new password and an administrator’s “end all sessions” end them too, the latter in the history', async () => {
    const e = await employee();
    const first = await signIn(e.id);
    await setEmployeePassword(e.id, 'another-hash', admin);
    expect(await findSessionEmployee(first.token)).toBeUndefined();
    await signIn(e.id);
    await signIn(e.id);
    expect(await endEmployeeSessions(e.id, admin)).toBe(2);
    expect(await listStaffSessions(e.id)).toEqual([]);
  });

  it('the minute sweep deletes expired sessions and spent throttle rows, and keeps live ones', async () => {
    const e = await employee();
    const old = await signIn(e.id, new Date(Date.now() - 13 * HOUR));
    const live = await signIn(e.id);
    expect(await pruneExpiredStaffSessions()).toBeGreaterThanOrEqual(1);
    expect(await first(database().select().from(staffSessions).where(eq(staffSessions.id, old.id)).limit(1))).toBeUndefined();
    expect(await findSessionEmployee(live.token)).toBeDefined();

    const policy = { maxFailures: 2, windowMs: 10 * 60_000, lockMs: 10 * 60_000 };
    const twoHoursAgo = new Date(Date.now() - 2 * HOUR);
    await reserveAttempt('sweep:spent', policy, twoHoursAgo);
    await reserveAttempt('sweep:fresh', policy);
    // Its window is long over, but the lock it earned still runs for an hour.
    await reserveAttempt('sweep:locked', { ...policy, maxFailures: 1, lockMs: 3 * HOUR }, twoHoursAgo);
    await pruneThrottles(HOUR);
    expect(await getThrottle('sweep:spent')).toBeUndefined();
    expect(await getThrottle('sweep:fresh')).toBeDefined();
    expect((await getThrottle('sweep:locked'))?.lockedUntil).toBeTruthy();
  });
});

describe('a session as the profile names it', () => {
  it('says which browser on which system', () => {
    expect(describeUserAgent(CHROME_WINDOWS)).toBe('Chrome · Windows');
    expect(describeUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1')).toBe(
      'Safari · iOS',
    );
    expect(describeUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 YaBrowser/24.10 Safari/537.36')).toBe('Yandex Browser · Linux');
    expect(describeUserAgent('curl/8.5')).toBeNull();
  });
});

describe('/api/health', () => {
  afterEach(() => {
    delete process.env.CRON_SECRET;
    resetEnvForTests();
  });

  it('never says healthy while the settings are bad', async () => {
    process.env.CRON_SECRET = 'too-short';
    resetEnvForTests();
    const res = await health();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'error', settings: 'invalid' });
  });
});
