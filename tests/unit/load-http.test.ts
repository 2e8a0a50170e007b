import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange, type Session } from '@/bench/lib/load-http';

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
      response.end(gzipSync('<h1>Заявка №1</h1>'));
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
  it('read a compressed page as text, with the session cookie and the Russian interface asked for', async () => {
    const answer = await exchange(session, '/page');
    expect(answer).toMatchObject({ status: 200, html: '<h1>Заявка №1</h1>' });
    expect(seen.at(-1)!.headers).toMatchObject({ cookie: 'session-token=abc', 'accept-language': 'ru', 'accept-encoding': expect.stringContaining('gzip') });
  });

  it('report a redirect without following it', async () => {
    expect(await exchange(session, '/moved')).toMatchObject({ status: 303, location: '/login' });
    expect(seen.at(-1)!.method).toBe('GET');
  });

  it('post a form as multipart data from the app’s own origin, every field intact', async () => {
    const form = { $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"7f3a","bound":"$@1"}', to: 'in_progress', body: 'Клиенту перезвонили; "срочно" & завтра' };
    const answer = await exchange(session, '/form', form);
    expect(answer).toMatchObject({ status: 200 });
    expect(JSON.parse((answer as { html: string }).html)).toEqual(form);
    expect(seen.at(-1)!.headers.origin).toBe(session.baseURL);
  });

  it('count a refused connection as a network failure', async () => {
    const answer = await exchange({ ...session, baseURL: 'http://127.0.0.1:1' }, '/page');
    expect(answer).toMatchObject({ failure: { kind: 'network', detail: 'ECONNREFUSED' } });
  });
});
