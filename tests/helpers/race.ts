import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type RaceOutcome = { ok: true; value: unknown } | { ok: false; code: string };

/**
 * Runs `command` in `contenders` separate processes against the same SQLite file, all released at
 * the same instant, and returns each one's outcome.
 */
export async function race(file: string, command: string, inputs: Record<string, unknown>[]): Promise<RaceOutcome[]> {
  // Starting Node with tsx takes a while: release everyone together once all are surely up.
  const startAt = Date.now() + 6_000;
  const results = await Promise.all(
    inputs.map((input) =>
      run(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/helpers/race-worker.ts', file, String(startAt), command, JSON.stringify(input)], {
        env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: file },
        timeout: 60_000,
      }),
    ),
  );
  return results.map(({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1)!) as RaceOutcome);
}
