import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { json, readBody } from './fake-http';

/**
 * A stand-in for the Telegram Bot API on 127.0.0.1 (point TELEGRAM_BASE_URL at `url`). Records
 * every call to /bot<token>/<method> with its JSON body; sendMessage gets a fresh message_id per
 * chat, answerCallbackQuery gets true. It can be told to answer the next calls with 429 (with
 * retry_after), 403 (the user blocked the bot) or any other status.
 *
 * Other processes (the e2e app, the e2e test files) use it over HTTP:
 *   GET  /__calls              → { calls: TelegramCall[] }
 *   POST /__control {failNext?: n, status?: number, reset?: true}
 */
/** The bot the e2e server is configured with (tests/e2e/global-setup.ts); the tests post updates with its secret. */
export const E2E_TELEGRAM = { token: '700000001:e2e-fake-token', username: 'service_desk_e2e_bot', secret: 'e2e-telegram-webhook-secret-0123' } as const;

export type TelegramCall = {
  at: number;
  token: string;
  method: string;
  body: Record<string, unknown> & { chat_id?: string | number; text?: string; reply_markup?: { inline_keyboard: Record<string, string>[][] } };
  status: number;
  /** sendMessage's message_id, when it succeeded. */
  messageId: number | null;
};

export type FakeTelegram = {
  url: string;
  calls: TelegramCall[];
  /** Successful sendMessage calls. */
  sent: () => TelegramCall[];
  failNext: (times: number, status?: number) => void;
  reset: () => void;
  close: () => Promise<void>;
};

const descriptions: Record<number, string> = {
  400: 'Bad Request: chat not found',
  403: 'Forbidden: bot was blocked by the user',
  429: 'Too Many Requests: retry after 7',
  500: 'Internal Server Error',
};

export async function startFakeTelegram(): Promise<FakeTelegram> {
  const calls: TelegramCall[] = [];
  let nextMessageId = 100;
  let failuresLeft = 0;
  let failStatus = 500;

  const handleMethod = async (req: IncomingMessage, res: ServerResponse, token: string, method: string) => {
    const raw = await readBody(req);
    const call: TelegramCall = { at: Date.now(), token, method, body: JSON.parse(raw || '{}'), status: 200, messageId: null };
    calls.push(call);
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      call.status = failStatus;
      return json(res, failStatus, {
        ok: false,
        error_code: failStatus,
        description: descriptions[failStatus] ?? 'error',
        ...(failStatus === 429 && { parameters: { retry_after: 7 } }),
      });
    }
    if (method === 'sendMessage') {
      if (!call.body.chat_id || typeof call.body.text !== 'string' || call.body.text.length === 0 || call.body.text.length > 4096) {
        call.status = 400;
        return json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: message text is empty or too long' });
      }
      nextMessageId += 1;
      call.messageId = nextMessageId;
      return json(res, 200, { ok: true, result: { message_id: nextMessageId, date: Math.floor(Date.now() / 1000), chat: { id: Number(call.body.chat_id), type: 'private' }, text: call.body.text } });
    }
    if (method === 'answerCallbackQuery') return json(res, 200, { ok: true, result: true });
    call.status = 404;
    return json(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
  };

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(url);
    if (req.method === 'POST' && match) return void handleMethod(req, res, match[1], match[2]).catch(() => json(res, 400, { ok: false, error_code: 400, description: 'Bad Request' }));
    if (req.method === 'GET' && url === '/__calls') return json(res, 200, { calls });
    if (req.method === 'POST' && url === '/__control') {
      return void readBody(req).then((raw) => {
        const cmd = JSON.parse(raw || '{}') as { failNext?: number; status?: number; reset?: boolean };
        if (cmd.reset) api.reset();
        if (cmd.failNext !== undefined) api.failNext(cmd.failNext, cmd.status);
        json(res, 200, { ok: true });
      });
    }
    json(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const api: FakeTelegram = {
    url: `http://127.0.0.1:${port}`,
    calls,
    sent: () => calls.filter((c) => c.method === 'sendMessage' && c.status === 200),
    failNext: (times, status = 500) => {
      failuresLeft = times;
      failStatus = status;
    },
    reset: () => {
      calls.length = 0;
      failuresLeft = 0;
      failStatus = 500;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return api;
}
