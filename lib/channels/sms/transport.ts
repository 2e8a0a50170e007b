import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { env } from '@/lib/env';
import { outboxTransport, type SendResult, type Transport } from '@/lib/notifications/transports';
import { smsruError } from './smsru-codes';

/**
 * SMS through SMS.ru (docs/decisions/0003-sms-provider.md): POST /sms/send, form-urlencoded UTF-8,
 * api_id, to, msg, json=1 and `from` once the sender name is approved. Without SMS_API_KEY the SMS
 * stays in /outbox, like mail without RESEND_API_KEY.
 *
 * SMS.ru takes no idempotency key: a request that reached it may have been sent even if the answer
 * never came back. So only a failure that proves nothing was sent is retried (the connection was
 * never made, or SMS.ru answered 220/500 "try later"); a timeout or a connection broken after the
 * request was written fails the row at once, saying it may have been sent, and staff decide at
 * /outbox whether to send it again.
 */

/** Long enough for a slow gateway, short enough not to hold the sweep. */
export const SMS_TIMEOUT_MS = 15_000;

type Answer = { status: number; body: string };

/** A network failure, and whether the request had been handed to the network when it happened. */
class SmsNetworkError extends Error {
  constructor(
    readonly written: boolean,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The phone as SMS.ru wants it: E.164 digits without the plus; null when it is not a phone number. */
export function smsRecipient(address: string): string | null {
  const digits = address.replace(/[\s()+-]/g, '');
  return /^\d{10,15}$/.test(digits) ? digits : null;
}

function post(url: URL, form: URLSearchParams, timeoutMs: number): Promise<Answer> {
  const body = Buffer.from(form.toString(), 'utf8');
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    let written = false;
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      reject(new SmsNetworkError(written, reason));
    };
    const req: ClientRequest = send(
      url,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', 'content-length': body.length, accept: 'application/json' } },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', (e) => fail(e.message));
      },
    );
    const timer = setTimeout(() => {
      fail(`no answer within ${Math.round(timeoutMs / 1000)} s`);
      req.destroy();
    }, timeoutMs);
    // Once connected (TLS included) the request may reach SMS.ru and be acted on; before that it
    // cannot. Node's 'finish' is no proof: it fires while the body waits in a buffer for a socket.
    req.on('socket', (socket) => {
      const mark = () => (written = true);
      if (!socket.connecting) mark(); // a kept-alive socket, already open
      else socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', mark);
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      fail(e.code ?? e.message);
    });
    req.end(body);
  });
}

type SmsruAnswer = {
  status?: string;
  status_code?: number;
  status_text?: string;
  sms?: Record<string, { status?: string; status_code?: number; status_text?: string; sms_id?: string }>;
};

/** SMS.ru answers 200 with a JSON status: the whole request's, then the number's. */
function resultOf(answer: Answer, to: string): SendResult {
  if (answer.status >= 500) return { ok: false, error: `SMS.ru answered HTTP ${answer.status}`, retryable: true };
  let parsed: SmsruAnswer;
  try {
    parsed = JSON.parse(answer.body) as SmsruAnswer;
  } catch {
    return { ok: false, error: `SMS.ru answered HTTP ${answer.status} without JSON: the SMS may have been sent; check before resending.`, retryable: false };
  }
  if (parsed.status !== 'OK') return smsruError(parsed.status_code, parsed.status_text);
  const one = parsed.sms?.[to];
  if (one?.status === 'OK') return { ok: true, providerMessageId: one.sms_id ?? null };
  if (one) return smsruError(one.status_code, one.status_text);
  return { ok: false, error: 'SMS.ru accepted the request but said nothing about the number: the SMS may have been sent; check before resending.', retryable: false };
}

function smsruTransport(apiKey: string, baseUrl: string, sender: string | undefined, timeoutMs: number): Transport {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/sms/send`);
  return {
    name: 'smsru',
    send: async (message) => {
      const to = smsRecipient(message.to);
      if (!to) return { ok: false, error: 'Not a phone number in international format: nothing was sent.', retryable: false };
      const form = new URLSearchParams({ api_id: apiKey, to, msg: message.text, json: '1' });
      if (sender) form.set('from', sender);
      try {
        return resultOf(await post(url, form, timeoutMs), to);
      } catch (error) {
        if (!(error instanceof SmsNetworkError)) throw error;
        if (!error.written) return { ok: false, error: `SMS.ru not reached (${error.reason}): nothing was sent.`, retryable: true };
        return {
          ok: false,
          error: `SMS.ru did not answer (${error.reason}): the SMS may have been sent. Check with the client or in the SMS.ru account before resending from /outbox.`,
          retryable: false,
        };
      }
    },
  };
}

/** `timeoutMs`: tests wait less than a real gateway is given. */
export function smsTransport(timeoutMs = SMS_TIMEOUT_MS): Transport {
  const { SMS_API_KEY, SMS_BASE_URL, SMS_SENDER } = env();
  return SMS_API_KEY ? smsruTransport(SMS_API_KEY, SMS_BASE_URL, SMS_SENDER, timeoutMs) : outboxTransport;
}
