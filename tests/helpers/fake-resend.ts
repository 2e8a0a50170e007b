import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Resend API on 127.0.0.1, for the real SDK (point RESEND_BASE_URL at `url`).
 * Records every POST /emails with its headers and JSON body; answers `{ id }`, or an error in
 * Resend's shape when told to fail. Like Resend, a repeat of an accepted Idempotency-Key gets the
 * first answer back and sends nothing ("replayed").
 *
 * Other processes (the e2e app, the e2e test files) use it over HTTP:
 *   GET  /__emails              → { emails: RecordedEmail[] }
 *   POST /__control {failNext?: n, failAlways?: boolean, status?: number, reset?: true}
 */
export type RecordedEmail = {
  at: number;
  status: number;
  /** The id answered, when the request succeeded. */
  id: string | null;
  /** A repeat of an accepted idempotency key: answered, not sent again. */
  replayed: boolean;
  authorization: string | null;
  idempotencyKey: string | null;
  headers: Record<string, string>;
  body: {
    from: string;
    to: string | string[];
    subject: string;
    html?: string;
    text?: string;
    tags?: { name: string; value: string }[];
    [key: string]: unknown;
  };
};

export type FakeResend = {
  url: string;
  /** Every POST /emails, including failed and replayed ones. */
  requests: RecordedEmail[];
  /** Mails really "sent": answered 200 and not an idempotent replay. */
  delivered: () => RecordedEmail[];
  failNext: (times: number, status?: number) => void;
  failAlways: (status?: number) => void;
  reset: () => void;
  close: () => Promise<void>;
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

const errorNames: Record<number, string> = {
  401: 'missing_api_key',
  422: 'validation_error',
  429: 'rate_limit_exceeded',
  500: 'internal_server_error',
};

export async function startFakeResend(): Promise<FakeResend> {
  const requests: RecordedEmail[] = [];
  const accepted = new Map<string, string>(); // idempotency key → id
  let failuresLeft = 0;
  let failForever = false;
  let failStatus = 500;

  const handleEmail = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v ?? '')]));
    const authorization = req.headers.authorization ?? null;
    const idempotencyKey = (req.headers['idempotency-key'] as string | undefined) ?? null;
    const record: RecordedEmail = { at: Date.now(), status: 200, id: null, replayed: false, authorization, idempotencyKey, headers, body: JSON.parse(raw || '{}') };
    requests.push(record);

    let status = 200;
    if (!authorization?.startsWith('Bearer ')) status = 401;
    else if (failForever) status = failStatus;
    else if (failuresLeft > 0) {
      failuresLeft -= 1;
      status = failStatus;
    }
    record.status = status;
    if (status !== 200) {
      json(res, status, { statusCode: status, name: errorNames[status] ?? 'application_error', message: `fake failure (${status})` });
      return;
    }
    const earlier = idempotencyKey ? accepted.get(idempotencyKey) : undefined;
    record.id = earlier ?? randomUUID();
    record.replayed = earlier !== undefined;
    if (idempotencyKey && !earlier) accepted.set(idempotencyKey, record.id);
    json(res, 200, { id: record.id });
  };

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (req.method === 'POST' && url === '/emails') return void handleEmail(req, res).catch(() => json(res, 400, { name: 'validation_error' }));
    if (req.method === 'GET' && url === '/__emails') return json(res, 200, { emails: requests });
    if (req.method === 'POST' && url === '/__control') {
      return void readBody(req).then((raw) => {
        const cmd = JSON.parse(raw || '{}') as { failNext?: number; failAlways?: boolean; status?: number; reset?: boolean };
        if (cmd.reset) api.reset();
        if (cmd.status) failStatus = cmd.status;
        if (cmd.failNext !== undefined) failuresLeft = cmd.failNext;
        if (cmd.failAlways !== undefined) failForever = cmd.failAlways;
        json(res, 200, { ok: true });
      });
    }
    json(res, 404, { statusCode: 404, name: 'not_found', message: 'not found' });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const api: FakeResend = {
    url: `http://127.0.0.1:${port}`,
    requests,
    delivered: () => requests.filter((r) => r.status === 200 && !r.replayed),
    failNext: (times, status = 500) => {
      failuresLeft = times;
      failStatus = status;
    },
    failAlways: (status = 500) => {
      failForever = true;
      failStatus = status;
    },
    reset: () => {
      requests.length = 0;
      accepted.clear();
      failuresLeft = 0;
      failForever = false;
      failStatus = 500;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return api;
}
