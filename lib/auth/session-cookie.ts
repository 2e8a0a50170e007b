import { hkdfSync } from 'node:crypto';
import { jwtDecrypt } from 'jose';

/**
 * The sign-in cookie next-auth writes (a JWE: `dir` + A256GCM under a key derived from
 * AUTH_SECRET), read the way next-auth's own `decode` reads it, minus the work it repeats on every
 * request. next-auth derives the key again for each cookie it reads (HKDF), and its
 * getServerSession also encrypts a fresh cookie that a server component cannot even set; together
 * with the proxy's getToken that was some 8 % of a list page's server time. Here the key is derived
 * once per secret and the cookie is only decrypted.
 */
export type SessionClaims = { employeeId: number; sessionVersion: number; sessionToken: string };

/** next-auth's cookie names: the `__Secure-` one when the app is served over HTTPS. */
export function sessionCookieName(https: boolean): string {
  return `${https ? '__Secure-' : ''}next-auth.session-token`;
}

// next-auth's getDerivedEncryptionKey with its default (empty) salt.
const INFO = 'NextAuth.js Generated Encryption Key';
const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = new Uint8Array(hkdfSync('sha256', secret, '', INFO, 32))));
  return key;
}

type Cookie = { name: string; value: string };

/**
 * The cookie's value. next-auth splits a token above 4 KB into `<name>.0`, `<name>.1`, …; ours is
 * far smaller, but a split one is joined in order as next-auth would.
 */
export function sessionCookieValue(cookies: Iterable<Cookie>, name: string): string | undefined {
  const chunks: { index: number; value: string }[] = [];
  for (const cookie of cookies) {
    if (cookie.name === name) return cookie.value;
    if (cookie.name.startsWith(`${name}.`)) {
      const index = Number(cookie.name.slice(name.length + 1));
      if (Number.isInteger(index) && index >= 0) chunks.push({ index, value: cookie.value });
    }
  }
  if (chunks.length === 0) return undefined;
  return chunks
    .sort((a, b) => a.index - b.index)
    .map((c) => c.value)
    .join('');
}

/**
 * The claims of a sign-in cookie, or null when it is missing, expired (next-auth's 15 s of clock
 * tolerance), made with another secret, altered, or not one of ours.
 */
export async function readSessionCookie(value: string | undefined, secret: string): Promise<SessionClaims | null> {
  if (!value) return null;
  try {
    const { payload } = await jwtDecrypt(value, encryptionKey(secret), { clockTolerance: 15 });
    const employeeId = Number(payload.sub);
    if (!Number.isInteger(employeeId) || employeeId <= 0 || typeof payload.sessionToken !== 'string') return null;
    return { employeeId, sessionVersion: Number(payload.sessionVersion ?? 1), sessionToken: payload.sessionToken };
  } catch {
    return null;
  }
}
