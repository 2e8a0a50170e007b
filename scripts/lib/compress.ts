import compression from 'compression';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants } from 'node:zlib';
import type { Compression } from '@/lib/env';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * gzip level and brotli quality per COMPRESSION setting. A page is produced once per request, so
 * its compression is paid on every request: a ticket page of 120 KB costs 1.6 ms of CPU at gzip's
 * default level 6 (Next's built-in compression, which cannot be tuned), 0.75 ms at level 1 for a
 * fifth more bytes (24 → 29 KB), and 0.38 ms in brotli at quality 1 for as few bytes as gzip 6.
 * Under load the server answered a tenth more requests per second at gzip 1 than at 6 (nginx
 * compresses at 1 by default for the same reason). `small` is the libraries' defaults.
 */
const LEVELS = {
  fast: { gzip: 1, brotli: 1 },
  small: { gzip: 6, brotli: 4 },
} as const;

/**
 * `npm start` compresses its answers itself (`compress: false` in next.config.ts): brotli for a
 * browser that accepts it, else gzip, at the COMPRESSION setting's levels; `off` leaves it to a
 * proxy in front of the app. The middleware closes its stream when a client goes away mid-answer.
 */
export function withCompression(setting: Compression, handle: Handler): Handler {
  if (setting === 'off') return handle;
  const { gzip, brotli } = LEVELS[setting];
  const compress = compression({ level: gzip, brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: brotli } } });
  return (request, response) => compress(request as never, response as never, () => handle(request, response));
}
