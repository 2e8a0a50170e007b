'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setEmployeeLocale } from '@/db/queries/employees';
import { currentStaff } from '@/lib/auth/session';
import { LOCALES } from '@/lib/domain/enums';
import { LOCALE_COOKIE } from '@/lib/i18n/locale';

const schema = z.object({ locale: z.enum(LOCALES) });

/** The language switch: remembered on this browser, and as the employee's setting when signed in. */
export async function setLocaleAction(form: FormData): Promise<void> {
  const parsed = schema.safeParse({ locale: form.get('locale') });
  if (!parsed.success) return;
  const { locale } = parsed.data;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', httpOnly: true });
  const staff = await currentStaff();
  if (staff) await setEmployeeLocale(staff.id, locale);
  revalidatePath('/', 'layout');
}
