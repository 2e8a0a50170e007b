import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange, type Reply, type Session } from '@/bench/lib/load-http';
import { hiddenFields, formHtml, textOf } from '@/bench/lib/load-html';
import { commentFailure } from '@/bench/lib/load-ticket-forms';

/** A ticket page's essentials: a Cyrillic comment in the timeline, and the comment form with a hidden field holding non-ASCII text. */
const PAGE =
  '<h1>Заявка №1</h1><ol><li>Клиенту перезвонили (w1-1)</li></ol>' +
  '<form data-testid="comment-form"><input type="hidden" name="$ACTION_1:0" value="{&quot;note&quot;:&quot;Ёлка&quot;}"/><textarea name="body"></textarea></form>';

/** What the load test's requests look like to a server: the page a browser would get, a redirect, a form post read back. */
let server: Server;
let session: Session;
const seen: { method?: string; headers: IncomingMessage['headers'] }[] = [];

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    seen.push({ method: request.method, headers: request.headers });
    if (request.url === '/page') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      response.end(gzipSync(PAGE));
    } else if (request.url === '/brotli') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
      response.end(brotliCompressSync(PAGE));
    } else if (request.url === '/moved') {
      response.writeHead(303, { location: '/login' });
      response.end();
    } else if (request.url === '/form' && request.method === 'POST') {
      // Read as a server would read a browser's multipart form (the same parser as Request.formData()).
      const fields = await new Request('http://x/', { method: 'POST', headers: { 'content-type': request.headers['content-type']! }, body: new Uint8Array(await body(request)) }).formData();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(Object.fromEntries(fields)));
    } else {
      response.writeHead(500);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  session = { baseURL, cookie: 'session-token=abc' };
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the load test's requests", () => {
  it('read a gzip or brotli page, asking as a browser does: session cookie, Russian, brotli accepted', async () => {
    for (const path of ['/page', '/brotli']) {
      const answer = (await exchange(session, path)) as Reply;
      expect(answer.status).toBe(200);
      expect(textOf(answer.html)).toBe(PAGE);
    }
    expect(seen.at(-1)!.headers).toMatchObject({ cookie: 'session-token=abc', 'accept-language': 'ru', 'accept-encoding': expect.stringContaining('br') });
  });

  it('take text out of a page read as bytes, and find text in it', async () => {
    const { html } = (await exchange(session, '/page')) as Reply;
    expect(hiddenFields(formHtml(html, 'data-testid="comment-form"')!)).toEqual({ '$ACTION_1:0': '{"note":"Ёлка"}' });
    expect(commentFailure(html, 'Клиенту перезвонили (w1-1)')).toBeNull();
    expect(commentFailure(html, 'Клиенту не дозвонились')).toMatchObject({ kind: 'refused by the form' });
  });

  it('report a redirect without following it', async () => {
    expect(await exchange(session, '/moved')).toMatchObject({ status: 303, location: '/login' });
    expect(seen.at(-1)!.method).toBe('GET');
  });

  it('post a form as multipart data from the app’s own origin, every field intact', async () => {
    const form = { $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"7f3a","bound":"$@1"}', to: 'in_progress', body: 'Клиенту перезвонили; "срочно" & завтра' };
    const answer = await exchange(session, '/form', form);
    expect(answer).toMatchObject({ status: 200 });
    expect(JSON.parse(textOf((answer as Reply).html))).toEqual(form);
    expect(seen.at(-1)!.headers.origin).toBe(session.baseURL);
  });

  it('count a refused connection as a network failure', async () => {
    const answer = await exchange({ ...session, baseURL: 'http://127.0.0.1:1' }, '/page');
    expect(answer).toMatchObject({ failure: { kind: 'network', detail: 'ECONNREFUSED' } });
  });
});
