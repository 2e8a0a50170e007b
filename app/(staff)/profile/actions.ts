'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getEmployeePasswordHash } from '@/db/queries/employees';
import { clearThrottle, reserveAttempt } from '@/db/queries/throttles';
import { staffAction } from '@/lib/action';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { currentSessionId } from '@/lib/auth/session';
import { LOGIN_POLICY } from '@/lib/auth/throttle-policy';
import { endOwnSession, endOwnSessions, setEmployeePassword, updateOwnProfile } from '@/lib/employees/commands';
import { refuse } from '@/lib/employees/refusals';
import { LOCALE_COOKIE } from '@/lib/i18n/locale';
import { messagesFor } from '@/lib/i18n/messages';
import { getT } from '@/lib/i18n/server';
import { changePasswordSchema, profileSchema, sessionIdSchema } from '@/lib/validation/employees';
import { z } from 'zod';

// Every signed-in employee may edit themselves; the schema holds only their own fields, so a
// forged role or department in the form is dropped before anything is written.
const everyEmployee = () => true;

export const updateProfileAction = staffAction({ schema: profileSchema, allow: everyEmployee }, async (values, user) => {
  const changes = await updateOwnProfile(user, values);
  if (changes.locale) {
    // The sign-in page (no session yet) then speaks their language too.
    (await cookies()).set(LOCALE_COOKIE, values.locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', httpOnly: true });
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: messagesFor(values.locale).employees.profile.saved };
});

export const changeOwnPasswordAction = staffAction({ schema: changePasswordSchema, allow: everyEmployee }, async (input, user) => {
  const throttleKey = `password-change:${user.id}`;
  if (!(await reserveAttempt(throttleKey, LOGIN_POLICY)).allowed) throw refuse('password_attempts', {});
  if (!(await verifyPassword(await getEmployeePasswordHash(user.id), input.currentPassword))) throw refuse('wrong_current_password', {});
  await clearThrottle(throttleKey);
  if (input.newPassword !== input.confirmPassword) throw refuse('password_mismatch', {});
  if (input.newPassword === input.currentPassword) throw refuse('same_password', {});

  const passwordHash = await hashPassword(input.newPassword);
  await setEmployeePassword(user.id, passwordHash, user);
  // The new session version signs out every session, this one included: next-auth v4 cannot
  // re-issue the cookie from here, so they sign in again with the new password.
  redirect('/login');
});

/** Ends one of the caller's own sessions; ending this browser's own is signing out. */
export const endOwnSessionAction = staffAction({ schema: sessionIdSchema, allow: everyEmployee }, async ({ id }, user) => {
  const thisOne = (await currentSessionId()) === id;
  await endOwnSession(user.id, id);
  if (thisOne) redirect('/login');
  revalidatePath('/profile');
  return { ok: true, message: (await getT()).employees.sessions.ended };
});

/** "Sign out everywhere": every session of the caller, this one included. */
export const signOutEverywhereAction = staffAction({ schema: z.object({}), allow: everyEmployee }, async (_input, user) => {
  await endOwnSessions(user.id);
  redirect('/login');
});
