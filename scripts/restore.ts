/**
 * npm run restore -- data/backups/<timestamp> --yes
 * Puts a backup made by `npm run backup` back: the database file replaces DATABASE_URL (the old
 * one is kept beside it as <name>.before-restore-<timestamp>) and the attachment files are
 * copied into ATTACHMENTS_DIR. Stop the app first: a running server keeps the old file open.
 */
import './lib/load-env';
import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { backupStamp } from './backup';

export async function restoreBackup(opts: { backupDir: string; databaseFile: string; attachmentsDir: string; now?: Date }): Promise<{ attachments: number; previous: string | null }> {
  const source = path.join(opts.backupDir, 'crm.db');
  if (!existsSync(source)) throw new Error(`${source} does not exist: not a backup folder`);
  const check = new Database(source, { readonly: true });
  try {
    const result = check.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(`the backup database is damaged: ${String(result)}`);
  } finally {
    check.close();
  }

  await mkdir(opts.attachmentsDir, { recursive: true });
  const filesDir = path.join(opts.backupDir, 'attachments');
  const names = existsSync(filesDir) ? await readdir(filesDir) : [];
  for (const name of names) await copyFile(path.join(filesDir, name), path.join(opts.attachmentsDir, name));

  let previous: string | null = null;
  await mkdir(path.dirname(path.resolve(opts.databaseFile)), { recursive: true });
  if (existsSync(opts.databaseFile)) {
    previous = `${opts.databaseFile}.before-restore-${backupStamp(opts.now ?? new Date())}`;
    await rename(opts.databaseFile, previous);
  }
  // A WAL left by the old database must not be replayed into the restored one.
  await Promise.all(['-wal', '-shm'].map((suffix) => rm(opts.databaseFile + suffix, { force: true })));
  await copyFile(source, opts.databaseFile);
  return { attachments: names.length, previous };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { yes: { type: 'boolean' } }, allowPositionals: true });
  const backupDir = positionals[0];
  if (!backupDir) {
    console.error('Usage: npm run restore -- data/backups/<timestamp> --yes');
    return 1;
  }
  const { env } = await import('@/lib/env');
  const settings = env();
  if (!values.yes) {
    console.error(`This replaces ${settings.DATABASE_URL} with the backup in ${backupDir}. Stop the app, then run again with --yes.`);
    return 1;
  }
  const result = await restoreBackup({ backupDir, databaseFile: settings.DATABASE_URL, attachmentsDir: path.resolve(settings.ATTACHMENTS_DIR) });
  console.log(`Restored ${settings.DATABASE_URL} and ${result.attachments} attachment file(s).`);
  if (result.previous) console.log(`The previous database is kept as ${result.previous}.`);
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
