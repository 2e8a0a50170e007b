import { count, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

import { changeOwnPasswordAction, updateProfileAction } from '@/app/(staff)/profile/actions';
import { first } from '@/db/exec';
import { auditLog, employees, throttles } from '@/db/tables';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { makeDepartment, makeEmployee } from '../helpers/records';
import { signInAs, type Staff } from '../helpers/session-mock';
import { setupTestDatabase } from '../helpers/test-db';

const database = setupTestDatabase();

const CURRENT = 'Current-password-1';
const NEXT = 'Brand-new-password-2';

let me: Staff;
let otherDepartmentId = 0;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const row = async () => (await first(database().select().from(employees).where(eq(employees.id, me.id)).limit(1)))!;
const auditCount = async () => (await first(database().select({ n: count() }).from(auditLog)))?.n ?? 0;
// The audit rows about me, oldest first (PostgreSQL keeps no order without one).
const myAudit = () => database().select().from(auditLog).where(eq(auditLog.entityId, me.id)).orderBy(auditLog.id);

async function redirectPath(run: Promise<unknown>): Promise<string> {
  const error = (await run.then(
    () => {
      throw new Error('expected a redirect');
    },
    (e: unknown) => e,
  )) as { digest?: string };
  expect(error.digest).toMatch(/^NEXT_REDIRECT/);
  return error.digest!.split(';')[2];
}

beforeEach(async () => {
  const departmentId = (await makeDepartment(database())).id;
  otherDepartmentId = (await makeDepartment(database())).id;
  const e = await makeEmployee(database(), { departmentId, role: 'technician', passwordHash: await hashPassword(CURRENT) });
  me = { id: e.id, fullName: e.fullName, email: e.email, role: e.role, locale: 'en', departmentId };
  signInAs(me);
  await database().delete(throttles);
});

describe('my profile', () => {
  it('saves my name, phone, language and digest choice, with an audit row', async () => {
    const result = await updateProfileAction(
      undefined,
      form({ fullName: '  Irina Volkova ', phone: '8 (912) 345-67-89', locale: 'ru', digestOptOut: 'on' }),
    );
    expect(result).toMatchObject({ ok: true, message: 'Сохранено.' });
    expect(await row()).toMatchObject({ fullName: 'Irina Volkova', phone: '+79123456789', locale: 'ru', digestOptOut: true });
    const entry = (await myAudit()).at(-1)!;
    expect(entry).toMatchObject({ entityType: 'employee', action: 'update', actorId: me.id });
    // The language was already Russian: only what really changed is recorded.
    expect(entry.changes).toEqual({
      fullName: { from: me.fullName, to: 'Irina Volkova' },
      phone: { from: null, to: '+79123456789' },
      digestOptOut: { from: false, to: true },
    });
  });

  it('ignores a role, department, e-mail or active flag slipped into the form', async () => {
    const before = await row();
    await updateProfileAction(
      undefined,
      form({
        fullName: 'Sneaky',
        locale: 'en',
        role: 'admin',
        departmentId: String(otherDepartmentId),
        email: 'boss@example.com',
        active: 'false',
        sessionVersion: '99',
      }),
    );
    const after = await row();
    expect(after.fullName).toBe('Sneaky');
    expect(after).toMatchObject({
      role: before.role,
      departmentId: before.departmentId,
      email: before.email,
      active: true,
      sessionVersion: before.sessionVersion,
    });
  });

  it('refuses an empty name, a 300-character name and a bad phone, and writes nothing', async () => {
    const before = { row: await row(), audit: await auditCount() };
    const result = await updateProfileAction(undefined, form({ fullName: ' ', phone: 'call me', locale: 'en' }));
    expect(result.fieldErrors).toMatchObject({ fullName: ['Required.'], phone: ['Enter a valid phone number, e.g. +7 912 345-67-89.'] });
    const long = await updateProfileAction(undefined, form({ fullName: 'z'.repeat(300), locale: 'en' }));
    expect(long.fieldErrors?.fullName).toEqual(['Too long: at most 200 characters.']);
    expect({ row: await row(), audit: await auditCount() }).toEqual(before);
  });

  it('sends an anonymous caller to sign in', async () => {
    signInAs(null);
    expect(await redirectPath(updateProfileAction(undefined, form({ fullName: 'X', locale: 'en' })))).toBe('/login');
    expect(await redirectPath(changeOwnPasswordAction(undefined, form({ currentPassword: CURRENT, newPassword: NEXT, confirmPassword: NEXT })))).toBe(
      '/login',
    );
    expect((await row()).fullName).not.toBe('X');
  });
});

describe('changing my password', () => {
  it('refuses a wrong current password on that field and changes nothing', async () => {
    const before = await row();
    const result = await changeOwnPasswordAction(undefined, form({ currentPassword: 'Wrong-password-9', newPassword: NEXT, confirmPassword: NEXT }));
    expect(result.fieldErrors?.currentPassword).toEqual(['This is not your current password.']);
    expect(result.values).not.toHaveProperty('currentPassword');
    expect(result.values).not.toHaveProperty('newPassword');
    expect(await row()).toEqual(before);
  });

  it('refuses two different new passwords', async () => {
    const before = await row();
    const result = await changeOwnPasswordAction(undefined, form({ currentPassword: CURRENT, newPassword: NEXT, confirmPassword: `${NEXT}x` }));
    expect(result.fieldErrors?.confirmPassword).toEqual(['The two new passwords differ.']);
    expect(await row()).toEqual(before);
  });

  it('refuses a weak new password', async () => {
    const result = await changeOwnPasswordAction(undefined, form({ currentPassword: CURRENT, newPassword: 'short', confirmPassword: 'short' }));
    expect(result.fieldErrors?.newPassword).toEqual(['At least 10 characters.']);
  });

  it('sets the new password, bumps the session version (signing out every session) and sends me to sign in', async () => {
    const before = await row();
    const auditBefore = await auditCount();
    expect(await redirectPath(changeOwnPasswordAction(undefined, form({ currentPassword: CURRENT, newPassword: NEXT, confirmPassword: NEXT })))).toBe(
      '/login',
    );
    const after = await row();
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, NEXT)).toBe(true);
    expect(await verifyPassword(after.passwordHash, CURRENT)).toBe(false);
    expect(await auditCount()).toBe(auditBefore + 1);
    const entry = (await myAudit()).at(-1)!;
    expect(entry.changes).toEqual({ password: { from: null, to: 'changed' } });
  });

  it('pauses password changes after five wrong current passwords', async () => {
    for (let i = 0; i < 5; i++) {
      await changeOwnPasswordAction(undefined, form({ currentPassword: `Wrong-${i}-password`, newPassword: NEXT, confirmPassword: NEXT }));
    }
    const result = await changeOwnPasswordAction(undefined, form({ currentPassword: CURRENT, newPassword: NEXT, confirmPassword: NEXT }));
    expect(result.message).toBe('Too many wrong attempts. Password changes are paused for 15 minutes.');
    expect(await verifyPassword((await row()).passwordHash, CURRENT)).toBe(true);
  });
});
