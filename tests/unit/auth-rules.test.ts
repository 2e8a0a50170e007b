import { describe, expect, it } from 'vitest';
import { passwordWeakness } from '@/lib/auth/password';
import { afterFailure, isLocked } from '@/lib/auth/throttle-policy';
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

  it('locks on the fifth failure within the window and not before', () => {
    const t0 = new Date('2026-01-01T00:00:00Z');
    let state = undefined as ReturnType<typeof afterFailure> | undefined;
    for (let i = 0; i < 4; i++) state = afterFailure(state, new Date(t0.getTime() + i * 1000));
    expect(isLocked(state, new Date(t0.getTime() + 5000))).toBe(false);
    state = afterFailure(state, new Date(t0.getTime() + 5000));
    expect(isLocked(state, new Date(t0.getTime() + 6000))).toBe(true);
    expect(isLocked(state, new Date(t0.getTime() + 5000 + 15 * 60_000))).toBe(false);
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
