/**
 * `npm start`: the production server. It checks every setting and applies pending migrations
 * before it listens, so a bad setting stops it with the list of what is wrong instead of a
 * server that answers 500. Each request is stamped with the caller's address read from the
 * socket (or from the trusted proxies' X-Forwarded-For entries, TRUSTED_PROXY_HOPS), for the
 * public look-up's per-address limit: a client cannot choose its own address. A path whose
 * percent-encoding does not decode gets the app's "page not found" instead of Next's bare 500.
 * Answers are compressed as COMPRESSION says (scripts/lib/compress.ts).
 *
 * It serves with WORKERS processes on the one port (default: one per core), all on the same
 * SQLite file: the first process checks, migrates and starts the others (node:cluster), and starts
 * a new one when one dies; when they are as many as the cores, they run without V8's own threads
 * (scripts/lib/worker-flags.ts). WORKERS=1 serves from the first process itself. Beside them runs
 * one background process (scripts/background.ts: the dashboard's 30-day figures). Everything
 * stops with the first process.
 *
 *   npm start [-- -p PORT] [-H HOST]      (PORT and HOSTNAME are read too; default 3000, all interfaces)
 */
import './lib/load-env';
import { spawn, type ChildProcess } from 'node:child_process';
import cluster, { type Worker } from 'node:cluster';
import { createServer, type IncomingMessage } from 'node:http';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import next from 'next';
import { openDatabase, runMigrations } from '@/db/connection';
import { isPostgresUrl, openPostgres, runPostgresMigrations } from '@/db/pg/connection';
import { env, EnvError } from '@/lib/env';
import { CLIENT_ADDRESS_HEADER, clientAddressFrom, SERVER_MARK } from '@/lib/security/client-address';
import { hasMalformedPath, MALFORMED_URL_PATH } from '@/lib/security/malformed-url';
import { SERVER_STARTED_AT } from '@/lib/server-process';
import { withCompression } from './lib/compress';
import { workerExecArgv } from './lib/worker-flags';

Object.assign(process.env, { NODE_ENV: 'production', [SERVER_MARK]: '1' });

const { values: args } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  allowPositionals: false,
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname ?? process.env.HOSTNAME;

function settingsOrExit() {
  try {
    return env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`Service Desk CRM did not start.\n${error.message}`);
    process.exit(1);
  }
}

const settings = settingsOrExit();
const workers = settings.WORKERS ?? availableParallelism();

function stampClientAddress(request: IncomingMessage) {
  const forwarded = request.headers['x-forwarded-for'];
  const address = clientAddressFrom(request.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(',') : forwarded, settings.TRUSTED_PROXY_HOPS);
  request.headers[CLIENT_ADDRESS_HEADER] = address;
}

/** Next's server on the port; in a worker process the port is shared through the first process. */
async function serve(): Promise<() => Promise<void>> {
  const app = next({ dev: false, dir: process.cwd(), port, hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer(
    withCompression(settings.COMPRESSION, (request, response) => {
      stampClientAddress(request);
      if (hasMalformedPath(request.url ?? '/')) request.url = MALFORMED_URL_PATH;
      void handle(request, response);
    }),
  );
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

// Its own process, so its second of work every half minute never holds up a page. The IPC channel
// lets it notice the first process's end, even an abrupt one.
function startBackground(): ChildProcess {
  const background = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/background.ts'], {
    env: process.env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  background.unref();
  return background;
}

/** A worker that dies is replaced, unless the server is stopping or workers keep dying at once. */
function superviseWorkers(count: number, stopping: () => boolean) {
  const recentDeaths: number[] = [];
  cluster.setupPrimary({ execArgv: workerExecArgv(process.execArgv, count, availableParallelism()) });
  const fork = () => cluster.fork();
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping()) return;
    const now = Date.now();
    recentDeaths.push(now);
    while (recentDeaths.length && recentDeaths[0] < now - 60_000) recentDeaths.shift();
    console.error(JSON.stringify({ event: 'worker_exited', pid: worker.process.pid, code, signal, replaced: recentDeaths.length <= count * 5 }));
    // A worker that cannot start (a broken build) would otherwise be restarted forever.
    if (recentDeaths.length > count * 5) {
      console.error('Service Desk CRM stopped: its worker processes keep exiting.');
      process.exit(1);
    }
    fork();
  });
  for (let i = 0; i < count; i++) fork();
}

if (cluster.isPrimary) {
  if (isPostgresUrl(settings.DATABASE_URL)) {
    const database = openPostgres(settings.DATABASE_URL, 2);
    await runPostgresMigrations(database);
    await database.$client.end();
  } else {
    const database = openDatabase(settings.DATABASE_URL);
    runMigrations(database);
    database.$client.close();
  }
  process.env[SERVER_STARTED_AT] = String(Date.now());
  const background = startBackground();
  let stopping = false;
  let closeServer: (() => Promise<void>) | undefined;
  if (workers === 1) {
    closeServer = await serve();
  } else {
    superviseWorkers(workers, () => stopping);
    await new Promise<void>((resolve) => cluster.on('listening', () => resolve()));
  }
  console.log(`Service Desk CRM is listening on ${hostname ?? '0.0.0.0'}:${port} (${settings.APP_URL}), ${workers} worker process${workers === 1 ? '' : 'es'}`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, async () => {
      stopping = true;
      background.kill();
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
      await closeServer?.();
      process.exit(0);
    });
  }
} else {
  // The first process ended without stopping us (it was killed): end too. Listened for before the
  // few seconds of starting, and checked after them, as in scripts/background.ts.
  process.on('disconnect', () => process.exit(0));
  const close = await serve();
  if (!process.connected) process.exit(0);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void close().then(() => process.exit(0)));
  }
}
