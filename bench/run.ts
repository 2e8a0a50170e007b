/**
 * npm run bench [-- --sizes 10000,1000000 --duration 10 --connections 10 --rounds 3 --skip-build --dist .next-bench --views floor,ticket --engine postgres]
 *
 * --engine postgres: each seeded database is copied by `npm run db:copy` into a throw-away
 * PostgreSQL cluster (scripts/lib/postgres-cluster.ts) and served from there; the report says so
 * and goes to <date>-postgres.md.
 *
 * Seeds (or reuses) a database per size in data/bench/, builds the app into .next-bench, serves
 * each database as `npm start` does (scripts/start.ts), signs in, and measures every ticket-list view with
 * autocannon; writes the table to data/bench/results/<date>.md and latest.md (outside git: copy a
 * run worth keeping into bench/results/ by hand).
 */
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { run } from '../scripts/lib/run';
import { exportMemory, measure, type Measured, type MemoryRun } from './lib/measure';
import { report, type SizeRun } from './lib/report';
import { ensureTicketWithLines } from './lib/big-estimate';
import { seededDatabase } from './lib/seeded';
import { forgetSessions } from './lib/sessions';
import { startServer, type Server } from './lib/server';
import { signIn } from './lib/sign-in';
import { RESULTS_DIR } from './lib/results-dir';
import { planViews } from './lib/views';
import { BENCH_TIME_ZONE, benchEnv, MANAGER, TECHNICIAN } from './lib/bench-env';
import { startCluster, type Cluster } from '../scripts/lib/postgres-cluster';
import { copyDatabase } from '../scripts/db-copy';
import pg from 'pg';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXPORT_REQUESTS = 40;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,1000000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    /** Each view is measured this many times at each size, alternating; the best run counts. */
    rounds: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: '.next-bench' },
    /** Only these views (keys, e.g. floor,ticket): the report goes to <date>-<keys>.md, latest.md stays. */
    views: { type: 'string' },
    engine: { type: 'string', default: 'sqlite' },
  },
});
if (values.engine !== 'sqlite' && values.engine !== 'postgres') throw new Error('--engine is sqlite or postgres');
const POSTGRES = values.engine === 'postgres';
let cluster: Cluster | undefined;
const copySeconds: string[] = [];

/** The seeded file copied into a database of its own on the throw-away cluster. */
async function onPostgres(file: string, tickets: number): Promise<string> {
  cluster ??= await startCluster();
  const name = `bench_${tickets}`;
  const admin = new pg.Client(cluster.url());
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = cluster.url(name);
  const started = performance.now();
  await copyDatabase(file, url, (step, seconds) => {
    if (seconds >= 5) console.log(`  ${seconds.toFixed(0).padStart(4)} s  ${step}`);
  });
  const seconds = (performance.now() - started) / 1000;
  copySeconds.push(`${tickets.toLocaleString('en')} tickets in ${seconds.toFixed(0)} s`);
  console.log(`copied to PostgreSQL in ${seconds.toFixed(0)} s`);
  return url;
}
const ONLY = values.views ? new Set(values.views.split(',')) : null;
const sizes = values.sizes.split(',').map((s) => Number(s.replaceAll('_', '')));
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const DIST = values.dist;
const ROUNDS = Math.max(1, Number(values.rounds));

const env: NodeJS.ProcessEnv = {
  ...benchEnv(DIST),
  // One server process, as every earlier run here: ratios to the floor and runs stay comparable (bench:load measures WORKERS).
  WORKERS: '1',
};

type Prepared = { tickets: number; file: string; seedSeconds: number | null; plan: ReturnType<typeof planViews>; server: Server; cookie: string };

async function prepare(tickets: number): Promise<Prepared> {
  const db = await seededDatabase(tickets, env);
  console.log(`${tickets.toLocaleString('en')} tickets: ${db.file}${db.reused ? ' (reused)' : ` (seeded in ${db.seconds.toFixed(0)} s)`}`);
  const bigTicket = ensureTicketWithLines(db.file);
  forgetSessions(db.file);
  const server = await startServer({ ...env, DATABASE_URL: POSTGRES ? await onPostgres(db.file, tickets) : db.file });
  const cookie = await signIn(server.baseURL, MANAGER.email, MANAGER.password);
  return { tickets, file: db.file, seedSeconds: db.reused ? null : db.seconds, plan: planViews(db.file, BENCH_TIME_ZONE, TECHNICIAN, bigTicket), server, cookie };
}

