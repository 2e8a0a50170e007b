import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { json, readBody } from './fake-http';

/**
 * A stand-in for the Resend API on 127.0.0.1, for the real SDK (point RESEND_BASE_URL at `url`).
 * Records every POST /emails with its headers and JSON body; answers `{ id }`, or an error in
 * Resend's shape when told to fail. Like Resend, a repeat of an accepted Idempotency-Key gets the
 * first answer back and sends nothing ("replayed").
 *
 * Other processes (the e2e app, the e2e test files) use it over HTTP:
 *   GET  /__emails              → { emails: RecordedEmail[] }
 *   POST /__control {failNext?: n, failAlways?: boolean, status?: number, reset?: true}
 *   POST /__received InboundFixture (attachment content in base64): registers a received mail
 *
 * Received mail (issue 18): GET /emails/receiving/:id, GET /emails/receiving/:id/attachments and
 * each attachment's download_url serve the fixtures registered with `receive`.
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

/** A mail Resend "received": what GET /emails/receiving/:id answers, and its files. */
export type InboundFixture = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text?: string | null;
  html?: string | null;
  attachments?: { id?: string; filename: string; contentType: string; content: Uint8Array | string }[];
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
  /** Registers a received mail; its attachments' download_url points back at this server. */
  receive: (mail: InboundFixture) => void;
  /** GET requests to the receiving API and downloads, to check what the webhook fetched. */
  receivingRequests: string[];
};

/**
 * Headers and body of a webhook delivery signed the way Resend (Svix) signs: HMAC-SHA256 of
 * `id.timestamp.body` keyed by the base64 secret after `whsec_`. `at` shifts the timestamp (stale tests).
 */
export function signWebhook(secret: string, payload: unknown, opts: { at?: Date; id?: string } = {}) {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const id = opts.id ?? `msg_${randomUUID()}`;
  const timestamp = String(Math.floor((opts.at ?? new Date()).getTime() / 1000));
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return { body, headers: { 'content-type': 'application/json', 'svix-id': id, 'svix-timestamp': timestamp, 'svix-signature': `v1,${signature}` } };
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
  const received = new Map<string, InboundFixture>();
  const receivingRequests: string[] = [];
  const bytesOf = (c: Uint8Array | string) => (typeof c === 'string' ? Buffer.from(c, 'base64') : Buffer.from(c));
  const fileId = (mail: InboundFixture, i: number) => mail.attachments?.[i]?.id ?? `att_${i}`;

  /** GET /emails/receiving/:id[/attachments], and GET /__files/:emailId/:fileId (the download_url). */
  const handleReceiving = (req: IncomingMessage, res: ServerResponse, url: string) => {
    receivingRequests.push(url);
    const file = /^\/__files\/([^/]+)\/([^/?]+)/.exec(url);
    if (file) {
      const mail = received.get(decodeURIComponent(file[1]));
      const i = mail?.attachments?.findIndex((_, k) => fileId(mail, k) === decodeURIComponent(file[2])) ?? -1;
      if (!mail || i < 0) return json(res, 404, { name: 'not_found' });
      const a = mail.attachments![i];
      res.writeHead(200, { 'content-type': a.contentType });
      return void res.end(bytesOf(a.content));
    }
    if (!req.headers.authorization?.startsWith('Bearer ')) return json(res, 401, { statusCode: 401, name: 'missing_api_key', message: 'no key' });
    if (failForever) return json(res, failStatus, { statusCode: failStatus, name: errorNames[failStatus] ?? 'application_error', message: 'fake failure' });
    const m = /^\/emails\/receiving\/([^/?]+)(\/attachments)?/.exec(url)!;
    const mail = received.get(decodeURIComponent(m[1]));
    if (!mail) return json(res, 404, { statusCode: 404, name: 'not_found', message: 'Email not found' });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/__files/${encodeURIComponent(mail.id)}`;
    const files = (mail.attachments ?? []).map((a, i) => ({
      id: fileId(mail, i),
      filename: a.filename,
      size: bytesOf(a.content).byteLength,
      content_type: a.contentType,
      content_disposition: 'attachment',
      download_url: `${base}/${encodeURIComponent(fileId(mail, i))}`,
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
    }));
    if (m[2]) return json(res, 200, { object: 'list', has_more: false, data: files });
    json(res, 200, {
      object: 'email', id: mail.id, to: mail.to, from: mail.from, created_at: new Date().toISOString(), subject: mail.subject,
      bcc: null, cc: null, reply_to: null, received_for: mail.to, html: mail.html ?? null, text: mail.text ?? null, headers: {}, message_id: `<${mail.id}@fake>`,
      attachments: files.map((f) => ({ id: f.id, filename: f.filename, size: f.size, content_type: f.content_type, content_disposition: f.content_disposition })),
    });
  };

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
    if (req.method === 'GET' && (url.startsWith('/emails/receiving/') || url.startsWith('/__files/'))) return handleReceiving(req, res, url);
    if (req.method === 'POST' && url === '/__received') return void readBody(req).then((raw) => (api.receive(JSON.parse(raw) as InboundFixture), json(res, 200, { ok: true })));
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
      received.clear();
      receivingRequests.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    receive: (mail) => void received.set(mail.id, mail),
    receivingRequests,
  };
  return api;
}
