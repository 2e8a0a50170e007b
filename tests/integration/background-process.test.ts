import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/test-db';

const database = createTestDatabase();
afterAll(() => database.dispose());

/** scripts/background.ts as scripts/start.ts starts it: with a channel to the server. */
function startBackground() {
  return spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/background.ts'], {
    env: { ...process.env, DATABASE_URL: database.file },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
}

/** Whether the process ends within `ms` (and, if not, it is stopped so the suite goes on). */
async function endsWithin(child: ReturnType<typeof startBackground>, ms: number): Promise<boolean> {
  if (child.exitCode !== null) return true;
  const timer = new Promise<false>((resolve) => setTimeout(() => resolve(false), ms).unref());
  const ended = await Promise.race([once(child, 'exit').then(() => true), timer]);
  if (!ended) child.kill('SIGKILL');
  return ended;
}

describe('the background process', () => {
  it('ends with the server even when the server ended while it was still starting', async () => {
    const child = startBackground();
    // The server gone at once: the channel closes before the process has read its modules.
    child.disconnect();
    expect(await endsWithin(child, 30_000)).toBe(true);
  }, 40_000);

  it('ends when the server ends after it started', async () => {
    database.db.$client.exec('DELETE FROM figure_snapshots');
    const child = startBackground();
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    // Its first figures written: it is past starting, into its half-minute rounds.
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && (database.db.$client.prepare('SELECT count(*) FROM figure_snapshots').pluck().get() as number) === 0) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(output).not.toMatch(/failed|error/i);
    expect(child.exitCode).toBeNull();
    child.disconnect();
    expect(await endsWithin(child, 10_000)).toBe(true);
  }, 40_000);
});
