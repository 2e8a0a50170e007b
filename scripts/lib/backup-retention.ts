import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** How many backups `npm run db:backup` keeps when not told otherwise: two weeks of nightly copies. */
export const DEFAULT_KEEP = 14;

/** A folder made by a backup: its time stamp (see backupStamp), with `-2`, `-3`… when two share a second. */
const BACKUP_FOLDER = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(?:-\d+)?$/;

/** Backup folders under `root`, newest first. Only folders a backup made (stamp name and manifest) count. */
export async function listBackups(root: string): Promise<string[]> {
  if (!existsSync(root)) return [];
  const entries = await readdir(root, { withFileTypes: true });
  const order = (name: string) => {
    const [stamp, n] = name.split(/Z-?/);
    return { stamp, n: Number(n || 1) };
  };
  return entries
    .filter((e) => e.isDirectory() && BACKUP_FOLDER.test(e.name) && existsSync(path.join(root, e.name, 'manifest.json')))
    .map((e) => e.name)
    .sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      return x.stamp === y.stamp ? y.n - x.n : x.stamp < y.stamp ? 1 : -1;
    })
    .map((name) => path.join(root, name));
}

/**
 * Deletes all but the newest `keep` backups under `root` and returns what it deleted. Anything
 * else in the folder (a copy someone put there by hand, a half-written backup without its
 * manifest) is left alone.
 */
export async function pruneBackups(root: string, keep: number): Promise<string[]> {
  const old = (await listBackups(root)).slice(Math.max(1, keep));
  for (const dir of old) await rm(dir, { recursive: true, force: true });
  return old;
}
