import { randomBytes } from 'node:crypto';
import { clientTelegramOfTicket } from '@/db/queries/telegram-chats';
import { findUsableLinkCode, insertLinkCode, type LinkOwner } from '@/db/queries/telegram-links';
import { env } from '@/lib/env';

/**
 * One-time deep links, t.me/<bot>?start=<code>: opening one in Telegram sends the bot
 * "/start <code>", which binds that chat to the code's owner. 24 random bytes in base64url are 32
 * characters (the payload may hold 64 of A-Za-z0-9_-): unguessable. A client's link is printed on
 * the receipt and may wait a while; an employee's is opened at once from the profile.
 */
export const CLIENT_LINK_TTL_MS = 30 * 86_400_000;
export const EMPLOYEE_LINK_TTL_MS = 60 * 60_000;

export function telegramBotConfigured(): boolean {
  const { TELEGRAM_BOT_TOKEN, TELEGRAM_BOT_USERNAME } = env();
  return Boolean(TELEGRAM_BOT_TOKEN && TELEGRAM_BOT_USERNAME);
}

export function newLinkCode(): string {
  return randomBytes(24).toString('base64url');
}

/** The owner's start link: an unused, unexpired code of theirs, or a new one. Null: no bot set up. */
export async function telegramStartLink(owner: LinkOwner, now = new Date()): Promise<string | null> {
  if (!telegramBotConfigured()) return null;
  let code = await findUsableLinkCode(owner, now);
  if (!code) {
    code = newLinkCode();
    const ttl = 'clientId' in owner ? CLIENT_LINK_TTL_MS : EMPLOYEE_LINK_TTL_MS;
    await insertLinkCode(owner, code, now, new Date(now.getTime() + ttl));
  }
  return `https://t.me/${env().TELEGRAM_BOT_USERNAME}?start=${code}`;
}

/**
 * What the status page offers a ticket's client: `connected` while their chat is bound and not
 * stopped; otherwise their start link (stopping is undone by opening a new one). Null: no bot.
 */
export async function clientTelegramOffer(ticketId: number, now = new Date()): Promise<{ connected: true } | { connected: false; url: string } | null> {
  if (!telegramBotConfigured()) return null;
  const client = await clientTelegramOfTicket(ticketId);
  if (!client) return null;
  if (client.chatId && !client.stoppedAt) return { connected: true };
  const url = await telegramStartLink({ clientId: client.clientId }, now);
  return url ? { connected: false, url } : null;
}
