import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { readSessionCookie, sessionCookieName, sessionCookieValue } from '@/lib/auth/session-cookie';

// The cookies are made by next-auth's own encode, as its sign-in makes them: if next-auth changed
// its format or key derivation, these would fail before any signed-in page did.
const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const claims = { sub: '42', sessionVersion: 3, sessionToken: 'st-abc' };

describe('reading the sign-in cookie', () => {
  it('reads what next-auth wrote', async () => {
    const cookie = await encode({ token: claims, secret: SECRET });
    expect(await readSessionCookie(cookie, SECRET)).toEqual({ employeeId: 42, sessionVersion: 3, sessionToken: 'st-abc' });
    // The second read uses the key derived by the first and must read the same.
    expect(await readSessionCookie(cookie, SECRET)).toEqual({ employeeId: 42, sessionVersion: 3, sessionToken: 'st-abc' });
  });

  it('refuses a cookie made with another secret, altered, expired, or without our claims', async () => {
    const other = await encode({ token: claims, secret: 'another-secret-of-at-least-thirty-two-chars' });
    expect(await readSessionCookie(other, SECRET)).toBeNull();

    const cookie = await encode({ token: claims, secret: SECRET });
    const parts = cookie.split('.');
    const flipped = parts[3][0] === 'A' ? 'B' : 'A';
    expect(await readSessionCookie([...parts.slice(0, 3), flipped + parts[3].slice(1), parts[4]].join('.'), SECRET)).toBeNull();

    // maxAge -60: expired a minute ago, beyond next-auth's 15 s of clock tolerance.
    expect(await readSessionCookie(await encode({ token: claims, secret: SECRET, maxAge: -60 }), SECRET)).toBeNull();
    expect(await readSessionCookie(await encode({ token: { sub: '42' }, secret: SECRET }), SECRET)).toBeNull();
    expect(await readSessionCookie(await encode({ token: { ...claims, sub: 'admin' }, secret: SECRET }), SECRET)).toBeNull();
    expect(await readSessionCookie('not-a-token', SECRET)).toBeNull();
    expect(await readSessionCookie(undefined, SECRET)).toBeNull();
  });

  it('finds the cookie by the name next-auth gives it, whole or in chunks', () => {
    expect(sessionCookieName(false)).toBe('next-auth.session-token');
    expect(sessionCookieName(true)).toBe('__Secure-next-auth.session-token');
    const name = sessionCookieName(false);
    expect(sessionCookieValue([{ name: 'other', value: 'x' }, { name, value: 'whole' }], name)).toBe('whole');
    const chunks = [
      { name: `${name}.1`, value: 'def' },
      { name: `${name}.0`, value: 'abc' },
      { name: `${name}.x`, value: 'ignored' },
    ];
    expect(sessionCookieValue(chunks, name)).toBe('abcdef');
    expect(sessionCookieValue([{ name: `__Secure-${name}`, value: 'secure only' }], name)).toBeUndefined();
  });
});
