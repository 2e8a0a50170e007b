import compression from 'compression';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants } from 'node:zlib';
import type { Compression } from '@/lib/env';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * gzip level and brotli quality per COMPRESSION setting. A page is produced once per request, so
 * its compression is paid on every request. A ticket page of 120 KB takes zlib 1.6 ms at gzip's
 * default level 6 (24 KB; Next's built-in compression, gzip only and not tunable), 0.75 ms at
 * level 1 (29 KB), 0.38 ms in brotli at quality 1 (25 KB) and 1.0 ms at quality 4 (21 KB). Served,
 * the server's CPU per ticket page fell from 16.5 to 13.8 ms going from brotli 4 to 1 for a browser,
 * and under bench:load (gzip) one process answered up to a tenth more requests per second at
 * level 1 than at 6. nginx compresses at 1 by default for the same reason.
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
