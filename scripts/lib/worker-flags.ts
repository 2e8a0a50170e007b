/**
 * Node's options for the worker processes of `npm start`.
 *
 * V8 gives every process four threads of its own for the work it can do beside the JavaScript:
 * the collector's parallel and concurrent marking, compiling hot functions. One process on a
 * machine of two cores or more gains from them, as they run on the cores it leaves idle. When the
 * workers alone are as many as the cores, there is no idle core: each process's threads compete
 * with the other processes' JavaScript, and as V8's parallel jobs wait on one another, a thread
 * taken off its core holds the rest up. Measured at a million tickets on two cores with two
 * workers (bench/results/2026-12-06-eleventh-session-v8-threads.md): V8's threads took 23 % of a
 * core per process (14 % with one process), each main thread got 65–72 % of a core; with
 * `--single-threaded` each main thread got 90 % and the two served ~10 % more requests a second.
 */
export const SINGLE_THREADED = '--single-threaded';

/** The workers' options: the first process's own, and V8 without its threads when the workers fill every core. */
export function workerExecArgv(execArgv: readonly string[], workers: number, cores: number): string[] {
  if (workers < cores || execArgv.includes(SINGLE_THREADED)) return [...execArgv];
  return [...execArgv, SINGLE_THREADED];
}
