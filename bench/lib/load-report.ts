/** The load test's result as markdown: the verdict first (errors must be 0), then latencies. */
import type { Role } from '../../lib/domain/enums';
import type { CpuUse } from './load-cpu';
import type { WriteCheck } from './load-verify';
import { MIX } from './load-worker';
import { ERROR_KINDS, OPERATIONS, summarize, type Sample, type Summary } from './load-stats';

export type LoadRun = {
  date: string;
  node: string;
  cpus: number;
  build: string;
  tickets: number;
  dbMb: number;
  walMbAfter: number;
  copySeconds: number;
  duration: number;
  seconds: number;
  workers: number;
  /** The server's worker processes (WORKERS). */
  serverProcesses: number;
  /** Which round of the invocation (from 1): each WORKERS value is measured once a round. */
  round: number;
  sessionsByRole: Record<Role, number>;
  workersWithoutTickets: number;
  ownTickets: number;
  load: { before: number; mean: number; max: number; after: number };
  /** CPU seconds used during the measured window. */
  cpu: CpuUse;
  writes: WriteCheck;
  rssMb: number;
  samples: Sample[];
  /** Not in the figures, but an error there fails the run like any other. */
  warmupSamples: Sample[];
  warmupSeconds: number;
  serverLog: string;
};

const int = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(1) : int(n));
const percentOfCore = (cpuSeconds: number, seconds: number) => `${((100 * cpuSeconds) / seconds).toFixed(0)} %`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function latencyRow(name: string, s: Summary, total: number): string {
  const share = total > 0 ? `${((100 * s.count) / total).toFixed(1)} %` : '–';
  return row([name, int(s.count), share, s.errors, s.rps.toFixed(1), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)]);
}

function sessionsLine(run: LoadRun): string {
  const { admin, manager, technician } = run.sessionsByRole;
  const distinct = admin + manager + technician;
  const who = `${distinct} distinct employees signed in (${admin} admins, ${manager} managers, ${technician} technicians)`;
  if (distinct >= run.workers) return `${who}, one session per worker.`;
  return `${who}, **shared round-robin by ${run.workers} workers**: the database has only ${distinct} active employees, so up to ${Math.ceil(run.workers / distinct)} workers use one session at once.`;
}

function writesLine(w: WriteCheck): string {
  const counts = `${int(w.statusAcknowledged)} status changes and ${int(w.commentAcknowledged)} comments acknowledged (warm-up included); ${int(w.statusRows)} and ${int(w.commentRows)} new rows in ticket_events`;
  return w.ok ? `${counts}: they match.` : `${counts}: **MISMATCH** (a write counted as failed may have landed, or an acknowledged one is missing).`;
}

/** Lines of the server's log that look like trouble even when every answer was fine (a failed background send, say). */
function logLine(log: string): string {
  const trouble = log.split('\n').filter((l) => /error|exception|⨯|SQLITE_/i.test(l));
  if (trouble.length === 0) return 'no line in what the bench keeps of it (the last 20 kB) mentions an error.';
  return `**${trouble.length} lines mention an error**: ${trouble.slice(0, 5).map((l) => `\`${l.trim().slice(0, 160)}\``).join('; ')}.`;
}

function errorSection(run: LoadRun): string[] {
  const failed = [...run.warmupSamples, ...run.samples].filter((s) => s.failure);
  if (failed.length === 0) return [];
  const byKind = ERROR_KINDS.map((k) => [k, failed.filter((s) => s.failure?.kind === k).length] as const).filter(([, n]) => n > 0);
  return [
    '## Errors',
    '',
    row(['kind', 'count']),
    row(['---', '---:']),
    ...byKind.map(([k, n]) => row([k, n])),
    '',
    'First ten:',
    '',
    ...failed.slice(0, 10).map((s) => `- ${s.op} \`${s.path}\`: ${s.failure?.kind}: ${s.failure?.detail}`),
    '',
    'End of the server log:',
    '',
    '```',
    run.serverLog.trim().split('\n').slice(-60).join('\n'),
    '```',
    '',
  ];
}

