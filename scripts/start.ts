/**
 * `npm start`: the production server. It checks every setting and applies pending migrations
 * before it listens, so a bad setting stops it with the list of what is wrong instead of a
 * server that answers 500. Each request is stamped with the caller's address read from the
 * socket (or from the trusted proxies' X-Forwarded-For entries, TRUSTED_PROXY_HOPS), for the
 * public look-up's per-address limit: a client cannot choose its own address. A path whose
 * percent-encoding does not decode gets the app's "page not found" instead of Next's bare 500.
 * Beside the server runs its background process (scripts/background.ts: the dashboard's 30-day
 * figures), started after the migrations and stopped with the server.
 *
 *   npm start [-- -p PORT] [-H HOST]      (PORT and HOSTNAME are read too; default 3000, all interfaces)
 */
import './lib/load-env';
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { openDatabase, runMigrations } from '@/db/connection';
import { env, EnvError } from '@/lib/env';
import { CLIENT_ADDRESS_HEADER, clientAddressFrom, SERVER_MARK } from '@/lib/security/client-address';
import { hasMalformedPath, MALFORMED_URL_PATH } from '@/lib/security/malformed-url';

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
const database = openDatabase(settings.DATABASE_URL);
runMigrations(database);
database.$client.close();

function stampClientAddress(request: IncomingMessage) {
  const forwarded = request.headers['x-forwarded-for'];
  const address = clientAddressFrom(request.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(',') : forwarded, settings.TRUSTED_PROXY_HOPS);
  request.headers[CLIENT_ADDRESS_HEADER] = address;
}

// Its own process, so its second of work every half minute never holds up a page. The IPC channel
// lets it notice this process's end, even an abrupt one.
const background = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/background.ts'], {
  env: process.env,
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
background.unref();

const app = next({ dev: false, dir: process.cwd(), port, hostname });
await app.prepare();
const handle = app.getRequestHandler();
const server = createServer((request, response) => {
  stampClientAddress(request);
  if (hasMalformedPath(request.url ?? '/')) request.url = MALFORMED_URL_PATH;
  void handle(request, response);
});
server.listen(port, hostname, () => console.log(`Service Desk CRM is listening on ${hostname ?? '0.0.0.0'}:${port} (${settings.APP_URL})`));

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    background.kill();
    server.close(() => process.exit(0));
  });
}
