/**
 * npm run db:copy -- --to postgres://user@host:5432/crm [--from data/crm.db]
 * Moves this app's SQLite database into an empty PostgreSQL database: migrates the target, copies
 * every table in one transaction, continues the id counters, builds the search index, and
 * verifies each table's count against the source before committing (db/pg/copy.ts). The source
 * is only read; it must be migrated to this version (npm run db:migrate). The source defaults to
 * DATABASE_URL when that is a file, else data/crm.db.
 */
import './lib/load-env';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { copySqliteToPostgres, CopyRefused, type CopiedTable, type CopyProgress } from '@/db/pg/copy';
import { isPostgresUrl, openPostgres, runPostgresMigrations } from '@/db/pg/connection';
import { BackupRejected, knownMigrations, verifyDatabaseFile } from './lib/verify-database';

export async function copyDatabase(from: string, to: string, progress?: CopyProgress): Promise<CopiedTable[]> {
  if (!isPostgresUrl(to)) throw new CopyRefused(`--to must be a postgres:// URL (got "${to}")`);
  const known = knownMigrations();
  const verified = verifyDatabaseFile(from, known, { scans: false });
  if (verified.migrations < known.length) {
    throw new CopyRefused(`${from} lacks ${known.length - verified.migrations} of this version's migrations: run npm run db:migrate on it first`);
  }
  const target = openPostgres(to, 1);
  try {
    await runPostgresMigrations(target);
    return await copySqliteToPostgres(from, target, progress);
  } finally {
    await target.$client.end();
  }
}

function report(copied: CopiedTable[]): string {
  const width = Math.max(...copied.map((c) => c.table.length));
  return copied.map((c) => `  ${c.table.padEnd(width)}  ${c.target.toLocaleString('en').padStart(12)}`).join('\n');
}

async function main() {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  const fromEnv = process.env.DATABASE_URL;
  const from = values.from ?? (fromEnv && !isPostgresUrl(fromEnv) ? fromEnv : './data/crm.db');
  if (!values.to) {
    console.error('Usage: npm run db:copy -- --to postgres://user@host:5432/database [--from data/crm.db]');
    process.exit(2);
  }
  const started = Date.now();
  try {
    // A million tickets take minutes: say what is being done, leaving out the steps of under a second.
    const copied = await copyDatabase(from, values.to, (step, seconds) => {
      if (seconds >= 1) console.log(`${seconds.toFixed(1).padStart(7)} s  ${step}`);
    });
    console.log(`Copied ${from} into PostgreSQL in ${((Date.now() - started) / 1000).toFixed(1)} s; rows per table, equal to the source's:\n${report(copied)}`);
  } catch (error) {
    if (error instanceof CopyRefused || error instanceof BackupRejected) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
