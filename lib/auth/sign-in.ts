import { z } from 'zod';
import { clearThrottle, reserveAttempt } from '@/db/queries/throttles';
import { getEmployeeByEmail } from '@/db/queries/employees';
import { LOGIN_POLICY } from './throttle-policy';
import { verifyPassword } from './password';

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320),
  password: z.string().min(1).max(1024),
});

export type SignInResult =
  | { ok: true; employee: { id: number; fullName: string; email: string; sessionVersion: number } }
  | { ok: false; reason: 'invalid' | 'locked' };

/**
 * Checks credentials with a lock-out per e-mail kept in the database. The attempt is counted
 * before the slow password check, so twenty parallel tries get five checks, not twenty. A wrong
 * password, an unknown e-mail and a deactivated account look the same to the caller.
 */
export async function checkCredentials(input: unknown, now = new Date()): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  const key = `login:${email}`;
  if (!(await reserveAttempt(key, LOGIN_POLICY, now)).allowed) return { ok: false, reason: 'locked' };

  const employee = await getEmployeeByEmail(email);
  const passwordOk = await verifyPassword(employee?.passwordHash, password);
  if (!employee || !passwordOk || !employee.active) return { ok: false, reason: 'invalid' };
  await clearThrottle(key);
  return {
    ok: true,
    employee: { id: employee.id, fullName: employee.fullName, email: employee.email, sessionVersion: employee.sessionVersion },
  };
}
