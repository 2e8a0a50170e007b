import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { contentSecurityPolicy, securityHeaders } from '@/lib/security/headers';

// Pages anyone may open: sign-in and the client's status pages. API routes check their own callers.
const PUBLIC_PATHS = [/^\/login(\/|$)/, /^\/status(\/|$)/, /^\/api\//];

const isPublic = (pathname: string) => PUBLIC_PATHS.some((re) => re.test(pathname));

/**
 * Every page gets a fresh CSP nonce and the security headers. Anonymous visitors of staff pages
 * go to /login and come back afterwards; this is only the optimistic gate — every page and
 * action checks the session and role itself.
 */
export async function proxy(request: NextRequest) {
  const { APP_URL, AUTH_SECRET } = env();
  const https = APP_URL.startsWith('https://');
  const { pathname, search } = request.nextUrl;

  if (!isPublic(pathname)) {
    const token = await getToken({ req: request, secret: AUTH_SECRET, secureCookie: https });
    if (!token) {
      const login = new URL('/login', request.url);
      if (pathname + search !== '/') login.searchParams.set('callbackUrl', pathname + search);
      return NextResponse.redirect(login);
    }
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(securityHeaders(https))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|robots.txt).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
