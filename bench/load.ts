/**
 * npm run bench:load [-- --duration 60 --warmup 5 --users 50 --tickets 1000000 --workers 1,2 --rounds 2 --skip-build --dist .next-bench]
 *
 * Issue #10's load test: `users` signed-in staff at once for `duration` seconds against a copy
 * of the seeded database, each looping over lists, ticket pages, status changes and comments;
 * once per WORKERS value and round (issue 21: one server process, then two, then two and one),
 * each on a fresh copy. The report compares each value's best round.
 * Prints the report, and saves it to data/bench/results/load-<date>.md and load-latest.md when run with
 * the issue's figures; exits non-zero if any request failed.
 */
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '../db/seed/demo-accounts';
import { run } from '../scripts/lib/run';
import type { Role } from '../lib/domain/enums';
import { cpuMeter, type CpuUse } from './lib/load-cpu';
import { planLoad, type LoadPlan } from './lib/load-plan';
import { loadReports, type LoadRun } from './lib/load-report';
import { letStaffSignInWithDemoPassword, scratchCopy, sizeOf, type Scratch } from './lib/load-scratch';
import { Recorder } from './lib/load-stats';
import { checkWrites, lastEventId } from './lib/load-verify';
import { SimulatedUser } from './lib/load-worker';
import { RESULTS_DIR } from './lib/results-dir';
import { seededDatabase } from './lib/seeded';
import { startServer, treeRssMb, type Server } from './lib/server';
import { signIn } from './lib/sign-in';
import { benchEnv } from './lib/bench-env';

const ROOT = path.resolve(import.meta.dirname, '..');
const MB = 1_048_576;
/** Issue #10: 50 concurrent signed-in staff for 60 s at 1,000,000 tickets. */
const ISSUE = { users: 50, duration: 60, tickets: 1_000_000 };

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: String(ISSUE.duration) },
    /** Seconds of the same load before the measured window: a fresh server compiles and fills caches first. */
    warmup: { type: 'string', default: '5' },
    users: { type: 'string', default: String(ISSUE.users) },
    /** The server's process counts to measure (WORKERS), one run each a round. */
    workers: { type: 'string', default: '1,2' },
    /** Each WORKERS value once a round, the order reversed every other round, as bench:compare does. */
    rounds: { type: 'string', default: '2' },
    tickets: { type: 'string', default: String(ISSUE.tickets) },
    'skip-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: '.next-bench' },
  },
});
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const users = Number(values.users);
const tickets = Number(values.tickets.replaceAll('_', ''));
const serverProcesses = values.workers.split(',').map(Number);
if (serverProcesses.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--workers: whole numbers from 1, comma-separated (got ${values.workers})`);
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: a whole number from 1 (got ${values.rounds})`);

const env = benchEnv(values.dist);

async function build(): Promise<string> {
  if (values['skip-build'] && existsSync(path.join(ROOT, values.dist))) return 'Build reused.';
  const started = performance.now();
  if ((await run('npx', ['next', 'build'], env)) !== 0) throw new Error('next build failed');
  return `Build: ${((performance.now() - started) / 1000).toFixed(0)} s.`;
}

/** One session per distinct employee; the seed gives every employee the demo password. */
async function signInAll(server: Server, plan: LoadPlan): Promise<Map<number, string>> {
  const cookies = new Map<number, string>();
  for (const e of plan.employees) cookies.set(e.id, await signIn(server.baseURL, e.email, DEMO_PASSWORD));
  return cookies;
}

/** The 1-minute load average now (what else the machine does), then each second of the measured window. */
function loadSampler(measureFrom: number) {
  const before = loadavg()[0];
  const seen: number[] = [];
  const timer = setInterval(() => performance.now() >= measureFrom && seen.push(loadavg()[0]), 1000);
  return () => {
    clearInterval(timer);
    const after = loadavg()[0];
    const all = seen.length > 0 ? seen : [after];
    return { before, mean: all.reduce((a, b) => a + b, 0) / all.length, max: Math.max(...all), after };
  };
}

