import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, clientAddress, clientAddressFrom, SERVER_MARK } from '@/lib/security/client-address';

describe('the caller’s address', () => {
  afterEach(() => {
    delete process.env[SERVER_MARK];
  });

  it('is the socket’s address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddressFrom('198.51.100.7', undefined, 0)).toBe('198.51.100.7');
    expect(clientAddressFrom('198.51.100.7', '203.0.113.1, 203.0.113.2', 0)).toBe('198.51.100.7');
  });

  it('takes the entry the nearest trusted proxy appended, never one the client wrote', () => {
    // client → proxy A (appends client) → app; the client sent a forged entry first.
    expect(clientAddressFrom('10.0.0.1', '6.6.6.6, 203.0.113.9', 1)).toBe('203.0.113.9');
    // client → CDN → nginx → app
    expect(clientAddressFrom('10.0.0.2', '6.6.6.6, 203.0.113.9, 10.0.0.1', 2)).toBe('203.0.113.9');
    // Fewer entries than hops: the leftmost is all there is.
    expect(clientAddressFrom('10.0.0.1', undefined, 2)).toBe('10.0.0.1');
  });

  it('trusts the stamped header only in a process that npm start’s server marked', () => {
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: '198.51.100.7', 'x-forwarded-for': '203.0.113.1' });
    expect(clientAddress(headers)).toBe('unknown');
    process.env[SERVER_MARK] = '1';
    expect(clientAddress(headers)).toBe('198.51.100.7');
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.1' }))).toBe('unknown');
  });
});
