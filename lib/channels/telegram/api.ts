import { env } from '@/lib/env';

/**
 * The few Bot API methods the app uses, over fetch with JSON bodies (no SDK: two methods do not
 * earn a dependency). TELEGRAM_BASE_URL points tests at a local fake. The token is part of the URL,
 * so no error message here ever includes the URL.
 */

const TIMEOUT_MS = 10_000;

export type InlineButton = { text: string; url: string } | { text: string; callback_data: string };

/** `status` null: no HTTP answer (network, timeout). `retryAfter`: seconds, with a 429. */
export type BotApiResult<T> = { ok: true; result: T } | { ok: false; status: number | null; description: string; retryAfter?: number };

export type SentMessage = { message_id: number; chat: { id: number } };

export function botToken(): string | undefined {
  return env().TELEGRAM_BOT_TOKEN;
}

async function call<T>(method: string, body: Record<string, unknown>): Promise<BotApiResult<T>> {
  const token = botToken();
  if (!token) return { ok: false, status: null, description: 'TELEGRAM_BOT_TOKEN is not set' };
  const url = `${env().TELEGRAM_BASE_URL.replace(/\/+$/, '')}/bot${token}/${method}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    return { ok: false, status: null, description: name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : 'network error' };
  }
  const data = (await response.json().catch(() => null)) as {
    ok?: boolean;
    result?: T;
    description?: string;
    parameters?: { retry_after?: number };
  } | null;
  if (response.ok && data?.ok) return { ok: true, result: data.result as T };
  const description = String(data?.description ?? response.statusText ?? 'error').replaceAll(token, '***').slice(0, 300);
  const retryAfter = data?.parameters?.retry_after;
  return { ok: false, status: response.status, description, ...(typeof retryAfter === 'number' && { retryAfter }) };
}

/** Plain text (no parse mode: nothing in a ticket title can turn into markup), with buttons under it. */
export function sendMessage(chatId: string, text: string, opts: { buttons?: InlineButton[][]; replyToMessageId?: number } = {}) {
  return call<SentMessage>('sendMessage', {
    chat_id: chatId,
    text,
    link_preview_options: { is_disabled: true },
    ...(opts.buttons && opts.buttons.length > 0 && { reply_markup: { inline_keyboard: opts.buttons } }),
    ...(opts.replyToMessageId && { reply_parameters: { message_id: opts.replyToMessageId, allow_sending_without_reply: true } }),
  });
}

/** Stops the spinner on the pressed button; `text` shows as a short notice. */
export function answerCallbackQuery(callbackQueryId: string, text?: string) {
  return call<boolean>('answerCallbackQuery', { callback_query_id: callbackQueryId, ...(text && { text: text.slice(0, 200) }) });
}
