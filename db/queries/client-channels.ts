import 'server-only';
import { and, eq, gte, isNotNull, isNull, lt } from 'drizzle-orm';
import { db } from '@/db';
import { clients, tickets } from '@/db/tables';
import type { MessageChannel } from '@/lib/domain/enums';
import type { Writer } from './audit';
import { affected, first } from '@/db/exec';

/** The column that records a stop of each channel (lib/channels/reach.ts names the same keys). */
const STOPPED_AT = { email: clients.emailStoppedAt, sms: clients.smsStoppedAt, telegram: clients.telegramStoppedAt } as const;
const STOPPED_KEY = { email: 'emailStoppedAt', sms: 'smsStoppedAt', telegram: 'telegramStoppedAt' } as const;

/** The columns of ClientReach (lib/channels/reach.ts): what decides how a client is reached. */
export const clientReachColumns = {
  email: clients.email,
  phone: clients.phone,
  telegramChatId: clients.telegramChatId,
  preferredChannel: clients.preferredChannel,
  emailStoppedAt: clients.emailStoppedAt,
  smsStoppedAt: clients.smsStoppedAt,
  telegramStoppedAt: clients.telegramStoppedAt,
};

/** How a client is reached, and the consent and language the stop pages show. */
export async function readClientChannels(clientId: number, reader: Writer = db()) {
  return await first(
    reader
      .select({ id: clients.id, notify: clients.notify, locale: clients.locale, ...clientReachColumns })
      .from(clients)
      .where(eq(clients.id, clientId))
      .limit(1),
  );
}

export type ClientChannels = NonNullable<Awaited<ReturnType<typeof readClientChannels>>>;

/**
 * Stops the channel; true when it was on. A second stop keeps the first time (it is when the
 * client asked), so a link clicked twice, or a mail client's POST and a click, record one stop.
 */
export async function stopClientChannel(writer: Writer, clientId: number, channel: MessageChannel, now = new Date()): Promise<boolean> {
  return (
    affected(
      await writer
        .update(clients)
        .set({ [STOPPED_KEY[channel]]: now, updatedAt: now })
        .where(and(eq(clients.id, clientId), isNull(STOPPED_AT[channel]))),
    ) > 0
  );
}

/** Turns the channel back on; true when it was stopped. */
export async function resumeClientChannel(writer: Writer, clientId: number, channel: MessageChannel, now = new Date()): Promise<boolean> {
  return (
    affected(
      await writer
        .update(clients)
        .set({ [STOPPED_KEY[channel]]: null, updatedAt: now })
        .where(and(eq(clients.id, clientId), isNotNull(STOPPED_AT[channel]))),
    ) > 0
  );
}

/** The client of the ticket behind a public status token (the status page's Stop / Resume buttons). */
export async function clientIdByPublicToken(token: string): Promise<number | undefined> {
  if (!/^[A-Za-z0-9_-]{22,64}$/.test(token)) return undefined;
  return (await first(db().select({ clientId: tickets.clientId }).from(tickets).where(eq(tickets.publicToken, token)).limit(1)))?.clientId;
}

/**
 * The tickets whose public token starts with `prefix` (the short status link /s/<12 characters>),
 * by a range on the unique index: every token character sorts below '~'. At most two, so the
 * caller can tell one match from an ambiguous prefix.
 */
export async function tokensStartingWith(prefix: string): Promise<string[]> {
  return (await db()
    .select({ token: tickets.publicToken })
    .from(tickets)
    .where(and(gte(tickets.publicToken, prefix), lt(tickets.publicToken, `${prefix}~`)))
    .limit(2))
    .map((r) => r.token);
}
