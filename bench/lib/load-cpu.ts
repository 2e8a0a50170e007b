/**
 * CPU time spent by the server and by the load generator during the measured window: on a
 * two-core machine shared by both, it tells a saturated server from a starved one.
 */
import { readFileSync } from 'node:fs';

/** Linux reports a process's CPU time in clock ticks of 1/100 s (CLK_TCK, 100 on every common build). */
const TICKS_PER_SECOND = 100;

/** User + system CPU seconds of a process so far (fields 14 and 15 of /proc/<pid>/stat). */
function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

export type CpuUse = { server: number; generator: number };

/** Starts counting; the returned function gives the CPU seconds each side used since. */
export function cpuMeter(serverPid: number): () => CpuUse {
  const server = processCpuSeconds(serverPid);
  const generator = ownCpuSeconds();
  return () => ({ server: processCpuSeconds(serverPid) - server, generator: ownCpuSeconds() - generator });
}
