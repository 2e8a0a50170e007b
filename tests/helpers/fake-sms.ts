import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { json, readBody } from './fake-http';

/**
 * A stand-in for SMS.ru's POST /sms/send on 127.0.0.1 (point SMS_BASE_URL at `url`). Records every
 * request's form fields and answers in SMS.ru's JSON shape: `{status, status_code, sms: {<phone>:
 * {status, status_code, sms_id}}, balance}`. It can be told to refuse with a code (200 bad key,
 * 201 no funds, 220 try later…), to keep quiet (a timeout) or to drop the connection after reading
 * the request.
 *
 * Other processes (the e2e app, the e2e test files) use it over HTTP:
 *   GET  /__sms      → { sms: RecordedSms[] }
 *   POST /__control  {failNext?: n, code?: number, mode?: 'answer'|'silent'|'drop', reset?: true}
 */
export type RecordedSms = {
  at: number;
  method: string;
  contentType: string;
  /** The form fields as sent: api_id, to, msg, json, from. */
  form: Record<string, string>;
  /** What the fake answered: 100 for a sent SMS, else the refusal code (null: no answer). */
  code: number | null;
  smsId: string | null;
};

type Mode = 'answer' | 'silent' | 'drop';

export type FakeSms = {
  url: string;
  requests: RecordedSms[];
  /** The SMS really "sent": answered with code 100. */
  delivered: () => RecordedSms[];
  /** The next `times` requests are refused with `code` (a whole-request error; 202 etc. as the number's). */
  failNext: (times: number, code: number) => void;
  /** 'silent': read the request and never answer; 'drop': read it and close the connection. */
  setMode: (mode: Mode) => void;
  reset: () => void;
  close: () => Promise<void>;
};

/** SMS.ru reports a bad number per number; account-wide problems for the whole request. */
const PER_NUMBER = new Set([202, 207, 209, 215, 216, 230, 231, 232]);

export async function startFakeSms(opts: { apiKey?: string } = {}): Promise<FakeSms> {
  const requests: RecordedSms[] = [];
  let failuresLeft = 0;
  let failCode = 220;
  let mode: Mode = 'answer';
  let counter = 0;

  const handleSend = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    const form = Object.fromEntries(new URLSearchParams(raw));
    const record: RecordedSms = { at: Date.now(), method: req.method ?? '', contentType: req.headers['content-type'] ?? '', form, code: null, smsId: null };
    requests.push(record);
    if (mode === 'silent') return; // the socket stays open until the client gives up
    if (mode === 'drop') return void req.socket.destroy();

    let code = 100;
    if (req.method !== 'POST') code = 210;
    else if (opts.apiKey && form.api_id !== opts.apiKey) code = 200;
    else if (!/^\d{10,15}$/.test(form.to ?? '')) code = 202;
    else if (failuresLeft > 0) {
      failuresLeft -= 1;
      code = failCode;
    }
    record.code = code;
    if (code === 100) {
      record.smsId = `${String(++counter).padStart(6, '0')}-1000000${counter}`;
      return json(res, 200, { status: 'OK', status_code: 100, sms: { [form.to]: { status: 'OK', status_code: 100, sms_id: record.smsId } }, balance: 100.5 });
    }
    if (PER_NUMBER.has(code)) return json(res, 200, { status: 'OK', status_code: 100, sms: { [form.to]: { status: 'ERROR', status_code: code, status_text: `fake refusal ${code}` } }, balance: 100.5 });
    return json(res, 200, { status: 'ERROR', status_code: code, status_text: `fake refusal ${code}` });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (url.pathname === '/sms/send') return void handleSend(req, res).catch(() => json(res, 200, { status: 'ERROR', status_code: 500 }));
    if (req.method === 'GET' && url.pathname === '/__sms') return json(res, 200, { sms: requests });
    if (req.method === 'POST' && url.pathname === '/__control') {
      return void readBody(req).then((raw) => {
        const cmd = JSON.parse(raw || '{}') as { failNext?: number; code?: number; mode?: Mode; reset?: boolean };
        if (cmd.reset) api.reset();
        if (cmd.failNext !== undefined) api.failNext(cmd.failNext, cmd.code ?? 220);
        if (cmd.mode) mode = cmd.mode;
        json(res, 200, { ok: true });
      });
    }
    res.writeHead(404).end();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const api: FakeSms = {
    url: `http://127.0.0.1:${port}`,
    requests,
    delivered: () => requests.filter((r) => r.code === 100),
    failNext: (times, code) => {
      failuresLeft = times;
      failCode = code;
    },
    setMode: (next) => (mode = next),
    reset: () => {
      requests.length = 0;
      failuresLeft = 0;
      failCode = 220;
      mode = 'answer';
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return api;
}
