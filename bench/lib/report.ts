import type { Measured, MemoryRun } from './measure';
import type { View } from './views';

export type SizeRun = {
  tickets: number;
  dbMb: number;
  seedSeconds: number | null;
  results: Map<string, Measured>;
  views: View[];
  memory: MemoryRun | null;
  /** The lowest and highest 1-minute load average seen before this size's runs (other work skews the numbers). */
  load: [number, number];
};

const TARGET_FLOOR = 0.6;
/** Issue #8: the dashboard serves at least 40 % of the floor's requests per second at a million tickets. */
const TARGET_DASHBOARD = 0.4;
const TARGET_SCALE = 0.85;
const MEMORY_LIMIT_MB = 100;

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '—');
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');
const mark = (ok: boolean) => (ok ? 'yes' : '**no**');
/** 10000 → 10k, 1000000 → 1M. */
const sizeLabel = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1_000 ? `${n / 1_000}k` : String(n));

/** The markdown report: one row per view, both sizes, the ratios the issue asks for. */
export function report(small: SizeRun, large: SizeRun, meta: { date: string; node: string; cpus: number; connections: number; duration: number; rounds: number; build: string }): string {
  const floorLarge = large.results.get('floor')?.rps ?? NaN;
  const lines: string[] = [];
  lines.push(`# Ticket list and dashboard benchmark, ${meta.date}`, '');
  lines.push(
    `autocannon, ${meta.connections} connections, ${meta.duration} s per view after a warm-up, against \`npm start\` (scripts/start.ts, production build) ` +
      `on this machine (${meta.cpus} cores, Node ${meta.node}); the load generator runs on the same cores. ` +
      `Signed in as the demo manager. Databases: ${small.tickets.toLocaleString('en')} tickets (${f0(small.dbMb)} MB) and ` +
      `${large.tickets.toLocaleString('en')} tickets (${f0(large.dbMb)} MB), made by \`npm run db:seed -- --tickets N\`${
        large.seedSeconds !== null ? ` (the ${sizeLabel(large.tickets)} took ${f0(large.seedSeconds)} s)` : ' (reused from data/bench/)'
      }. ${meta.build}`,
    '',
  );
  const [a, b] = [sizeLabel(small.tickets), sizeLabel(large.tickets)];
  lines.push(`| view | rps ${a} | p50 / p99 ms ${a} | rps ${b} | p50 / p99 ms ${b} | ${b} ÷ floor (≥ 0.60; dashboard ≥ 0.40) | ${b} ÷ ${a} (≥ 0.85) |`);
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const view of large.views) {
    const s = small.results.get(view.key);
    const l = large.results.get(view.key);
    if (!s || !l) continue;
    const vsFloor = l.rps / floorLarge;
    const smallView = small.views.find((v) => v.key === view.key);
    // Exports of slightly different row counts compare by rows per second.
    const scale = view.kind === 'export' ? (l.rps * (view.rows ?? 1)) / (s.rps * (smallView?.rows ?? 1)) : l.rps / s.rps;
    const list = view.kind === 'list' || view.kind === 'report';
    const floorTarget = list ? TARGET_FLOOR : view.kind === 'dashboard' ? TARGET_DASHBOARD : null;
    const floorCell = view.kind === 'floor' ? '1.00' : floorTarget !== null ? `${f2(vsFloor)} ${mark(vsFloor >= floorTarget)}` : f2(vsFloor);
    const scaleCell = view.kind === 'reference' || view.kind === 'dashboard' || view.kind === 'report' ? f2(scale) : `${f2(scale)}${view.kind === 'export' ? ' (rows/s)' : ''} ${mark(scale >= TARGET_SCALE)}`;
    const label = view.kind === 'export' ? `CSV export (${smallView?.rows?.toLocaleString('en')} / ${view.rows?.toLocaleString('en')} rows)` : view.label;
    lines.push(`| ${label} | ${f1(s.rps)} | ${f0(s.p50)} / ${f0(s.p99)} | ${f1(l.rps)} | ${f0(l.p50)} / ${f0(l.p99)} | ${floorCell} | ${scaleCell} |`);
  }
  lines.push('');
  const m = large.memory;
  if (m) {
    const growth = m.peak - m.before;
    lines.push(
      `**Export memory**: one CSV export of ${m.rows.toLocaleString('en')} rows (${f1(m.bytes / 1_048_576)} MB) took ${f1(m.seconds)} s; ` +
        `the server's resident memory went from ${f0(m.before)} MB to a peak of ${f0(m.peak)} MB (growth ${f0(growth)} MB, target < ${MEMORY_LIMIT_MB} MB: ${mark(growth < MEMORY_LIMIT_MB)}), ${f0(m.after)} MB after.`,
      '',
    );
  }
  lines.push(
    `Each view was measured ${meta.rounds} times at each size, alternating the two sizes back to back (both servers up, one idle); the table shows the best run of each. Load average (1 min) during the runs: ` +
      `${f1(Math.min(small.load[0], large.load[0]))} to ${f1(Math.max(small.load[1], large.load[1]))} ` +
      '(2 cores; above 2, other work was competing with the server and the load generator).',
    '',
    `The exports are measured over a fixed number of requests (${meta.connections} at a time), the other views over ${meta.duration} s each.`,
    '',
  );
  lines.push('Requests in each run (errors / non-2xx):', '');
  for (const run of [small, large]) {
    const cells = run.views.map((v) => {
      const r = run.results.get(v.key);
      return r ? `${v.key} ${r.requests} (${r.errors}/${r.non2xx})` : `${v.key} —`;
    });
    lines.push(`- ${run.tickets.toLocaleString('en')} tickets: ${cells.join(', ')}`);
  }
  lines.push('', 'The URLs (chosen from each database\'s own data):', '');
  for (const run of [small, large]) {
    lines.push(`- ${run.tickets.toLocaleString('en')} tickets: ${run.views.map((v) => `\`${v.path}\``).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
