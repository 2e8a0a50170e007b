import { env } from '@/lib/env';

/**
 * The sign-in page, coming back to `path` afterwards, on APP_URL: never on the host a request
 * happened to name, which may be another origin than the one the session cookie belongs to.
 */
export function signInRedirect(path: string): URL {
  const login = new URL('/login', env().APP_URL);
  if (path !== '/') login.searchParams.set('callbackUrl', path);
  return login;
}
