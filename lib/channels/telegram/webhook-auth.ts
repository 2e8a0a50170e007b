import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Telegram sends the setWebhook `secret_token` back in X-Telegram-Bot-Api-Secret-Token (the body
 * is not signed). Without a configured secret nothing is accepted. Both sides are hashed, so the
 * comparison takes the same time whatever the length of what was sent.
 */
export function hasTelegramSecret(request: Request, secret: string | undefined): boolean {
  const given = request.headers.get('x-telegram-bot-api-secret-token');
  if (!secret || !given) return false;
  return timingSafeEqual(digest(given), digest(secret));
}
