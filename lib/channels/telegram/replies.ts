import { answerCallbackQuery, sendMessage } from './api';
import type { UpdateOutcome } from './updates';

/** The bot's answers to one update; a failure is logged (without the chat or the text) and dropped. */
export async function sendReplies(outcome: UpdateOutcome): Promise<void> {
  if (outcome.callback) {
    const r = await answerCallbackQuery(outcome.callback.id, outcome.callback.text);
    if (!r.ok) console.warn(JSON.stringify({ event: 'telegram_reply_failed', method: 'answerCallbackQuery', status: r.status }));
  }
  for (const reply of outcome.replies) {
    const r = await sendMessage(reply.chatId, reply.text, reply.replyToMessageId ? { replyToMessageId: reply.replyToMessageId } : {});
    if (!r.ok) console.warn(JSON.stringify({ event: 'telegram_reply_failed', method: 'sendMessage', status: r.status }));
  }
}
