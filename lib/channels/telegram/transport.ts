import { transaction } from '@/db';
import { chatLocale, stopChat } from '@/db/queries/telegram-chats';
import { env } from '@/lib/env';
import { messagesFor } from '@/lib/i18n/messages';
import { outboxTransport, type OutgoingMail, type SendResult, type Transport } from '@/lib/notifications/transports';
import { botToken, sendMessage, type InlineButton } from './api';
import { TELEGRAM_TEXT_MAX } from './text';

/** "Status" (the client's page) and "Stop messages" under a message to a client, in the reader's language. */
async function buttonsFor(mail: OutgoingMail): Promise<InlineButton[][]> {
  if (!mail.statusUrl && !mail.stopUrl) return [];
  const b = messagesFor(await chatLocale(mail.to) ?? env().DEFAULT_LOCALE).telegram.bot;
  const row: InlineButton[] = [];
  if (mail.statusUrl) row.push({ text: b.statusButton, url: mail.statusUrl });
  // The webhook stops the chat on this callback: no page to open, honoured at once.
  if (mail.stopUrl) row.push({ text: b.stopButton, callback_data: 'stop' });
  return [row];
}

async function send(mail: OutgoingMail): Promise<SendResult> {
  const text = mail.text.length > TELEGRAM_TEXT_MAX ? `${mail.text.slice(0, TELEGRAM_TEXT_MAX - 1)}…` : mail.text;
  const result = await sendMessage(mail.to, text, { buttons: await buttonsFor(mail) });
  if (result.ok) return { ok: true, providerMessageId: String(result.result.message_id) };
  const { status, description } = result;
  if (status === 429) {
    // Flood control: the back-off of the outbox (a minute and up) outlasts retry_after.
    return { ok: false, error: `429: ${description}${result.retryAfter ? ` (retry after ${result.retryAfter} s)` : ''}`, retryable: true };
  }
  if (status === 403) {
    // The person blocked the bot (or deleted the chat): nothing reaches them there until they
    // connect again, so the channel is stopped for them and later messages take another way.
    await transaction(async (tx) => await stopChat(tx, mail.to, new Date()));
    return { ok: false, error: `403: ${description}`, retryable: false };
  }
  return { ok: false, error: `${status ?? 'network'}: ${description}`, retryable: status === null || status >= 500 };
}

/** Messages through the bot; without TELEGRAM_BOT_TOKEN they are kept in the outbox like mail without a key. */
export function telegramTransport(): Transport {
  return botToken() ? { name: 'telegram', send } : outboxTransport;
}
