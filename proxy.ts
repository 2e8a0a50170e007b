import { randomBytes } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { readSessionCookie, sessionCookieName, sessionCookieValue } from '@/lib/auth/session-cookie';
import { env } from '@/lib/env';
import { apiContentSecurityPolicy, contentSecurityPolicy, securityHeaders } from '@/lib/security/headers';
import { MALFORMED_URL_PATH } from '@/lib/security/malformed-url';
import { signInRedirect } from '@/lib/security/sign-in-redirect';

// Pages anyone may open: sign-in, the client's status pages, and the links in messages (/s/ short
// status link, /u/ stop page). API routes check their own callers. The icons' sprite is drawings only.
const PUBLIC_PATHS = [/^\/login(\/|$)/, /^\/status(\/|$)/, /^\/[us]\//, /^\/api\//, /^\/favicon\.ico$/, /^\/robots\.txt$/, /^\/icons\.svg$/];

const isPublic = (pathname: string) => pathname === MALFORMED_URL_PATH || PUBLIC_PATHS.some((re) => re.test(pathname));

/**
 * Every page gets a fresh CSP nonce and the security headers. Anonymous visitors of staff pages
 * go to /login and come back afterwards; this is only the optimistic gate — every page and
 * action checks the session and role itself. Prefetches pass through here like any request, so
 * no header lets an anonymous caller skip the gate.
 */
export async function proxy(request: NextRequest) {
  const { APP_URL, AUTH_SECRET } = env();
  const https = APP_URL.startsWith('https://');
  const { pathname, search } = request.nextUrl;

  if (!isPublic(pathname)) {
    const claims = await readSessionCookie(sessionCookieValue(request.cookies.getAll(), sessionCookieName(https)), AUTH_SECRET);
    if (!claims) return withSecurityHeaders(NextResponse.redirect(signInRedirect(pathname + search)), https, contentSecurityPolicy(nonce(), false));
  }

  // A route handler's answer is never a page: it gets a policy that runs nothing, the same one
  // the attachments route sets for itself, so the global header cannot weaken it.
  if (pathname.startsWith('/api/')) return withSecurityHeaders(NextResponse.next(), https, apiContentSecurityPolicy());

  const pageNonce = nonce();
  const csp = contentSecurityPolicy(pageNonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', pageNonce);
  requestHeaders.set('Content-Security-Policy', csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), https, csp);
}

// 128 random bits, the size CSP asks for. Every script tag of the page repeats it (thirty or more on
// a list), so it is the 24 characters of those bits rather than a UUID's text in base64 (48).
const nonce = () => randomBytes(16).toString('base64');

function withSecurityHeaders(response: NextResponse, https: boolean, csp: string): NextResponse {
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(securityHeaders(https))) response.headers.set(name, value);
  return response;
}

// Only the build's static assets are left out: they hold no names and run no page.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
