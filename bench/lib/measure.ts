import autocannon from 'autocannon';
import { cpuMeter } from './load-cpu';
import { rssMb } from './server';

/** `cpuMs`: the server's CPU time per request (its whole process tree), when its pid was given. */
export type Measured = { rps: number; p50: number; p99: number; requests: number; errors: number; non2xx: number; cpuMs?: number };

/**
 * Requests per second and latency of one URL under `connections` concurrent signed-in clients;
 * given the server's pid, also what each request cost it in CPU time, whatever share of the cores
 * it got while the load generator and the machine's neighbours took theirs.
 */
export async function measure(url: string, cookie: string, opts: { connections: number; duration: number; warmup: number; amount?: number; serverPid?: number }): Promise<Measured> {
  const headers = { cookie, 'accept-language': 'ru' };
  if (opts.warmup > 0) await autocannon({ url, connections: opts.connections, duration: opts.warmup, headers, timeout: 60 });
  // A slow response (an export) is measured over a fixed number of requests: in a fixed time,
  // the ones still running at the end would be left out of the count.
  const window = opts.amount ? { amount: opts.amount } : { duration: opts.duration };
  const meter = opts.serverPid === undefined ? undefined : cpuMeter(opts.serverPid);
  const r = await autocannon({ url, connections: opts.connections, ...window, headers, timeout: 120 });
  const cpuMs = meter && r.requests.total > 0 ? (meter().server * 1000) / r.requests.total : undefined;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx, cpuMs };
}

export type MemoryRun = { rows: number; bytes: number; seconds: number; before: number; peak: number; after: number };

/** Downloads one export while sampling the server's resident memory every 20 ms. */
export async function exportMemory(url: string, cookie: string, pid: number): Promise<MemoryRun> {
  global.gc?.();
  await new Promise((r) => setTimeout(r, 500));
  const before = rssMb(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
  const started = performance.now();
  let bytes = 0;
  let newlines = 0;
  try {
    const response = await fetch(url, { headers: { cookie } });
    if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const b of value) if (b === 10) newlines++;
    }
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 300));
  return { rows: newlines - 1, bytes, seconds, before, peak: Math.max(peak, rssMb(pid)), after: rssMb(pid) };
}
