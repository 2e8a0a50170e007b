import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Node options `npm start` serves with, read from a checkout's package.json: the browser tests
 * and the benchmarks start scripts/start.ts themselves (with a port, in their own process group)
 * and serve as `npm start` does (the demo runs `npm start`). bench:compare reads the other
 * revision's, so each build is measured as its own `npm start` ran it.
 *
 * Today that is a larger young generation (--max-semi-space-size): rendering a page allocates a
 * few megabytes that die with the request, and with V8's default the collector runs several times
 * per page and moves what is still alive mid-render; it cost 9 % of a ticket page's time.
 */
export function startNodeOptions(cwd = process.cwd()): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = scripts.start.split(/\s+/);
  const script = words.indexOf('scripts/start.ts');
  return words.slice(0, script).filter((word) => word.startsWith('--') && word !== '--import');
}

/** The arguments of `node` that serve this checkout (or `cwd`) on a port, as `npm start` would. */
export function startArgs(port: number | string, hostname?: string, cwd?: string): string[] {
  return [...startNodeOptions(cwd), '--import', 'tsx', 'scripts/start.ts', '-p', String(port), ...(hostname ? ['-H', hostname] : [])];
}
