import { afterEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { parseReplyAddress, replyAddress } from '@/lib/inbound/reply-address';
import { sign, verifySignature } from '@/lib/inbound/webhook-signature';

function withDomain(domain: string | undefined) {
  if (domain === undefined) delete process.env.INBOUND_DOMAIN;
  else process.env.INBOUND_DOMAIN = domain;
  resetEnvForTests();
}

afterEach(() => withDomain(undefined));

describe('a ticket’s reply address', () => {
  it('is reply+<id in base36>-<16 hex>@INBOUND_DOMAIN and leads back to the ticket', () => {
    withDomain('replies.service.test');
    const address = replyAddress(1234)!;
    expect(address).toMatch(/^reply\+ya-[0-9a-f]{16}@replies\.service\.test$/);
    expect(parseReplyAddress(address)).toBe(1234);
  });

  it('is found in a display-name form and in any case', () => {
    withDomain('replies.service.test');
    const address = replyAddress(42)!;
    expect(parseReplyAddress(`"Сервис" <${address}>`)).toBe(42);
    expect(parseReplyAddress(address.toUpperCase())).toBe(42);
  });

  it('names no ticket when its code was altered or made up', () => {
    withDomain('replies.service.test');
    const address = replyAddress(42)!;
    const otherTicket = address.replace('reply+16-', 'reply+17-');
    expect(parseReplyAddress(otherTicket)).toBeNull();
    expect(parseReplyAddress(address.replace(/-[0-9a-f]{4}/, '-0000'))).toBeNull();
    expect(parseReplyAddress('support@service.test')).toBeNull();
    expect(parseReplyAddress('')).toBeNull();
  });

  it('is not offered while INBOUND_DOMAIN is unset', () => {
    withDomain(undefined);
    expect(replyAddress(42)).toBeNull();
  });
});

describe('the webhook signature', () => {
  const secret = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`;
  const now = Date.UTC(2026, 11, 1, 10, 0, 0);
  const ts = String(now / 1000);

  it('accepts any of the signatures a rotating secret sends', () => {
    const good = sign(secret, 'msg_1', ts, '{"a":1}');
    expect(verifySignature(secret, { id: 'msg_1', timestamp: ts, signature: `v1,AAAA v1,${good}` }, '{"a":1}', now)).toBe(true);
  });

  it('refuses another body, another id, an old or future timestamp, and missing headers', () => {
    const good = `v1,${sign(secret, 'msg_1', ts, '{"a":1}')}`;
    expect(verifySignature(secret, { id: 'msg_1', timestamp: ts, signature: good }, '{"a":2}', now)).toBe(false);
    expect(verifySignature(secret, { id: 'msg_2', timestamp: ts, signature: good }, '{"a":1}', now)).toBe(false);
    expect(verifySignature(secret, { id: 'msg_1', timestamp: ts, signature: good }, '{"a":1}', now + 6 * 60_000)).toBe(false);
    expect(verifySignature(secret, { id: 'msg_1', timestamp: ts, signature: good }, '{"a":1}', now - 6 * 60_000)).toBe(false);
    expect(verifySignature(secret, { id: null, timestamp: ts, signature: good }, '{"a":1}', now)).toBe(false);
    expect(verifySignature(secret, { id: 'msg_1', timestamp: ts, signature: good.replace('v1', 'v2') }, '{"a":1}', now)).toBe(false);
  });
});
