/**
 * npm run bench [-- --sizes 10000,1000000 --duration 10 --connections 10 --skip-build --dist .next-bench]
 *
 * Seeds (or reuses) a database per size in data/bench/, builds the app into .next-bench, serves
 * each database with `next start`, signs in, and measures every ticket-list view with
 * autocannon; writes the table to bench/results/<date>.md and bench/results/latest.md.
 */
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { run } from '../scripts/lib/run';
import { exportMemory, measure } from './lib/measure';
import { report, type SizeRun } from './lib/report';
import { seededDatabase } from './lib/seeded';
import { startServer } from './lib/server';
import { signIn } from './lib/sign-in';
import { planViews } from './lib/views';

const ROOT = path.resolve(import.meta.dirname, '..');
const TIME_ZONE = 'Europe/Moscow';
const MANAGER = { email: 'manager@demo.test', password: 'demo-password' };
const TECHNICIAN = 'tech@demo.test';
const EXPORT_REQUESTS = 40;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,1000000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    'skip-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: '.next-bench' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.replaceAll('_', '')));
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const DIST = values.dist;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: DIST,
  AUTH_SECRET: 'bench-auth-secret-0123456789-abcdefghijklmnop',
  CRON_SECRET: 'bench-cron-secret-0123456789',
  APP_TIMEZONE: TIME_ZONE,
  DEFAULT_LOCALE: 'ru',
  RESEND_API_KEY: '', // nothing is sent while benchmarking
};

async function benchSize(tickets: number): Promise<SizeRun> {
  const db = await seededDatabase(tickets, env);
  console.log(`\n== ${tickets.toLocaleString('en')} tickets: ${db.file}${db.reused ? ' (reused)' : ` (seeded in ${db.seconds.toFixed(0)} s)`}`);
  const plan = planViews(db.file, TIME_ZONE, TECHNICIAN);
  const load = loadavg()[0];
  const server = await startServer({ ...env, DATABASE_URL: db.file });
  const results = new Map<string, Awaited<ReturnType<typeof measure>>>();
  let memory = null;
  try {
    const cookie = await signIn(server.baseURL, MANAGER.email, MANAGER.password);
    for (const view of plan.views) {
      const amount = view.kind === 'export' ? EXPORT_REQUESTS : undefined;
      const r = await measure(server.baseURL + view.path, cookie, { connections, duration, warmup, amount });
      results.set(view.key, r);
      console.log(`${view.key.padEnd(10)} ${r.rps.toFixed(1).padStart(7)} rps  p50 ${String(r.p50).padStart(5)} ms  p99 ${String(r.p99).padStart(5)} ms  (${r.requests} requests, ${r.errors} errors, ${r.non2xx} non-2xx)`);
    }
    if (plan.bigExport) {
      memory = await exportMemory(server.baseURL + plan.bigExport.path, cookie, server.pid);
      console.log(`export of ${memory.rows} rows: RSS ${memory.before.toFixed(0)} → peak ${memory.peak.toFixed(0)} MB in ${memory.seconds.toFixed(1)} s`);
    }
  } finally {
    await server.stop();
  }
  return { tickets, dbMb: statSync(db.file).size / 1_048_576, seedSeconds: db.reused ? null : db.seconds, results, views: plan.views, memory, load: [load, loadavg()[0]] };
}

async function main() {
  const buildStarted = performance.now();
  if (!values['skip-build'] || !existsSync(path.join(ROOT, DIST))) {
    if ((await run('npx', ['next', 'build'], env)) !== 0) throw new Error('next build failed');
  }
  const build = values['skip-build'] ? 'Build reused.' : `Build: ${((performance.now() - buildStarted) / 1000).toFixed(0)} s.`;
  const runs: SizeRun[] = [];
  for (const size of sizes) runs.push(await benchSize(size));
  if (runs.length < 2) return;
  const date = new Date().toISOString().slice(0, 10);
  const text = report(runs[0], runs[runs.length - 1], { date, node: process.version, cpus: cpus().length, connections, duration, build });
  const dir = path.join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${date}.md`), text);
  writeFileSync(path.join(dir, 'latest.md'), text);
  console.log(`\n${text}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
