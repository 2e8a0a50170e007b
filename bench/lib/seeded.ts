/**
 * Seeded databases for the benchmark, cached in data/bench/ between runs. The file name holds a
 * hash of the migrations and the seed code, so a schema or seed change makes a fresh one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { run } from '../../scripts/lib/run';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const DATA_DIR = path.join(ROOT, 'data', 'bench');

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const dir of ['db/migrations', 'db/seed']) {
    for (const file of readdirSync(path.join(ROOT, dir)).sort()) {
      const full = path.join(ROOT, dir, file);
      if (statSync(full).isFile()) hash.update(file).update(readFileSync(full));
    }
  }
  return hash.digest('hex').slice(0, 10);
}

export type Seeded = { file: string; tickets: number; reused: boolean; seconds: number };

/** The database with `tickets` tickets: reused when present, else seeded (a million takes about a minute). */
export async function seededDatabase(tickets: number, env: NodeJS.ProcessEnv): Promise<Seeded> {
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, `tickets-${tickets}-${sourceHash()}.db`);
  if (existsSync(file)) return { file, tickets, reused: true, seconds: 0 };
  for (const old of readdirSync(DATA_DIR).filter((f) => f.startsWith(`tickets-${tickets}-`))) rmSync(path.join(DATA_DIR, old));
  const partial = `${file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const started = performance.now();
  const code = await run('npx', ['tsx', 'scripts/seed.ts', '--tickets', String(tickets)], { ...env, DATABASE_URL: partial });
  if (code !== 0) throw new Error(`seeding ${tickets} tickets failed`);
  const db = new Database(partial);
  db.pragma('wal_checkpoint(TRUNCATE)'); // everything in the main file before it is renamed
  db.close();
  renameSync(partial, file);
  return { file, tickets, reused: false, seconds: (performance.now() - started) / 1000 };
}
