import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startArgs, startNodeOptions } from '@/scripts/lib/start-command';

const dir = mkdtempSync(path.join(tmpdir(), 'crm-start-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A checkout whose package.json starts the server with `start`. */
function checkout(name: string, start: string): string {
  const root = path.join(dir, name);
  mkdirSync(root);
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ scripts: { start } }));
  return root;
}

describe('how every launcher starts the server', () => {
  it('serves this checkout with npm start’s larger young generation', () => {
    expect(startNodeOptions()).toContain('--max-semi-space-size=32');
    expect(startArgs(3100, '127.0.0.1')).toEqual(['--max-semi-space-size=32', '--import', 'tsx', 'scripts/start.ts', '-p', '3100', '-H', '127.0.0.1']);
  });

  it('serves another revision as its own npm start did: an older `tsx scripts/start.ts` gets no options', () => {
    const old = checkout('old', 'tsx scripts/start.ts');
    expect(startNodeOptions(old)).toEqual([]);
    expect(startArgs(3100, undefined, old)).toEqual(['--import', 'tsx', 'scripts/start.ts', '-p', '3100']);
    const tuned = checkout('tuned', 'node --max-semi-space-size=64 --stack-size=2000 --import tsx scripts/start.ts');
    expect(startNodeOptions(tuned)).toEqual(['--max-semi-space-size=64', '--stack-size=2000']);
  });
});
