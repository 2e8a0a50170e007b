import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { createStaffSession, endStaffSessionByToken } from '@/db/queries/staff-sessions';
import { env } from '@/lib/env';
import { clientAddress } from '@/lib/security/client-address';
import { checkCredentials } from './sign-in';

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60; // one working shift and a bit

type SignedInUser = { id: string; sessionVersion: number; sessionToken: string };

function headerBag(headers: unknown): Headers {
  const bag = new Headers();
  if (headers && typeof headers === 'object') {
    for (const [name, value] of Object.entries(headers as Record<string, unknown>)) if (typeof value === 'string') bag.set(name, value);
  }
  return bag;
}

export function authOptions(): NextAuthOptions {
  // next-auth v4 takes its own base URL from NEXTAUTH_URL; ours is APP_URL.
  process.env.NEXTAUTH_URL ??= env().APP_URL;
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/login', error: '/login' },
    logger: {
      // next-auth logs the thrown error with request details; keep one line without secrets.
      error: (code) => console.error(JSON.stringify({ event: 'auth_error', code })),
      warn: (code) => console.warn(JSON.stringify({ event: 'auth_warning', code })),
      debug: () => {},
    },
    providers: [
      CredentialsProvider({
        name: 'credentials',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, request) {
          const result = await checkCredentials(credentials);
          // A thrown message reaches the client as `error`; "locked" is shown as its own message.
          if (!result.ok) throw new Error(result.reason);
          const e = result.employee;
          // Each sign-in is its own row: sign-out, "sign out everywhere" and deactivation delete it.
          const headers = headerBag(request?.headers);
          const { token: sessionToken } = await createStaffSession({
            employeeId: e.id,
            userAgent: headers.get('user-agent') ?? '',
            address: clientAddress(headers),
            ttlMs: SESSION_MAX_AGE_SECONDS * 1000,
          });
          return { id: String(e.id), name: e.fullName, email: e.email, sessionVersion: e.sessionVersion, sessionToken };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const signedIn = user as unknown as SignedInUser;
          token.sessionVersion = signedIn.sessionVersion ?? 1;
          token.sessionToken = signedIn.sessionToken;
        }
        return token;
      },
      session({ session, token }) {
        return {
          ...session,
          employeeId: Number(token.sub),
          sessionVersion: Number(token.sessionVersion ?? 1),
          sessionToken: typeof token.sessionToken === 'string' ? token.sessionToken : undefined,
        };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sessionToken === 'string') await endStaffSessionByToken(token.sessionToken);
      },
    },
  };
}
