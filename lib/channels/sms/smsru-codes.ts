import type { SendResult } from '@/lib/notifications/transports';

/**
 * SMS.ru's refusal codes (its API documentation; see docs/decisions/0003-sms-provider.md), in
 * the words /outbox shows staff. Only 220 and 500 ("try later") say the request was not taken and
 * will pass later; every other code will fail the same way again, so the row fails at once.
 */
const MEANINGS: Record<number, string> = {
  200: 'wrong api_id (SMS_API_KEY)',
  201: 'not enough money on the SMS.ru account',
  202: 'wrong recipient number',
  203: 'no message text',
  204: 'the sender name (SMS_SENDER) is not approved by SMS.ru',
  205: 'the message is too long (more than 8 parts)',
  206: 'the daily sending limit of the account is reached',
  207: 'no route to this number',
  209: 'the number is on the account\'s stop list',
  210: 'a GET request where POST is required',
  215: 'the number is on a spam list',
  216: 'the text contains a forbidden word',
  220: 'SMS.ru is temporarily unavailable',
  221: 'the sender name must match the company or website of the account',
  230: 'the daily limit of messages to this number is reached',
  231: 'the same message to this number was sent a moment ago (duplicate guard)',
  232: 'the daily limit of identical messages to this number is reached',
  500: 'SMS.ru server error',
};

const RETRY_LATER = new Set([220, 500]);

/** A refusal as a SendResult: the code, its meaning and SMS.ru's own text, never the request. */
export function smsruError(code: number | undefined, statusText: string | undefined): SendResult {
  const meaning = code !== undefined ? MEANINGS[code] : undefined;
  const theirs = statusText ? ` (SMS.ru: ${statusText.replace(/[\p{Cc}]+/gu, ' ').slice(0, 200)})` : '';
  const error = `SMS.ru error ${code ?? 'without a code'}: ${meaning ?? 'not a code this app knows'}${theirs}`;
  return { ok: false, error: error.slice(0, 500), retryable: code !== undefined && RETRY_LATER.has(code) };
}