/**
 * Both servers run side by side (one idle while the other is measured), and each view is
 * measured at every size back to back: a slower minute on this shared machine then weighs on
 * both sizes of a pair rather than on one size's whole run. The rounds go round the views (every
 * view's first round, then every view's second, …), so the floor's best round and a view's best
 * come from the same stretch of the run rather than from its first and its last minutes.
 */
async function measureAll(sizes: Prepared[]): Promise<SizeRun[]> {
  const results = sizes.map(() => new Map<string, Measured>());
  const loads = sizes.map(() => [] as number[]);
  // Every view once before the first measured round: the first round measured on a cold server (the
  // floor's, which every ratio divides by) was the slowest of every run, its JIT still warming.
  for (const view of sizes[0].plan.views.filter((v) => v.kind !== 'export' && (!ONLY || ONLY.has(v.key)))) {
    for (const size of sizes) {
      const mine = size.plan.views.find((v) => v.key === view.key);
      if (mine) await measure(size.server.baseURL + mine.path, size.cookie, { connections, duration: warmup, warmup: 0 });
    }
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const view of sizes[0].plan.views.filter((v) => !ONLY || ONLY.has(v.key))) {
      for (const [i, size] of sizes.entries()) {
        const mine = size.plan.views.find((v) => v.key === view.key);
        if (!mine) continue;
        loads[i].push(loadavg()[0]);
        const amount = view.kind === 'export' ? EXPORT_REQUESTS : undefined;
        const r = await measure(size.server.baseURL + mine.path, size.cookie, { connections, duration, warmup: round === 0 ? warmup : 0, amount });
        const best = results[i].get(view.key);
        if (!best || r.rps > best.rps) results[i].set(view.key, r);
        console.log(`${view.key.padEnd(10)} ${size.tickets.toLocaleString('en').padStart(9)}  ${r.rps.toFixed(1).padStart(7)} rps  p50 ${String(r.p50).padStart(5)} ms  p99 ${String(r.p99).padStart(5)} ms  (${r.requests} requests, ${r.errors} errors, ${r.non2xx} non-2xx)`);
      }
    }
  }
  return Promise.all(
    sizes.map(async (size, i) => {
      let memory: MemoryRun | null = null;
      if (size.plan.bigExport && (!ONLY || ONLY.has('bigExport'))) {
        memory = await exportMemory(size.server.baseURL + size.plan.bigExport.path, size.cookie, size.server.pid);
        console.log(`export of ${memory.rows} rows: RSS ${memory.before.toFixed(0)} → peak ${memory.peak.toFixed(0)} MB in ${memory.seconds.toFixed(1)} s`);
      }
      const load: [number, number] = [Math.min(...loads[i]), Math.max(...loads[i])];
      const views = size.plan.views.filter((v) => !ONLY || ONLY.has(v.key));
      return { tickets: size.tickets, dbMb: statSync(size.file).size / 1_048_576, seedSeconds: size.seedSeconds, results: results[i], views, memory, load };
    }),
  );
}

async function main() {
  const buildStarted = performance.now();
  if (!values['skip-build'] || !existsSync(path.join(ROOT, DIST))) {
    if ((await run('npx', ['next', 'build'], env)) !== 0) throw new Error('next build failed');
  }
  const build = values['skip-build'] ? 'Build reused.' : `Build: ${((performance.now() - buildStarted) / 1000).toFixed(0)} s.`;
  const prepared: Prepared[] = [];
  let runs: SizeRun[];
  try {
    for (const size of sizes) prepared.push(await prepare(size));
    runs = await measureAll(prepared);
  } finally {
    for (const p of prepared) await p.server.stop();
    cluster?.stop();
  }
  if (runs.length < 2) return;
  const date = new Date().toISOString().slice(0, 10);
  const engine = POSTGRES
    ? `Engine: PostgreSQL (a throw-away cluster on this machine, fsync off), each database copied from the seeded SQLite file by \`npm run db:copy\` (${copySeconds.join(', ')}).`
    : 'Engine: SQLite.';
  const text = report(runs[0], runs[runs.length - 1], { date, node: process.version, cpus: cpus().length, connections, duration, rounds: ROUNDS, build: `${build} ${engine}` });
  const dir = RESULTS_DIR;
  mkdirSync(dir, { recursive: true });
  if (ONLY || POSTGRES) {
    writeFileSync(path.join(dir, `${date}-${[...(ONLY ?? []), ...(POSTGRES ? ['postgres'] : [])].join('-')}.md`), text);
  } else {
    writeFileSync(path.join(dir, `${date}.md`), text);
    writeFileSync(path.join(dir, 'latest.md'), text);
  }
  console.log(`\n${text}\nSaved in ${path.relative(ROOT, dir)}/.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
