/**
 * npm run db:restore -- data/backups/<timestamp> --yes   (or the path of a crm.db / any copy of the database)
 * Puts a backup made by `npm run db:backup` back. The backup is verified first (full integrity
 * check, foreign keys, made by this app and not by a newer version); it is copied next to
 * DATABASE_URL and verified again there, and only then swapped in, so a failed restore leaves the
 * current database as it was. The old file is kept beside it as <name>.before-restore-<timestamp>;
 * the backup's attachment files are copied into ATTACHMENTS_DIR. Stop the app first: a running
 * server keeps the old file open.
 */
import './lib/load-env';
import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { backupStamp } from './backup';
import { BackupRejected, verifyDatabaseFile, type VerifiedDatabase } from './lib/verify-database';

export type RestoreResult = VerifiedDatabase & { attachments: number; previous: string | null };

/** What a FILE argument names: a backup folder, the crm.db inside one, or a lone database file. */
export function backupSource(file: string): { database: string; attachments: string | null } {
  if (!existsSync(file)) throw new BackupRejected(`${file} does not exist`);
  const isFolder = statSync(file).isDirectory();
  const dir = isFolder ? file : path.dirname(file);
  const database = isFolder ? path.join(file, 'crm.db') : file;
  if (!existsSync(database)) throw new BackupRejected(`${file} is a folder without crm.db: not a backup`);
  const files = path.join(dir, 'attachments');
  const isBackupFolder = existsSync(path.join(dir, 'manifest.json')) && existsSync(files);
  return { database, attachments: isBackupFolder ? files : null };
}

export async function restoreBackup(opts: { backup: string; databaseFile: string; attachmentsDir: string; now?: Date }): Promise<RestoreResult> {
  const source = backupSource(opts.backup);
  verifyDatabaseFile(source.database);

  const target = path.resolve(opts.databaseFile);
  await mkdir(path.dirname(target), { recursive: true });
  const incoming = `${target}.restoring`;
  await rm(incoming, { force: true });
  await copyFile(source.database, incoming);
  let verified: VerifiedDatabase;
  try {
    verified = verifyDatabaseFile(incoming); // the copy as written on this disk
  } catch (error) {
    await rm(incoming, { force: true });
    throw error;
  }

  let attachments = 0;
  if (source.attachments) {
    await mkdir(opts.attachmentsDir, { recursive: true });
    for (const name of await readdir(source.attachments)) {
      await copyFile(path.join(source.attachments, name), path.join(opts.attachmentsDir, name));
      attachments++;
    }
  }

  let previous: string | null = null;
  if (existsSync(target)) {
    previous = `${target}.before-restore-${backupStamp(opts.now ?? new Date())}`;
    await rename(target, previous);
  }
  // A WAL left by the old database must not be replayed into the restored one.
  await Promise.all(['-wal', '-shm'].map((suffix) => rm(target + suffix, { force: true })));
  await rename(incoming, target);
  return { ...verified, attachments, previous };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { yes: { type: 'boolean' } }, allowPositionals: true });
  const backup = positionals[0];
  if (!backup) {
    console.error('Usage: npm run db:restore -- data/backups/<timestamp> --yes');
    return 1;
  }
  const { env } = await import('@/lib/env');
  const settings = env();
  if (!values.yes) {
    const found = verifyDatabaseFile(backupSource(backup).database);
    console.log(`${backup} is a good backup: ${found.tickets} ticket(s), ${found.clients} client(s), ${found.migrations} migration(s).`);
    console.error(`Restoring it replaces ${settings.DATABASE_URL}. Stop the app, then run again with --yes.`);
    return 1;
  }
  const result = await restoreBackup({ backup, databaseFile: settings.DATABASE_URL, attachmentsDir: path.resolve(settings.ATTACHMENTS_DIR) });
  console.log(`Restored ${settings.DATABASE_URL} (${result.tickets} ticket(s), ${result.clients} client(s)) and ${result.attachments} attachment file(s).`);
  if (result.previous) console.log(`The previous database is kept as ${result.previous}.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof BackupRejected ? `Not restored: ${error.message}` : error);
      process.exit(error instanceof BackupRejected ? 2 : 1);
    },
  );
}
