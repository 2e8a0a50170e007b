import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `Authorization: Bearer <secret>` checked in constant time. Both sides are hashed first, so the
 * comparison takes the same time whatever the length of what the caller sent.
 */
export function hasCronSecret(request: Request, secret: string): boolean {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.get('authorization') ?? '');
  if (!match || !secret) return false;
  return timingSafeEqual(digest(match[1]), digest(secret));
}
