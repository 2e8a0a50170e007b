import { env } from '@/lib/env';

// Browsers drop tabs and line breaks from URLs and read "\" as "/", so "/\t/evil" becomes
// "//evil", another host; zero-width and other invisible characters hide such tricks from people.
const UNSAFE = /[\u0000-\u0020\u007f-\u00a0\\\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;

/**
 * Where to go after sign-in: only a path of this app, else "/". The value is resolved against
 * APP_URL and must keep its origin; anything with whitespace, control characters or backslashes
 * anywhere is refused outright rather than cleaned up.
 */
export function safeCallbackPath(value: unknown, appUrl = env().APP_URL): string {
  if (typeof value !== 'string' || value.length > 2048 || !value.startsWith('/') || UNSAFE.test(value)) return '/';
  let resolved: URL;
  try {
    resolved = new URL(value, appUrl);
  } catch {
    return '/';
  }
  if (resolved.origin !== new URL(appUrl).origin) return '/';
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  if (path.startsWith('/login') || path.startsWith('/api/')) return '/';
  return path;
}
