import Database from 'better-sqlite3';
import { inject } from 'vitest';
import { hashPassword } from '@/lib/auth/password';

/** Direct access to the e2e server's database, for arranging a case the UI cannot yet make. */
function withDatabase<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(inject('databaseFile'));
  db.pragma('busy_timeout = 5000');
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export async function createEmployee(email: string, password: string, role = 'technician') {
  const hash = await hashPassword(password);
  return withDatabase((db) => {
    const dept = db.prepare('SELECT id FROM departments ORDER BY id LIMIT 1').get() as { id: number };
    const now = Date.now();
    db.prepare(
      `INSERT INTO employees (full_name, email, department_id, role, password_hash, locale, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'ru', ?, ?)`,
    ).run(`E2E ${email}`, email, dept.id, role, hash, now, now);
  });
}

export function setEmployeeActive(email: string, active: boolean) {
  withDatabase((db) => db.prepare('UPDATE employees SET active = ? WHERE email = ?').run(active ? 1 : 0, email));
}

export function setEmployeeRole(email: string, role: string) {
  withDatabase((db) => db.prepare('UPDATE employees SET role = ? WHERE email = ?').run(role, email));
}
