import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';

/**
 * An optimistic gate: anonymous visitors of staff pages go to /login and come back afterwards.
 * The real check (active employee, role, session version) is made by every page and action.
 */
export async function proxy(request: NextRequest) {
  const { APP_URL, AUTH_SECRET } = env();
  const token = await getToken({ req: request, secret: AUTH_SECRET, secureCookie: APP_URL.startsWith('https://') });
  if (token) return NextResponse.next();
  const login = new URL('/login', request.url);
  const back = request.nextUrl.pathname + request.nextUrl.search;
  if (back !== '/') login.searchParams.set('callbackUrl', back);
  return NextResponse.redirect(login);
}

export const config = {
  // Public: sign-in, the client's status pages, API routes (each checks its own caller), assets.
  matcher: ['/((?!login|status|api|_next/static|_next/image|favicon.ico|robots.txt|.*\\.(?:png|svg|ico|jpg|webp)$).*)'],
};
