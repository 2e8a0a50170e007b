/**
 * npm run bench:compare [-- --against main --tickets 1000000 --views floor,default,ticket --duration 10 --rounds 3 --skip-build]
 *
 * This checkout's build against another revision's (issue 21: "the new build against today's
 * main build side by side in one run, both builds served, same databases"). The other revision is
 * checked out as a git worktree in data/bench/against/<commit> with its own `npm ci`, built once
 * and kept; both builds serve the same seeded database, and every view is measured on one and
 * then the other, alternating which goes first, so a slow minute of this shared machine weighs
 * on both. Reports requests per second, the server's CPU time per request, bytes on the wire (as
 * sent, and gzipped as a browser asks) and the ratios, to data/bench/results/<date>-compare-<commit>.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { run } from '../scripts/lib/run';
import { ensureTicketWithLines } from './lib/big-estimate';
import { measure, type Measured } from './lib/measure';
import { RESULTS_DIR } from './lib/results-dir';
import { DATA_DIR, seededDatabase } from './lib/seeded';
import { forgetSessions } from './lib/sessions';
import { startServer, type Server } from './lib/server';
import { signIn } from './lib/sign-in';
import { planViews, type View } from './lib/views';
import { BENCH_TIME_ZONE, benchEnv, MANAGER, TECHNICIAN } from './lib/bench-env';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = '.next-bench';
const DEFAULT_VIEWS = 'floor,dashboard,default,client,dates,status,assignee,combo,search,deep,ticket,cashMonth';

const { values } = parseArgs({
  options: {
    against: { type: 'string', default: 'main' },
    tickets: { type: 'string', default: '1000000' },
    views: { type: 'string', default: DEFAULT_VIEWS },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    /** Reuse this checkout's existing build (the other revision's is always reused once made). */
    'skip-build': { type: 'boolean', default: false },
  },
});

const env: NodeJS.ProcessEnv = {
  ...benchEnv(DIST),
  WORKERS: '1', // as npm run bench: one server process each
};

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

async function mustRun(what: string, command: string, args: string[], cwd: string) {
  if ((await run(command, args, env, cwd)) !== 0) throw new Error(`${what} failed (in ${path.relative(ROOT, cwd) || '.'})`);
}

/** The other revision checked out, installed and built; each step is skipped when already done. */
async function referenceCheckout(rev: string): Promise<{ dir: string; commit: string; newerMigrations: string[] }> {
  const commit = git(ROOT, 'rev-parse', '--verify', `${rev}^{commit}`);
  const dir = path.join(DATA_DIR, 'against', commit);
  if (!existsSync(dir)) {
    mkdirSync(path.dirname(dir), { recursive: true });
    git(ROOT, 'worktree', 'add', '--detach', dir, commit);
  }
  if (!existsSync(path.join(dir, 'node_modules'))) await mustRun('npm ci', 'npm', ['ci', '--no-audit', '--no-fund'], dir);
  if (!existsSync(path.join(dir, DIST, 'BUILD_ID'))) await mustRun('next build', 'npx', ['next', 'build'], dir);
  return { dir, commit, newerMigrations: newerMigrations(rev, commit, dir) };
}

/**
 * Both builds serve one database, migrated by this checkout. An older revision whose migrations
 * are the first of ours reads it fine (what came later only adds tables and indexes, and its
 * migrator finds nothing of its own left to apply): those later migrations are named in the
 * report, since they may speed the older build up. Any other difference is refused.
 */
function newerMigrations(rev: string, commit: string, dir: string): string[] {
  const migrations = (d: string) => readdirSync(path.join(d, 'db', 'migrations')).filter((f) => f.endsWith('.sql')).sort();
  const theirs = migrations(dir);
  const ours = migrations(ROOT);
  if (theirs.some((file, i) => ours[i] !== file)) throw new Error(`${rev} (${commit.slice(0, 7)}) has migrations this checkout does not: compare builds of one schema, or an older one`);
  return ours.slice(theirs.length);
}

/** `cpuMs`: the least CPU time per request the server spent in any round of a view, as the best round counts for requests per second. */
type Side = { name: string; server: Server; cookie: string; results: Map<string, Measured>; cpuMs: Map<string, number>; bytes: Map<string, { raw: number; gzip: number }> };

async function serve(name: string, cwd: string, file: string): Promise<Side> {
  const server = await startServer({ ...env, DATABASE_URL: file }, cwd);
  const cookie = await signIn(server.baseURL, MANAGER.email, MANAGER.password);
  return { name, server, cookie, results: new Map(), cpuMs: new Map(), bytes: new Map() };
}

async function pageBytes(side: Side, url: string): Promise<{ raw: number; gzip: number }> {
  const response = await fetch(side.server.baseURL + url, { headers: { cookie: side.cookie, 'accept-language': 'ru' } });
  if (!response.ok) throw new Error(`${side.name} answered ${response.status} to ${url}`);
  const body = Buffer.from(await response.arrayBuffer());
  return { raw: body.length, gzip: gzipSync(body).length };
}

