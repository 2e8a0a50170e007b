import { describe, expect, it } from 'vitest';
import { passwordWeakness } from '@/lib/auth/password';
import { navItemsFor } from '@/lib/navigation';
import { safeCallbackPath } from '@/lib/safe-redirect';

describe('sign-in rules', () => {
  it('returns only to paths on this site after sign-in', () => {
    expect(safeCallbackPath('/tickets?status=open')).toBe('/tickets?status=open');
    expect(safeCallbackPath('https://evil.example/')).toBe('/');
    expect(safeCallbackPath('//evil.example')).toBe('/');
    expect(safeCallbackPath('/\\evil.example')).toBe('/');
    expect(safeCallbackPath(['/a', '/b'])).toBe('/');
    expect(safeCallbackPath(undefined)).toBe('/');
  });

  it('refuses paths that a browser would resolve to another host, or that cannot be a header', () => {
    const app = 'http://127.0.0.1:3917';
    // What the hostile tester sent, decoded as searchParams hands it over.
    for (const value of ['/\t/evil.example/x', '/\n/evil.example', '/\r/evil.example', '/\u200b/evil.example', '/ /evil.example']) {
      expect(safeCallbackPath(value, app), JSON.stringify(value)).toBe('/');
    }
    expect(safeCallbackPath('/tickets\\..\\evil', app)).toBe('/');
    expect(safeCallbackPath('/%09/evil.example', app)).toBe('/%09/evil.example'); // still encoded: a path here
    expect(safeCallbackPath('/tickets/42?tab=files#events', app)).toBe('/tickets/42?tab=files#events');
    expect(safeCallbackPath('/login?callbackUrl=/x', app)).toBe('/');
  });


  it('refuses weak passwords for new accounts', () => {
    expect(passwordWeakness('short1')).toBe('too_short');
    expect(passwordWeakness('aaaaaaaaaaaa')).toBe('too_simple');
    expect(passwordWeakness('password12345')).toBe('too_simple');
    expect(passwordWeakness('Ремонт-2026-ok')).toBeNull();
  });

  it('shows the outbox only to managers and admins', () => {
    expect(navItemsFor('technician').map((i) => i.key)).not.toContain('outbox');
    expect(navItemsFor('manager').map((i) => i.key)).toContain('outbox');
    expect(navItemsFor('admin').map((i) => i.key)).toContain('outbox');
  });
});
