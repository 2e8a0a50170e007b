import { z } from 'zod';
import { transaction } from '@/db';
import type { Writer } from '@/db/queries/audit';
import {
  bindClientChat,
  bindEmployeeChat,
  clientsOfChat,
  employeesOfChat,
  findClientForChat,
  findEmployeeForChat,
  insertInbound,
  latestOpenTicket,
  stopChat,
  ticketOfBotMessage,
  ticketOfClients,
} from '@/db/queries/telegram-chats';
import { consumeLinkCode } from '@/db/queries/telegram-links';
import { recordClientMessage } from '@/lib/client-messages/record';
import type { Locale } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { messagesFor } from '@/lib/i18n/messages';
import { formatTicketNumber } from '@/lib/tickets/number';

/**
 * What the webhook does with one update from Telegram. Only the shapes below are read; anything
 * else (edits, groups, stickers, members joining) is acknowledged and ignored, so Telegram does not
 * keep resending it. All writes of one update happen in one transaction; the bot's answers are sent
 * by the caller after the HTTP response.
 */

const chatId = z.union([z.number().int(), z.string().regex(/^-?\d{1,20}$/)]).transform(String);
const sender = z.object({ id: z.number().int(), first_name: z.string().max(256).optional(), language_code: z.string().max(35).optional() });

export const telegramUpdateSchema = z.object({
  update_id: z.number().int().nonnegative(),
  message: z
    .object({
      message_id: z.number().int(),
      chat: z.object({ id: chatId, type: z.string().max(32) }),
      from: sender.optional(),
      text: z.string().max(10_000).optional(),
      caption: z.string().max(10_000).optional(),
      reply_to_message: z.object({ message_id: z.number().int() }).optional(),
    })
    .optional(),
  callback_query: z
    .object({
      id: z.string().min(1).max(128),
      from: sender,
      data: z.string().max(64).optional(),
      message: z.object({ message_id: z.number().int(), chat: z.object({ id: chatId }) }).optional(),
    })
    .optional(),
});
export type TelegramUpdate = z.infer<typeof telegramUpdateSchema>;

export type BotReply = { chatId: string; text: string; replyToMessageId?: number };
/** `queued`: notifications were written (the assignee's notice): deliver them. */
export type UpdateOutcome = { replies: BotReply[]; callback?: { id: string; text?: string }; queued: boolean };

const NOTHING: UpdateOutcome = { replies: [], queued: false };
const START = /^\/start(?:@\w+)?(?:\s+(\S+))?\s*$/;
const STOP = /^\/stop(?:@\w+)?\s*$/;
const CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** A stranger's language: what their Telegram says, else the company's default. */
function senderLocale(from: { language_code?: string } | undefined): Locale {
  const lang = from?.language_code?.slice(0, 2);
  return lang === 'ru' || lang === 'en' ? lang : env().DEFAULT_LOCALE;
}

async function chatLocaleOr(tx: Writer, chat: string, fallback: Locale): Promise<Locale> {
  return (await clientsOfChat(tx, chat))[0]?.locale ?? (await employeesOfChat(tx, chat))[0]?.locale ?? fallback;
}

function greetingName(client: { name: string; contactPerson: string | null; kind: string }): string {
  return client.kind === 'company' && client.contactPerson ? client.contactPerson : client.name;
}

async function start(tx: Writer, chat: string, code: string | undefined, locale: Locale, now: Date): Promise<string> {
  const owner = code && CODE.test(code) ? await consumeLinkCode(tx, code, now) : undefined;
  if (owner?.clientId) {
    const client = await findClientForChat(tx, owner.clientId);
    if (client) {
      await bindClientChat(tx, client.id, chat, now);
      return messagesFor(client.locale).telegram.bot.clientConnected(greetingName(client));
    }
  }
  if (owner?.employeeId) {
    const employee = await findEmployeeForChat(tx, owner.employeeId);
    if (employee) {
      await bindEmployeeChat(tx, employee.id, chat, now);
      return messagesFor(employee.locale).telegram.bot.employeeConnected(employee.fullName);
    }
  }
  return messagesFor(await chatLocaleOr(tx, chat, locale)).telegram.bot.linkInvalid;
}

