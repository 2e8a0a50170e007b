/**
 * CPU time spent by the server and by the load generator during the measured window: on a
 * two-core machine shared by both, it tells a saturated server from a starved one.
 */
import { processTree, statFields } from './process-tree';

/** Linux reports a process's CPU time in clock ticks of 1/100 s (CLK_TCK, 100 on every common build). */
const TICKS_PER_SECOND = 100;

/** User + system CPU seconds so far of a process and the processes under it (fields 14 and 15 of /proc/<pid>/stat). */
function processCpuSeconds(pid: number): number {
  let seconds = 0;
  for (const member of processTree(pid)) {
    try {
      const fields = statFields(member);
      seconds += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    } catch {
      // ended meanwhile
    }
  }
  return seconds;
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
