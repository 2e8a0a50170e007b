/**
 * A production server as `npm start` runs it (scripts/start.ts: Next's server and its background
 * process) on a free loopback port, and what it costs in memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { freePort, waitForHealth } from '../../tests/e2e/server';
import { startArgs } from '../../scripts/lib/start-command';
import { processTree } from './process-tree';

export type Server = { baseURL: string; pid: number; stop: () => Promise<void>; output: () => string };

/** The pid whose socket listens on `port` (the server, not its background process). */
function listenerPid(port: number): number | null {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A') inodes.add(cols[9]);
    }
  }
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return Number(pid);
      }
    } catch {
      // a process that ended or that we may not read
    }
  }
  return null;
}

/** Resident memory of a process in MB (VmRSS). */
export function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Number(kb) / 1024 : NaN;
}

/** The same for a process and the processes under it: the server's workers and its background process. */
export function treeRssMb(pid: number): number {
  let mb = 0;
  for (const member of processTree(pid)) {
    try {
      mb += rssMb(member) || 0;
    } catch {
      // ended meanwhile
    }
  }
  return mb > 0 ? mb : NaN;
}

/** `cwd`: the checkout to serve (bench:compare serves another revision's); by default this one. */
export async function startServer(env: NodeJS.ProcessEnv, cwd?: string): Promise<Server> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let log = '';
  const child: ChildProcess = spawn(process.execPath, startArgs(port, '127.0.0.1', cwd), {
    env: { ...env, APP_URL: baseURL },
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: stopping it stops everything it started
  });
  child.stdout?.on('data', (d) => (log = (log + d).slice(-20_000)));
  child.stderr?.on('data', (d) => (log = (log + d).slice(-20_000)));
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
  };
  try {
    await waitForHealth(baseURL, 90_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return { baseURL, pid: listenerPid(port) ?? child.pid!, stop, output: () => log };
}
