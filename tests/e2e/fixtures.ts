import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { inject } from 'vitest';
import { hashPassword } from '@/lib/auth/password';

/** Direct access to the e2e server's database, for arranging a case the UI cannot yet make. */
export function withDatabase<T>(fn: (db: Database.Database) => T): T {
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

export const employeeId = (db: Database.Database, email: string) =>
  (db.prepare('SELECT id FROM employees WHERE email = ?').get(email) as { id: number }).id;

/**
 * A new repair ticket as intake leaves it: the row and its 'created' event. Without `client`, the
 * first seeded client; with it, a new client of that language who agreed to mail.
 */
export function insertTicket(opts: {
  title: string;
  createdBy?: string;
  assignee?: string;
  departmentOf?: string;
  serial?: string;
  client?: { name: string; email: string; locale: 'ru' | 'en' };
}): { id: number; token: string } {
  return withDatabase((db) => {
    const now = Date.now();
    const clientId = opts.client
      ? Number(
          db
            .prepare(`INSERT INTO clients (kind, name, email, locale, notify, notes, created_at, updated_at) VALUES ('person', ?, ?, ?, 1, '', ?, ?)`)
            .run(opts.client.name, opts.client.email, opts.client.locale, now, now).lastInsertRowid,
        )
      : (db.prepare('SELECT id FROM clients ORDER BY id LIMIT 1').get() as { id: number }).id;
    const departmentId = opts.departmentOf
      ? (db.prepare('SELECT department_id AS id FROM employees WHERE email = ?').get(opts.departmentOf) as { id: number }).id
      : (db.prepare('SELECT id FROM departments ORDER BY id LIMIT 1').get() as { id: number }).id;
    const creator = opts.createdBy ? employeeId(db, opts.createdBy) : null;
    const assignee = opts.assignee ? employeeId(db, opts.assignee) : null;
    const token = randomBytes(18).toString('base64url');
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO tickets (public_token, kind, channel, client_id, department_id, assignee_id, created_by_id, title, description,
           device_type, brand, model, serial_number, status, priority, version, created_at, updated_at)
         VALUES (?, 'repair', 'walk_in', ?, ?, ?, ?, ?, 'Не включается после падения', 'Ноутбук', 'Lenovo', 'ThinkPad T14', ?, 'new', 'normal', 1, ?, ?)`,
      )
      .run(token, clientId, departmentId, assignee, creator, opts.title, opts.serial ?? null, now, now);
    const id = Number(lastInsertRowid);
    db.prepare(`INSERT INTO ticket_events (ticket_id, kind, actor_id, to_value, is_public, created_at) VALUES (?, 'created', ?, 'new', 0, ?)`).run(
      id,
      creator,
      now,
    );
    return { id, token };
  });
}