function verdictLine(run: LoadRun, all: Summary): string {
  const warm = summarize(run.warmupSamples, run.warmupSeconds);
  const errors = all.errors + warm.errors;
  const counted = `${int(all.count)} measured requests (and ${int(warm.count)} in the ${run.warmupSeconds} s warm-up before them${warm.errors ? `, ${warm.errors} of them failed` : ''})`;
  const verdict = [
    errors === 0 ? `**0 errors** in ${counted}` : `**FAILED: ${errors} errors** in ${counted}`,
    ...(run.writes.ok ? [] : ['**FAILED: the writes check**']),
  ].join(', ');
  return `${verdict}; ${all.rps.toFixed(1)} requests/s over ${run.seconds.toFixed(1)} s; p99 ${ms(all.p99)} ms overall.`;
}

function contextLines(run: LoadRun): string[] {
  const mix = OPERATIONS.map((op) => `${op} ${MIX[op]} %`).join(', ');
  const perWorker = Math.round(run.ownTickets / Math.max(1, run.workers));
  const without = run.workersWithoutTickets ? `; ${run.workersWithoutTickets} workers had none and read instead` : '';
  const { server, generator } = run.cpu;
  return [
    `- **Sessions:** ${sessionsLine(run)}`,
    `- **Workload:** each worker loops without think time, one request in flight, picking by weight: ${mix}. Lists vary (default order, a status filter, an assignee filter, a search, the next page of the last list seen); half the detail views open one of the worker's own tickets, half a random one of the whole table. Writes go through the ticket page's own forms, posted as a browser without JavaScript posts them.`,
    `- **Writes:** each worker moves and comments only on its own ${perWorker} or so open tickets (${int(run.ownTickets)} in all, disjoint between workers; technicians' workers on tickets assigned to them)${without}.`,
    `- **Writes check:** ${writesLine(run.writes)}`,
    `- **Database:** a scratch copy (${int(run.dbMb)} MB, copied in ${run.copySeconds.toFixed(0)} s) of the seeded file, deleted afterwards; its WAL reached ${run.walMbAfter.toFixed(1)} MB.`,
    `- **Server log:** ${logLine(run.serverLog)}`,
    `- **Machine:** load average (1 min) ${run.load.before.toFixed(2)} before, ${run.load.mean.toFixed(2)} mean and ${run.load.max.toFixed(2)} peak during, ${run.load.after.toFixed(2)} after. While measured, the server process used ${percentOfCore(server, run.seconds)} of one core and the load generator ${percentOfCore(generator, run.seconds)}; the server's JavaScript (rendering, and the synchronous SQLite calls) runs on one thread, so near 100 % the server is the bottleneck. Server RSS ${int(run.rssMb)} MB at the end.`,
  ];
}

