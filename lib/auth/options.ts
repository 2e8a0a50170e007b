import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { checkCredentials } from './sign-in';

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60; // one working shift and a bit

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
        async authorize(credentials) {
          const result = await checkCredentials(credentials);
          // A thrown message reaches the client as `error`; "locked" is shown as its own message.
          if (!result.ok) throw new Error(result.reason);
          const e = result.employee;
          return { id: String(e.id), name: e.fullName, email: e.email, sessionVersion: e.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 1;
        return token;
      },
      session({ session, token }) {
        return { ...session, employeeId: Number(token.sub), sessionVersion: Number(token.sessionVersion ?? 1) };
      },
    },
  };
}
