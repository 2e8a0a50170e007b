import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '@/db/seed';

const ROOT = process.cwd();
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'crm-demo-'));
  dirs.push(dir);
  return dir;
}

/** The demo's own default address (on PORT) is what a fresh clone gets. */
function withoutAppUrl(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.APP_URL;
  return env;
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

/**
 * Runs scripts/demo.ts with a stand-in `npx` and `npm` on the PATH that record each step and, for the seed,
 * prints what the real seed prints: the sign-ins when it created them, a note when it did not.
 */
function runDemo(seedCreates: boolean) {
  const dir = tempDir();
  const bin = path.join(dir, 'bin');
  const log = path.join(dir, 'steps.log');
  mkdirSync(bin);
  const signIns = DEMO_ACCOUNTS.map((a) => `  ${a.role}  ${a.email}  demo-password`).join('\n');
  writeFileSync(
    path.join(bin, 'npx'),
    `#!/bin/sh
echo "$*" >> "${log}"
if [ "$2" = "scripts/seed.ts" ]; then
  if [ "$FAKE_SEED_CREATES" = "1" ]; then printf 'Seeded.\\n\\nDemo sign-ins (password for every account):\\n${signIns}\\n'; else echo 'The database is not empty (it has employees): nothing was seeded.'; fi
fi
exit 0
`,
  );
  chmodSync(path.join(bin, 'npx'), 0o755);
  writeFileSync(path.join(bin, 'npm'), `#!/bin/sh\necho "npm $*" >> "${log}"\nexit 0\n`);
  chmodSync(path.join(bin, 'npm'), 0o755);
  const run = spawnSync(TSX, [path.join(ROOT, 'scripts', 'demo.ts')], {
    cwd: dir, // demo.ts keeps its generated secrets in ./data
    env: { ...withoutAppUrl(), PATH: `${bin}:${process.env.PATH}`, PORT: '3999', FAKE_SEED_CREATES: seedCreates ? '1' : '0' },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return { output: run.stdout, steps: readFileSync(log, 'utf8').trim().split('\n') };
}

describe('npm run demo', () => {
  it('prints the demo sign-ins once, when the seed created them, and the address', () => {
    const { output, steps } = runDemo(true);
    for (const account of DEMO_ACCOUNTS) expect(count(output, account.email), output).toBe(1);
    expect(output).toContain('http://localhost:3999');
    // Seeded after the build, so the sign-ins are not scrolled away by the build's output.
    expect(steps.map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['tsx scripts/migrate.ts', 'next build', 'tsx scripts/seed.ts', 'npm start']);
  });

  it('prints no sign-ins when the database already had its accounts, but still the address', () => {
    const { output } = runDemo(false);
    for (const account of DEMO_ACCOUNTS) expect(output).not.toContain(account.email);
    expect(output).toContain('http://localhost:3999');
  });
});

describe('npm run db:seed', () => {
  it('prints the sign-ins when it creates the accounts, and nothing of them on an already seeded database', () => {
    const database = path.join(tempDir(), 'seed.db');
    const seed = () =>
      spawnSync(TSX, ['scripts/seed.ts', '--tickets', '20', '--clients', '5', '--employees', '4'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: database, NODE_ENV: 'test' },
        encoding: 'utf8',
      });
    const first = seed();
    expect(first.status, first.stderr).toBe(0);
    for (const account of DEMO_ACCOUNTS) expect(count(first.stdout, account.email), first.stdout).toBe(1);
    const second = seed();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('nothing was seeded');
    for (const account of DEMO_ACCOUNTS) expect(second.stdout).not.toContain(account.email);
  }, 60_000);
});
