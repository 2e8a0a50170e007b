import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { currentStaff } from '@/lib/auth/session';
import type { Locale } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { LOCALE_COOKIE, resolveLocale } from './locale';
import { messagesFor, type Messages } from './messages';

export const getLocale = cache(async (): Promise<Locale> => {
  const [staff, cookieStore, headerList] = await Promise.all([currentStaff(), cookies(), headers()]);
  return resolveLocale({
    userLocale: staff?.locale,
    cookieLocale: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
    fallback: env().DEFAULT_LOCALE,
  });
});

/** The message catalog of the current request's language. */
export async function getT(): Promise<Messages> {
  return messagesFor(await getLocale());
}
