import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

/**
 * A throw-away PostgreSQL cluster for the tests and the benchmark: Debian's server binaries
 * (`apt-get install postgresql`), a data folder in the system's temp folder, loopback only, no
 * password (trust), fsync off. Nothing of the machine's own clusters is touched.
 */
export type Cluster = { url: (database?: string) => string; stop: () => void };

const SUPERUSER = 'crm';

/** The folder with initdb and pg_ctl: PG_BIN, or the newest of Debian's /usr/lib/postgresql/<major>/bin. */
export function findPostgresBin(): string | undefined {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv && existsSync(path.join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors.length > 0 ? path.join(root, majors[0], 'bin') : undefined;
}

/** PostgreSQL refuses to run as root; CI machines often are root, so the server runs as Debian's `postgres` user. */
function asServerUser(bin: string, args: string[]) {
  const root = process.getuid?.() === 0;
  const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function startCluster(bin = findPostgresBin()): Promise<Cluster> {
  if (!bin) throw new Error("PostgreSQL's server was not found: sudo apt-get install -y postgresql (or set PG_BIN)");
  const dir = mkdtempSync(path.join(tmpdir(), 'crm-pg-'));
  if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const data = path.join(dir, 'data');
  const port = await freePort();
  asServerUser(path.join(bin, 'initdb'), ['-D', data, '-U', SUPERUSER, '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c wal_level=minimal -c max_wal_senders=0`;
  asServerUser(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'server.log'), '-w', 'start']);
  let stopped = false;
  return {
    url: (database = 'postgres') => `postgres://${SUPERUSER}@127.0.0.1:${port}/${database}`,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        asServerUser(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
