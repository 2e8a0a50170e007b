/**
 * A throw-away copy of a seeded database for the load test: the test writes (status changes,
 * comments), and the cached seeded file must stay as the seed made it for the next run.
 */
import { copyFileSync, existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DEMO_ACCOUNTS } from '../../db/seed/demo-accounts';
import { DATA_DIR } from './seeded';

const DEMO_ADMIN_EMAIL = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!.email;

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

export type Scratch = { file: string; seconds: number; remove: () => void };

/** Bytes of the file, 0 when it does not exist. */
export function sizeOf(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

export async function scratchCopy(source: string): Promise<Scratch> {
  const file = path.join(DATA_DIR, `load-${new Date().toISOString().replace(/[:.]/g, '-')}.db`);
  const started = performance.now();
  if (sizeOf(`${source}-wal`) === 0) {
    // Everything is in the main file, so a plain copy is a consistent snapshot (and the fastest one).
    copyFileSync(source, file);
  } else {
    // Committed pages still sit in the WAL: the backup API copies what a reader sees.
    const db = new Database(source, { readonly: true });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
  }
  const remove = () => {
    for (const suffix of SIDE_FILES) rmSync(file + suffix, { force: true });
  };
  return { file, seconds: (performance.now() - started) / 1000, remove };
}

/**
 * The seed gives the demo accounts the demo password and every other employee a random one no one
 * knows (db/seed/staff.ts). The load test signs in as fifty of them, so on its throw-away copy they
 * take the demo admin's password hash.
 */
export function letStaffSignInWithDemoPassword(file: string, employeeIds: number[]) {
  const db = new Database(file);
  try {
    const update = db.prepare(`UPDATE employees SET password_hash = (SELECT password_hash FROM employees WHERE email = ?) WHERE id = ?`);
    db.transaction(() => employeeIds.forEach((id) => update.run(DEMO_ADMIN_EMAIL, id)))();
  } finally {
    db.close();
  }
}