function report(views: View[], reference: Side, current: Side, meta: { rev: string; commit: string; head: string; tickets: number; rounds: number; duration: number; connections: number; newerMigrations: string[] }): string {
  const kb = (n: number) => (n / 1024).toFixed(0);
  const against = meta.commit.startsWith(meta.rev) ? meta.rev : `${meta.rev} (${meta.commit.slice(0, 7)})`;
  const lines = [
    `# This build against ${against}, ${new Date().toISOString().slice(0, 10)}`,
    '',
    `This checkout (${meta.head}) and ${against}, each built and served by \`npm start\` (WORKERS=1) on the same database of ${meta.tickets.toLocaleString('en')} tickets, signed in as the demo manager. Each view: autocannon, ${meta.connections} connections, ${meta.duration} s, ${meta.rounds} rounds alternating which build goes first; the best round of each counts. CPU: the server's CPU time per request (its process tree, from /proc), the least of the rounds; a second measure of what a request costs, whatever share of the cores the server got while the load generator and the machine's neighbours took theirs (it varies between rounds too, by 10 to 25 % here). Bytes: one response as sent (uncompressed), and gzipped. ${cpus().length} cores, Node ${process.version}; the load generator shares the cores.`,
    ...(meta.newerMigrations.length ? ['', `The database has this checkout's schema: ${against} serves it without knowing ${meta.newerMigrations.map((f) => f.replace(/\.sql$/, '')).join(', ')} (later tables it does not read, and indexes its queries may use).`] : []),
    '',
    `| view | ${meta.rev} rps | this rps | × | ${meta.rev} CPU ms | this CPU ms | CPU ÷ | ${meta.rev} KB | this KB | bytes × | ${meta.rev} KB gzip | this KB gzip |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const view of views) {
    const a = reference.results.get(view.key);
    const b = current.results.get(view.key);
    const ab = reference.bytes.get(view.key);
    const bb = current.bytes.get(view.key);
    const ac = reference.cpuMs.get(view.key);
    const bc = current.cpuMs.get(view.key);
    if (!a || !b || !ab || !bb || ac === undefined || bc === undefined) continue;
    lines.push(
      `| ${view.label} | ${a.rps.toFixed(1)} | ${b.rps.toFixed(1)} | ${(b.rps / a.rps).toFixed(2)} | ${ac.toFixed(1)} | ${bc.toFixed(1)} | ${(ac / bc).toFixed(2)} | ${kb(ab.raw)} | ${kb(bb.raw)} | ${(bb.raw / ab.raw).toFixed(2)} | ${kb(ab.gzip)} | ${kb(bb.gzip)} |`,
    );
  }
  const failed = [reference, current].flatMap((side) => [...side.results].filter(([, r]) => r.errors + r.non2xx > 0).map(([key, r]) => `${side.name} ${key}: ${r.errors} errors, ${r.non2xx} non-2xx`));
  lines.push('', failed.length ? `Errors: ${failed.join('; ')}.` : 'No errors or non-2xx answers.', '');
  return lines.join('\n');
}

async function main() {
  const tickets = Number(values.tickets.replaceAll('_', ''));
  const wanted = new Set(values.views.split(','));
  const rounds = Math.max(1, Number(values.rounds));
  const opts = { connections: Number(values.connections), duration: Number(values.duration) };
  const reference = await referenceCheckout(values.against);
  if (!values['skip-build'] || !existsSync(path.join(ROOT, DIST, 'BUILD_ID'))) await mustRun('next build', 'npx', ['next', 'build'], ROOT);
  const db = await seededDatabase(tickets, env);
  const views = planViews(db.file, BENCH_TIME_ZONE, TECHNICIAN, ensureTicketWithLines(db.file)).views.filter((v) => wanted.has(v.key) && v.kind !== 'export');
  forgetSessions(db.file); // the floor (/profile) lists the manager's sessions: start from none
  const sides: Side[] = [];
  try {
    sides.push(await serve(values.against, reference.dir, db.file), await serve('this', ROOT, db.file));
    for (const view of views) {
      for (const side of sides) side.bytes.set(view.key, await pageBytes(side, view.path));
      for (let round = 0; round < rounds; round++) {
        for (const side of round % 2 ? [...sides].reverse() : sides) {
          const r = await measure(side.server.baseURL + view.path, side.cookie, { ...opts, warmup: round === 0 ? Number(values.warmup) : 0, serverPid: side.server.pid });
          if (!side.results.has(view.key) || r.rps > side.results.get(view.key)!.rps) side.results.set(view.key, r);
          if (r.cpuMs !== undefined && r.cpuMs < (side.cpuMs.get(view.key) ?? Infinity)) side.cpuMs.set(view.key, r.cpuMs);
          console.log(`${view.key.padEnd(10)} ${side.name.padEnd(12)} ${r.rps.toFixed(1).padStart(7)} rps  p50 ${String(r.p50).padStart(5)} ms  cpu ${r.cpuMs?.toFixed(2) ?? '?'} ms/request  (${r.errors} errors, ${r.non2xx} non-2xx)`);
        }
      }
    }
  } finally {
    for (const side of sides) await side.server.stop();
  }
  const head = git(ROOT, 'rev-parse', '--short', 'HEAD') + (git(ROOT, 'status', '--porcelain') ? ', with uncommitted changes' : '');
  const text = report(views, sides[0], sides[1], { rev: values.against, commit: reference.commit, head, tickets, rounds, ...opts, newerMigrations: reference.newerMigrations });
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${new Date().toISOString().slice(0, 10)}-compare-${reference.commit.slice(0, 7)}.md`);
  writeFileSync(file, text);
  console.log(`\n${text}\nSaved in ${path.relative(ROOT, file)}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
