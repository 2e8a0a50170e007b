import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Resend signs its webhooks the Svix way: HMAC-SHA256 of `${svix-id}.${svix-timestamp}.${raw body}`
 * keyed by the base64 secret after `whsec_`, sent as space-separated `v1,<base64>` (several while a
 * secret is being rotated). Done here with node:crypto rather than the SDK's `webhooks.verify`,
 * which needs an API key just to be constructed; the algorithm is the same (standardwebhooks).
 */
export const TOLERANCE_SECONDS = 5 * 60;

export type SignatureHeaders = { id: string | null; timestamp: string | null; signature: string | null };

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
}

export function sign(secret: string, id: string, timestamp: string, body: string): string {
  return createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
}

/** True only for a fresh timestamp (±5 minutes: a captured request cannot be replayed later) and a matching signature. */
export function verifySignature(secret: string, headers: SignatureHeaders, body: string, now = Date.now()): boolean {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(sign(secret, id, timestamp, body), 'base64');
  return signature.split(' ').some((part) => {
    const [version, value] = part.split(',', 2);
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
