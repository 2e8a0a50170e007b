/** Every request of the load test with its latency and outcome, and the figures drawn from them. */
export const OPERATIONS = ['list', 'detail', 'status', 'comment'] as const;
export type Operation = (typeof OPERATIONS)[number];

export const ERROR_KINDS = ['network', 'timeout', 'http 5xx', 'unexpected status', 'unexpected page', 'refused by the form'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];
export type Failure = { kind: ErrorKind; detail: string };

export type Sample = { op: Operation; variant: string; ms: number; failure: Failure | null; path: string };

export type Summary = { count: number; errors: number; rps: number; p50: number; p95: number; p99: number; max: number };

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Failed requests count in the latencies too: a fast 500 must not flatter the percentiles. */
export function summarize(samples: Sample[], seconds: number): Summary {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    count: samples.length,
    errors: samples.filter((s) => s.failure).length,
    rps: samples.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

export class Recorder {
  readonly samples: Sample[] = [];

  record(sample: Sample) {
    this.samples.push(sample);
    if (sample.failure) console.error(`✗ ${sample.op} ${sample.path}: ${sample.failure.kind}: ${sample.failure.detail}`);
  }

  get errors(): number {
    return this.samples.filter((s) => s.failure).length;
  }
}