async function drive(server: Server, plan: LoadPlan) {
  const cookies = await signInAll(server, plan);
  console.log(`${cookies.size} sessions for ${plan.workers.length} workers; ${warmup} s warm-up, then ${duration} s measured…`);
  const recorders = { warmup: new Recorder(), measured: new Recorder() };
  const measureFrom = performance.now() + warmup * 1000;
  const deadline = measureFrom + duration * 1000;
  const stopSampling = loadSampler(measureFrom);
  const meter: { stop?: () => CpuUse } = {};
  const startMeter = setTimeout(() => (meter.stop = cpuMeter(server.pid)), warmup * 1000);
  await Promise.all(
    plan.workers.map((w) => {
      const session = { baseURL: server.baseURL, cookie: cookies.get(w.employee.id)! };
      return new SimulatedUser(w, { session, plan, ...recorders, measureFrom, deadline }).run();
    }),
  );
  clearTimeout(startMeter);
  const cpu = meter.stop?.() ?? { server: NaN, generator: NaN };
  // Requests still in flight at the deadline finish and count: the window is until the last one.
  return { ...recorders, seconds: (performance.now() - measureFrom) / 1000, load: stopSampling(), cpu, rssMb: treeRssMb(server.pid) };
}

/** Runs the load against a server on the scratch copy and gathers everything the report shows. */
async function measureOn(scratch: Scratch, buildNote: string, running: { server?: Server }, processes: number, round: number): Promise<LoadRun> {
  const plan = planLoad(scratch.file, users);
  letStaffSignInWithDemoPassword(scratch.file, plan.employees.map((e) => e.id));
  const dbMb = sizeOf(scratch.file) / MB;
  const eventsBefore = lastEventId(scratch.file);
  const server = (running.server = await startServer({ ...env, DATABASE_URL: scratch.file, WORKERS: String(processes) }));
  let result: Awaited<ReturnType<typeof drive>>;
  try {
    result = await drive(server, plan);
  } finally {
    await server.stop();
  }
  const sessionsByRole: Record<Role, number> = { admin: 0, manager: 0, technician: 0 };
  for (const e of plan.employees) sessionsByRole[e.role]++;
  return {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cpus: cpus().length,
    build: buildNote,
    tickets: plan.tickets,
    dbMb,
    walMbAfter: sizeOf(`${scratch.file}-wal`) / MB,
    copySeconds: scratch.seconds,
    duration,
    seconds: result.seconds,
    workers: plan.workers.length,
    serverProcesses: processes,
    round,
    sessionsByRole,
    workersWithoutTickets: plan.workers.filter((w) => w.tickets.length === 0).length,
    ownTickets: plan.workers.reduce((n, w) => n + w.tickets.length, 0),
    load: result.load,
    cpu: result.cpu,
    writes: checkWrites(scratch.file, eventsBefore, [...result.warmup.samples, ...result.measured.samples]),
    rssMb: result.rssMb,
    samples: result.measured.samples,
    warmupSamples: result.warmup.samples,
    warmupSeconds: warmup,
    serverLog: server.output(),
  };
}

/** Only the issue's own figures are saved: a quick try must not overwrite the result to quote. */
function save(text: string, date: string) {
  if (tickets !== ISSUE.tickets || users !== ISSUE.users || duration !== ISSUE.duration) {
    console.log(`(a trial run: saved only with the issue's ${ISSUE.users} users, ${ISSUE.duration} s, ${ISSUE.tickets.toLocaleString('en')} tickets)`);
    return;
  }
  const dir = RESULTS_DIR;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `load-${date}.md`), text);
  writeFileSync(path.join(dir, 'load-latest.md'), text);
}

async function main(): Promise<number> {
  const buildNote = await build();
  const seeded = await seededDatabase(tickets, env);
  const running: { server?: Server; scratch?: Scratch } = {};
  // Ctrl-C must leave neither a server (it runs in its own process group) nor a copy behind.
  const interrupt = async () => {
    await running.server?.stop();
    running.scratch?.remove();
    process.exit(130);
  };
  process.once('SIGINT', interrupt).once('SIGTERM', interrupt);
  const results: LoadRun[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const processes of round % 2 === 1 ? serverProcesses : [...serverProcesses].reverse()) {
      // The run writes: each run starts from the same seeded state.
      const scratch = (running.scratch = await scratchCopy(seeded.file));
      console.log(`${tickets.toLocaleString('en')} tickets: copied ${seeded.file} to ${scratch.file} in ${scratch.seconds.toFixed(0)} s; round ${round}, WORKERS=${processes}`);
      try {
        results.push(await measureOn(scratch, buildNote, running, processes, round));
      } finally {
        scratch.remove();
      }
    }
  }
  const text = loadReports(results);
  console.log(`\n${text}`);
  save(text, results[0].date);
  const failed = results.some((r) => [...r.samples, ...r.warmupSamples].some((s) => s.failure) || !r.writes.ok);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
