import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export class BackupRejected extends Error {}

export type VerifiedDatabase = { migrations: number; tickets: number; clients: number };

/** The creation times drizzle-kit gave this code's migrations (what __drizzle_migrations records). */
export function knownMigrations(root = process.cwd()): number[] {
  const journal = JSON.parse(readFileSync(path.join(root, 'db', 'migrations', 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
  return journal.entries.map((e) => e.when);
}

/**
 * Whether `file` can be put back as this app's database: a SQLite file that passes a full
 * integrity check and the foreign-key check, made by this app (its migrations table and tables),
 * and not by a newer version whose migrations this code does not know. Throws BackupRejected
 * saying what is wrong; reads only.
 *
 * `scans: false` leaves out the integrity and foreign-key scans (minutes at a million tickets), for
 * a caller that checks as much itself: db:copy reads every row (a damaged page stops it) and
 * PostgreSQL checks every key and unique index as the copy makes them again.
 */
export function verifyDatabaseFile(file: string, known: number[] = knownMigrations(), { scans = true } = {}): VerifiedDatabase {
  try {
    return verify(file, known, scans);
  } catch (error) {
    if (error instanceof BackupRejected) throw error;
    // SQLite gives up on a page it cannot read ("database disk image is malformed") before the check ends.
    throw new BackupRejected(`${file} is damaged: ${(error as Error).message}`);
  }
}

function verify(file: string, known: number[], scans: boolean): VerifiedDatabase {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('schema_version');
  } catch (error) {
    throw new BackupRejected(`${file} is not a readable SQLite database (${(error as Error).message})`);
  }
  try {
    if (scans) {
      const integrity = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
      if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok') {
        throw new BackupRejected(`${file} is damaged: ${integrity.slice(0, 3).map((r) => r.integrity_check).join('; ')}`);
      }
    }
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    for (const table of ['__drizzle_migrations', 'tickets', 'clients', 'employees']) {
      if (!tables.has(table)) throw new BackupRejected(`${file} is not a Service Desk database (no ${table} table)`);
    }
    const applied = (db.prepare('SELECT created_at AS at FROM __drizzle_migrations').all() as { at: number }[]).map((r) => Number(r.at));
    const unknown = applied.filter((at) => !known.includes(at));
    if (unknown.length > 0) throw new BackupRejected(`${file} was made by a newer version of the app (${unknown.length} migration(s) this code does not have): upgrade the code first`);
    const orphans = scans ? (db.pragma('foreign_key_check') as unknown[]).length : 0;
    if (orphans > 0) throw new BackupRejected(`${file} has ${orphans} row(s) pointing at rows that do not exist`);
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { migrations: applied.length, tickets: count('tickets'), clients: count('clients') };
  } finally {
    db.close();
  }
}
