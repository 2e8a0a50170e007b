/**
 * One request of a signed-in user, as a browser without JavaScript makes it: a GET of a page, or
 * a form posted back as multipart data with the app's own origin (server actions refuse others).
 *
 * The generator shares the machine with the server it measures (issue 21 measures one process
 * against two on two cores), so what it spends the server's processes do not get. Made with fetch,
 * it spent 2.7 ms of CPU per request; with node:http over kept-alive sockets, each body decompressed
 * in one call and read as bytes (Reply), 1.2 ms.
 */
import { Agent, request, type IncomingMessage } from 'node:http';
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { Fields } from './load-html';
import type { Failure } from './load-stats';

export type Session = { baseURL: string; cookie: string };
/**
 * `html`: the page's bytes, one character per byte (latin1), not its text. Everything the generator
 * looks for in a page is ASCII markup, found the same way in either; a ticket page of 136 KB takes
 * 0.06 ms to copy into a string and 0.4 ms to decode as UTF-8, the generator's largest cost. Text
 * taken out of it, or looked for in it, goes through load-html's textOf and bytesOf.
 */
export type Reply = { ms: number; status: number; html: string; location: string | null };
export type Answer = Reply | { ms: number; failure: Failure };

/** Longer than any page should take under load, short enough that a hung request shows up. */
const TIMEOUT_MS = 30_000;

/** Each simulated user keeps one request in flight, so a socket each, reused as a browser would. */
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
/** What every current browser accepts, so the server answers as it answers staff: brotli. */
const ACCEPT_ENCODING = 'gzip, deflate, br';
/** In one call on the whole body: zlib's streams cost more in JavaScript than the inflating itself. */
const DECODERS: Record<string, (b: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync };

/** The fields as a browser sends a form with enctype multipart/form-data. */
function multipart(form: Fields): { body: Buffer; type: string } {
  const boundary = `----load${randomBytes(12).toString('hex')}`;
  const parts = Object.entries(form).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, '%22')}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), type: `multipart/form-data; boundary=${boundary}` };
}

/** The answer's status, Location and body, decompressed when the server compressed it. */
function send(session: Session, path: string, form?: Fields): Promise<{ status: number; location: string | null; html: string }> {
  const encoded = form && multipart(form);
  const headers: Record<string, string> = { cookie: session.cookie, 'accept-language': 'ru', 'accept-encoding': ACCEPT_ENCODING };
  if (encoded) Object.assign(headers, { origin: session.baseURL, 'content-type': encoded.type, 'content-length': String(encoded.body.length) });
  return new Promise((resolve, reject) => {
    const req = request(session.baseURL + path, { method: form ? 'POST' : 'GET', headers, agent, signal: AbortSignal.timeout(TIMEOUT_MS) }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        try {
          const raw = Buffer.concat(chunks);
          const decode = DECODERS[res.headers['content-encoding'] ?? ''];
          resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null, html: (decode ? decode(raw) : raw).toString('latin1') });
        } catch (error) {
          reject(error as Error);
        }
      });
    });
    req.on('error', reject);
    req.end(encoded?.body);
  });
}

export async function exchange(session: Session, path: string, form?: Fields): Promise<Answer> {
  const started = performance.now();
  try {
    // A redirect (to /login, to an error page) is an answer to judge, not one to follow: node:http never follows.
    const { status, location, html } = await send(session, path, form);
    return { ms: performance.now() - started, status, html, location };
  } catch (error) {
    const e = error as Error & { code?: string };
    const failure: Failure =
      e.name === 'TimeoutError' || e.name === 'AbortError' ? { kind: 'timeout', detail: `no answer within ${TIMEOUT_MS / 1000} s` } : { kind: 'network', detail: e.code ?? e.message };
    return { ms: performance.now() - started, failure };
  }
}

/** A page is expected to answer 200; anything else says what went wrong. */
export function statusFailure({ status, location }: Reply): Failure | null {
  if (status === 200) return null;
  if (status >= 500) return { kind: 'http 5xx', detail: `HTTP ${status}` };
  return { kind: 'unexpected status', detail: `HTTP ${status}${location ? ` → ${location}` : ''}` };
}
