import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

/**
 * The per-ticket address a client's reply goes to: reply+<ticket id in base36>-<16 hex>@INBOUND_DOMAIN.
 * The hex is an HMAC of the id under AUTH_SECRET, so nobody can write to a ticket by guessing its
 * number; the id in clear only spares a look-up table.
 */
const TAG_HEX = 16;
const LOCAL = /(?:^|[<\s"'(:,;])reply\+([0-9a-z]{1,12})-([0-9a-f]{16})@[a-z0-9.-]+/i;

function tagOf(ticketId: number): string {
  return createHmac('sha256', env().AUTH_SECRET).update(`reply:${ticketId}`).digest('hex').slice(0, TAG_HEX);
}

/** Null while INBOUND_DOMAIN is unset: mail then goes out without a reply address. */
export function replyAddress(ticketId: number): string | null {
  const domain = env().INBOUND_DOMAIN;
  if (!domain) return null;
  return `reply+${ticketId.toString(36)}-${tagOf(ticketId)}@${domain.toLowerCase()}`;
}

/**
 * The ticket a reply address names, or null. Takes "Name <reply+…@…>" as well as the bare address,
 * in any case (some mail servers upper-case the local part). The domain is not checked: Resend may
 * deliver the same mail through its own receiving domain, and the HMAC is what proves the address.
 */
export function parseReplyAddress(address: string): number | null {
  const match = LOCAL.exec(address.slice(0, 1000));
  if (!match) return null;
  const id = Number.parseInt(match[1].toLowerCase(), 36);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const given = Buffer.from(match[2].toLowerCase(), 'utf8');
  const expected = Buffer.from(tagOf(id), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
