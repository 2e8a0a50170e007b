import { createHmac, timingSafeEqual } from 'node:crypto';
import { MESSAGE_CHANNELS, type MessageChannel } from '@/lib/domain/enums';
import { env } from '@/lib/env';

/**
 * The code in a message's "stop these messages" link (/u/<code>): the client's id, the channel and
 * an HMAC of both under AUTH_SECRET, so a link cannot be made for another client or channel and
 * nothing needs storing. Short (an SMS has two segments), lower-case only (it is read aloud, typed).
 * Example: 1k7e-s-3f9a0c1d2e4b6a8c.
 */
const MAC_LENGTH = 16;

function mac(clientId: number, channel: MessageChannel): string {
  return createHmac('sha256', env().AUTH_SECRET).update(`stop:${clientId}:${channel}`).digest('hex').slice(0, MAC_LENGTH);
}

export function stopCode(clientId: number, channel: MessageChannel): string {
  return `${clientId.toString(36)}-${channel[0]}-${mac(clientId, channel)}`;
}

export function parseStopCode(code: string): { clientId: number; channel: MessageChannel } | null {
  const match = /^([0-9a-z]{1,11})-([est])-([0-9a-f]{16})$/.exec(code);
  if (!match) return null;
  const clientId = Number.parseInt(match[1], 36);
  const channel = MESSAGE_CHANNELS.find((c) => c[0] === match[2]);
  if (!channel || !Number.isSafeInteger(clientId) || clientId <= 0) return null;
  const expected = Buffer.from(mac(clientId, channel));
  const given = Buffer.from(match[3]);
  return timingSafeEqual(expected, given) ? { clientId, channel } : null;
}

function base(): string {
  return env().APP_URL.replace(/\/+$/, '');
}

/** The page that stops the channel in one click (and takes the RFC 8058 one-click POST of mail clients). */
export function stopUrl(clientId: number, channel: MessageChannel): string {
  return `${base()}/u/${stopCode(clientId, channel)}`;
}

/** Where a mail client POSTs its RFC 8058 one-click stop (List-Unsubscribe-Post): stops at once. */
export function oneClickStopUrl(clientId: number, channel: MessageChannel): string {
  return `${base()}/api/stop/${stopCode(clientId, channel)}`;
}

/** The status page's short form for SMS: /s/ and the first 12 characters of the token (72 random bits). */
export const SHORT_TOKEN_LENGTH = 12;
export function shortStatusUrl(publicToken: string): string {
  return `${base()}/s/${publicToken.slice(0, SHORT_TOKEN_LENGTH)}`;
}