function variantTable(run: LoadRun): string[] {
  const keys = [...new Set(run.samples.map((s) => `${s.op}\u0000${s.variant}`))].sort();
  return [
    row(['operation', 'variant', 'requests', 'errors', 'p50 ms', 'p95 ms', 'p99 ms']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:']),
    ...keys.map((key) => {
      const [op, variant] = key.split('\u0000');
      const s = summarize(run.samples.filter((x) => x.op === op && x.variant === variant), run.seconds);
      return row([op, variant, int(s.count), s.errors, ms(s.p50), ms(s.p95), ms(s.p99)]);
    }),
  ];
}

export function loadReport(run: LoadRun): string {
  const all = summarize(run.samples, run.seconds);
  return [
    `# Load test: ${run.workers} signed-in staff for ${run.duration} s at ${int(run.tickets)} tickets, WORKERS=${run.serverProcesses}`,
    '',
    `${run.date}, Node ${run.node}, ${run.cpus} CPUs; the load generator runs on the same machine as the server. ${run.build}`,
    '',
    verdictLine(run, all),
    '',
    ...contextLines(run),
    '',
    row(['operation', 'requests', 'share', 'errors', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...OPERATIONS.map((op) => latencyRow(op, summarize(run.samples.filter((s) => s.op === op), run.seconds), all.count)),
    latencyRow('**all**', all, all.count),
    '',
    'Latency is from sending the request to the last byte of the answer. A status change or comment is one POST whose answer is the re-rendered ticket page. The first time a worker writes to one of its tickets it opens the page, and that GET counts as a detail view: hence detail\'s share above its weight.',
    '',
    '## By variant',
    '',
    ...variantTable(run),
    '',
    ...errorSection(run),
  ].join('\n');
}

/**
 * Each WORKERS value's best round by requests per second, in the order the values were asked for,
 * with its ratio to the first value's best: a minute in which the machine's neighbours were busy
 * weighs on one round, not on the comparison (bench:compare counts the best round too).
 */
export function bestRounds(runs: LoadRun[]): { run: LoadRun; all: Summary; ratio: number }[] {
  const best = new Map<number, { run: LoadRun; all: Summary }>();
  for (const run of runs) {
    const all = summarize(run.samples, run.seconds);
    const kept = best.get(run.serverProcesses);
    if (!kept || all.rps > kept.all.rps) best.set(run.serverProcesses, { run, all });
  }
  const ordered = [...best.values()];
  return ordered.map((b) => ({ ...b, ratio: b.all.rps / ordered[0].all.rps }));
}

/** Several runs of one invocation (WORKERS=1, then 2, …, in rounds) side by side, then each run's own report. */
export function loadReports(runs: LoadRun[]): string {
  if (runs.length === 1) return loadReport(runs[0]);
  const summaries = runs.map((run) => ({ run, all: summarize(run.samples, run.seconds), warm: summarize(run.warmupSamples, run.warmupSeconds) }));
  const first = summaries[0];
  const rounds = Math.max(...runs.map((r) => r.round));
  const values = [...new Set(runs.map((r) => r.serverProcesses))];
  const best = bestRounds(runs);
  const bestTable =
    rounds > 1
      ? [
          `Best round of each (${rounds} rounds, the order of WORKERS values alternating from round to round):`,
          '',
          row(['WORKERS', 'requests/s', `× WORKERS=${best[0].run.serverProcesses}`, 'round', 'p99 ms']),
          row(['---:', '---:', '---:', '---:', '---:']),
          ...best.map(({ run, all, ratio }) => row([String(run.serverProcesses), all.rps.toFixed(1), ratio.toFixed(2), String(run.round), ms(all.p99)])),
          '',
          'Every round:',
          '',
        ]
      : [];
  return [
    `# Load test: ${first.run.workers} signed-in staff for ${first.run.duration} s at ${int(first.run.tickets)} tickets, WORKERS ${values.join(' and ')}`,
    '',
    `${first.run.date}, Node ${first.run.node}, ${first.run.cpus} CPUs; the load generator runs on the same machine as the server. Each run on a fresh copy of the database.`,
    '',
    ...bestTable,
    row(['WORKERS', 'round', 'requests/s', `× WORKERS=${first.run.serverProcesses}${rounds > 1 ? ', round 1' : ''}`, 'p50 ms', 'p99 ms', 'errors', 'writes check', 'server CPU s', 'server RSS MB']),
    row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---', '---:', '---:']),
    ...summaries.map(({ run, all, warm }) =>
      row([
        String(run.serverProcesses),
        String(run.round),
        all.rps.toFixed(1),
        (all.rps / first.all.rps).toFixed(2),
        ms(all.p50),
        ms(all.p99),
        String(all.errors + warm.errors),
        run.writes.ok ? 'matches' : '**FAILED**',
        run.cpu.server.toFixed(1),
        run.rssMb.toFixed(0),
      ]),
    ),
    '',
    ...runs.flatMap((run) => ['---', '', loadReport(run).replace(/^# /, `## Round ${run.round}: `), '']),
  ].join('\n');
}
