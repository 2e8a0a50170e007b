import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { Compression } from '@/lib/env';
import { withCompression } from '@/scripts/lib/compress';

/** A page of the size and mix of a ticket page: rows of similar markup around varied text. */
const WORDS = ['Замена', 'дисплея', 'аккумулятор', 'ноутбука', 'чистка', 'Samsung', 'iPhone', 'шлейф', 'разъём', 'гарантия', 'клавиатуры', 'камеры', 'платы', 'Lenovo', 'корпуса'];
const text = (seed: number) => Array.from({ length: 6 }, (_, k) => WORDS[(seed * 31 + k * 17 + ((seed * k) % 7)) % WORDS.length]).join(' ');
const PAGE = `<!DOCTYPE html><table>${Array.from({ length: 600 }, (_, i) => `<tr data-id="${i * 7919}"><td><span class="name">${text(i)}</span><span class="d">${text(i * 3 + 1)} · ${(i * 104729) % 99991},00 ₽ × ${1 + (i % 3)}</span></td><td class="r">${(i * 15485863) % 999983} ₽</td></tr>`).join('')}</table>`;

let server: Server | undefined;
const stop = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
afterEach(stop);

async function serve(setting: Compression): Promise<number> {
  await stop();
  server = createServer(
    withCompression(setting, (_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(PAGE);
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** The answer's bytes as they crossed the wire, undecoded. */
function get(port: number, acceptEncoding?: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
    const req = request({ port, host: '127.0.0.1', path: '/', headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('npm start compresses its answers as COMPRESSION says', () => {
  it('sends brotli to a browser that accepts it and gzip to one that accepts only gzip, both decoding to the page', async () => {
    const port = await serve('fast');
    const browser = await get(port, 'gzip, deflate, br, zstd');
    expect(browser.encoding).toBe('br');
    expect(brotliDecompressSync(browser.body).toString()).toBe(PAGE);
    const older = await get(port, 'gzip, deflate');
    expect(older.encoding).toBe('gzip');
    expect(gunzipSync(older.body).toString()).toBe(PAGE);
    expect(older.body.length).toBeLessThan(Buffer.byteLength(PAGE) / 4);
  });

  it('sends fewer bytes when set to small than to fast, in gzip and in brotli', async () => {
    const fast = await serve('fast');
    const fastSizes = [(await get(fast, 'gzip')).body.length, (await get(fast, 'br')).body.length];
    const small = await serve('small');
    const smallSizes = [(await get(small, 'gzip')).body.length, (await get(small, 'br')).body.length];
    expect(smallSizes[0]).toBeLessThan(fastSizes[0]);
    expect(smallSizes[1]).toBeLessThan(fastSizes[1]);
  });

  it('sends the page as it is to a client that accepts no encoding, and to everyone when off', async () => {
    for (const answer of [await get(await serve('fast')), await get(await serve('off'), 'gzip, br')]) {
      expect(answer.encoding).toBeUndefined();
      expect(answer.body.toString()).toBe(PAGE);
    }
  });
});