/** /stop or the "Stop messages" button: the answer says what stopped. */
async function stop(tx: Writer, chat: string, locale: Locale, now: Date): Promise<string> {
  const clients = await clientsOfChat(tx, chat);
  const employees = await employeesOfChat(tx, chat);
  await stopChat(tx, chat, now);
  if (clients.length > 0) return messagesFor(clients[0].locale).telegram.bot.clientStopped;
  if (employees.length > 0) return messagesFor(employees[0].locale).telegram.bot.employeeStopped;
  return messagesFor(locale).telegram.bot.unknownSender;
}

type IncomingText = { updateId: number; chat: string; text: string; replyTo?: number; locale: Locale; now: Date };

/**
 * A client's message: on the ticket the bot's message it replies to is about, else on their most
 * recently updated open ticket; kept in quarantine when there is none, or when the chat is no
 * client's. A repeated update writes nothing and gets no second answer.
 */
async function incoming(tx: Writer, m: IncomingText): Promise<{ reply?: string; queued: boolean }> {
  const clients = await clientsOfChat(tx, m.chat);
  const base = { source: 'telegram' as const, externalId: String(m.updateId), sender: m.chat, body: m.text, original: m.text, createdAt: m.now };
  if (clients.length === 0) {
    if ((await employeesOfChat(tx, m.chat)).length > 0) return { queued: false }; // staff's chat: not a client's message
    const id = await insertInbound(tx, { ...base, state: 'quarantined', reason: 'unknown_sender' });
    return { reply: id ? messagesFor(m.locale).telegram.bot.unknownSender : undefined, queued: false };
  }
  const ids = clients.map((c) => c.id);
  const replied = m.replyTo !== undefined ? await ticketOfBotMessage(tx, m.chat, m.replyTo) : undefined;
  const ticket = (replied !== undefined ? await ticketOfClients(tx, replied, ids) : undefined) ?? await latestOpenTicket(tx, ids);
  const t = messagesFor(clients[0].locale).telegram.bot;
  if (!ticket) {
    const id = await insertInbound(tx, { ...base, state: 'quarantined', reason: 'no_ticket', clientId: clients[0].id });
    return { reply: id ? t.noTicket : undefined, queued: false };
  }
  const id = await insertInbound(tx, { ...base, state: 'attached', ticketId: ticket.id, clientId: ticket.clientId });
  if (!id) return { queued: false };
  await recordClientMessage(tx, { ticketId: ticket.id, via: 'telegram', body: m.text, inboundId: id, now: m.now });
  return { reply: t.received(formatTicketNumber(ticket.id)), queued: true };
}

export async function handleUpdate(update: TelegramUpdate, now = new Date()): Promise<UpdateOutcome> {
  return transaction(async (tx) => {
    const cb = update.callback_query;
    if (cb) {
      if (cb.data !== 'stop') return { ...NOTHING, callback: { id: cb.id } };
      const chat = cb.message?.chat.id ?? String(cb.from.id);
      const text = await stop(tx, chat, senderLocale(cb.from), now);
      return { replies: [{ chatId: chat, text }], callback: { id: cb.id, text }, queued: false };
    }
    const msg = update.message;
    // Only private chats: in a group, "the chat" is not one person.
    if (!msg || msg.chat.type !== 'private') return NOTHING;
    const body = (msg.text ?? msg.caption ?? '').trim();
    if (!body) return NOTHING;
    const chat = msg.chat.id;
    const locale = senderLocale(msg.from);
    const reply = (text: string | undefined, queued = false): UpdateOutcome => ({ replies: text ? [{ chatId: chat, text }] : [], queued });
    const started = START.exec(body);
    if (started) return reply(await start(tx, chat, started[1], locale, now));
    if (STOP.test(body)) return reply(await stop(tx, chat, locale, now));
    if (body.startsWith('/')) return NOTHING; // other commands: nothing to do
    const result = await incoming(tx, { updateId: update.update_id, chat, text: body, replyTo: msg.reply_to_message?.message_id, locale, now });
    return reply(result.reply, result.queued);
  });
}
