/**
 * npm run db:backup [-- --out data/backups --keep 14]
 * A consistent copy of the live database (SQLite's online backup: the app may keep running) and
 * of every attachment it names, into data/backups/<timestamp>/ as crm.db, attachments/ and
 * manifest.json; then all but the newest `--keep` backups there are deleted. Restore with
 * `npm run db:restore -- data/backups/<timestamp> --yes`.
 * Settings (DATABASE_URL, ATTACHMENTS_DIR) come from the environment, then .env.local / .env.
 */
import './lib/load-env';
import { copyFile, mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { DEFAULT_KEEP, pruneBackups } from './lib/backup-retention';
import { verifyDatabaseFile } from './lib/verify-database';

const STORED_NAME = /^[0-9a-f]{64}\.(?:jpg|png|webp|heic|pdf|txt)$/;

export type BackupResult = { dir: string; attachments: number; missing: string[] };

/** 2026-01-31T09-15-00Z: sortable, and valid as a folder name everywhere. */
export function backupStamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

async function storedFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((n) => STORED_NAME.test(n));
}

/** The names the copy refers to; the copy is also switched out of WAL, so it is one self-contained file. */
function referencedNames(databaseFile: string): Set<string> {
  const db = new Database(databaseFile);
  try {
    db.pragma('journal_mode = DELETE');
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachments'").get();
    if (!hasTable) return new Set();
    return new Set((db.prepare('SELECT DISTINCT storage_name AS name FROM attachments').all() as { name: string }[]).map((r) => r.name));
  } finally {
    db.close();
  }
}

/**
 * Files are content-addressed and never change, so: copy what is on disk now, take the database
 * snapshot, copy what arrived in between, and drop what the snapshot does not name. A file the
 * snapshot names but that was deleted meanwhile is reported in `missing`.
 */
/** A folder of its own for this backup: two made within one second get `-2`, `-3`… */
function freshFolder(outRoot: string, stamp: string): string {
  let dir = path.resolve(outRoot, stamp);
  for (let n = 2; existsSync(dir); n++) dir = path.resolve(outRoot, `${stamp}-${n}`);
  return dir;
}

export async function createBackup(opts: { databaseFile: string; attachmentsDir: string; outRoot: string; now?: Date }): Promise<BackupResult> {
  const dir = freshFolder(opts.outRoot, backupStamp(opts.now ?? new Date()));
  const filesDir = path.join(dir, 'attachments');
  await mkdir(filesDir, { recursive: true });
  const copied = new Set<string>();
  const copy = async (name: string) => {
    try {
      await copyFile(path.join(opts.attachmentsDir, name), path.join(filesDir, name));
      copied.add(name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  };

  for (const name of await storedFiles(opts.attachmentsDir)) await copy(name);

  const source = new Database(opts.databaseFile, { readonly: true, fileMustExist: true });
  const databaseCopy = path.join(dir, 'crm.db');
  try {
    await source.backup(databaseCopy);
  } finally {
    source.close();
  }

  const referenced = referencedNames(databaseCopy);
  for (const name of referenced) if (!copied.has(name)) await copy(name);
  for (const name of copied) if (!referenced.has(name)) await unlink(path.join(filesDir, name));
  const missing = [...referenced].filter((n) => !copied.has(n));
  const attachments = referenced.size - missing.length;
  await writeFile(
    path.join(dir, 'manifest.json'),
    `${JSON.stringify({ createdAt: (opts.now ?? new Date()).toISOString(), database: 'crm.db', attachments, missing }, null, 2)}\n`,
  );
  return { dir, attachments, missing };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, keep: { type: 'string', default: String(DEFAULT_KEEP) } } });
  const keep = Number(values.keep);
  if (!Number.isInteger(keep) || keep < 1) {
    console.error(`--keep must be a whole number of backups, at least 1 (got ${values.keep}).`);
    return 1;
  }
  const { env } = await import('@/lib/env');
  const settings = env();
  if (!existsSync(settings.DATABASE_URL)) {
    console.error(`No database at ${settings.DATABASE_URL}: nothing to back up.`);
    return 1;
  }
  const outRoot = values.out ?? path.join('data', 'backups');
  const result = await createBackup({ databaseFile: settings.DATABASE_URL, attachmentsDir: path.resolve(settings.ATTACHMENTS_DIR), outRoot });
  console.log(`Backup written to ${result.dir}: the database and ${result.attachments} attachment file(s).`);
  // Old backups go only once the new one is known to be good.
  verifyDatabaseFile(path.join(result.dir, 'crm.db'));
  const deleted = await pruneBackups(outRoot, keep);
  if (deleted.length > 0) console.log(`Deleted ${deleted.length} older backup(s), keeping the newest ${keep}: ${deleted.map((d) => path.basename(d)).join(', ')}`);
  if (result.missing.length > 0) {
    console.error(`Warning: ${result.missing.length} attachment file(s) named by the database were not found: ${result.missing.join(', ')}`);
    return 2;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
