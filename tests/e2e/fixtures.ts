import { randomBytes } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { withDatabase, type TestSql } from './test-database';

export { withDatabase, type TestSql };

export async function createEmployee(email: string, password: string, role = 'technician') {
  const hash = await hashPassword(password);
  await withDatabase(async (db) => {
    const dept = await db.get<{ id: number }>('SELECT id FROM departments ORDER BY id LIMIT 1');
    const now = Date.now();
    await db.run(
      `INSERT INTO employees (full_name, email, department_id, role, password_hash, locale, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'ru', ?, ?)`,
      `E2E ${email}`,
      email,
      dept.id,
      role,
      hash,
      now,
      now,
    );
  });
}

export async function setEmployeeActive(email: string, active: boolean) {
  await withDatabase((db) => db.run('UPDATE employees SET active = ? WHERE email = ?', active, email));
}

export async function setEmployeeRole(email: string, role: string) {
  await withDatabase((db) => db.run('UPDATE employees SET role = ? WHERE email = ?', role, email));
}

export const employeeId = async (db: TestSql, email: string) => (await db.get<{ id: number }>('SELECT id FROM employees WHERE email = ?', email)).id;

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
}): Promise<{ id: number; token: string }> {
  return withDatabase(async (db) => {
    const now = Date.now();
    const clientId = opts.client
      ? (
          await db.get<{ id: number }>(
            `INSERT INTO clients (kind, name, email, locale, notify, notes, created_at, updated_at) VALUES ('person', ?, ?, ?, TRUE, '', ?, ?) RETURNING id`,
            opts.client.name,
            opts.client.email,
            opts.client.locale,
            now,
            now,
          )
        ).id
      : (await db.get<{ id: number }>('SELECT id FROM clients ORDER BY id LIMIT 1')).id;
    const departmentId = opts.departmentOf
      ? (await db.get<{ id: number }>('SELECT department_id AS id FROM employees WHERE email = ?', opts.departmentOf)).id
      : (await db.get<{ id: number }>('SELECT id FROM departments ORDER BY id LIMIT 1')).id;
    const creator = opts.createdBy ? await employeeId(db, opts.createdBy) : null;
    const assignee = opts.assignee ? await employeeId(db, opts.assignee) : null;
    const token = randomBytes(18).toString('base64url');
    const { id } = await db.get<{ id: number }>(
      `INSERT INTO tickets (public_token, kind, channel, client_id, department_id, assignee_id, created_by_id, title, description,
         device_type, brand, model, serial_number, status, priority, version, created_at, updated_at)
       VALUES (?, 'repair', 'walk_in', ?, ?, ?, ?, ?, 'Не включается после падения', 'Ноутбук', 'Lenovo', 'ThinkPad T14', ?, 'new', 'normal', 1, ?, ?)
       RETURNING id`,
      token,
      clientId,
      departmentId,
      assignee,
      creator,
      opts.title,
      opts.serial ?? null,
      now,
      now,
    );
    await db.run(`INSERT INTO ticket_events (ticket_id, kind, actor_id, to_value, is_public, created_at) VALUES (?, 'created', ?, 'new', FALSE, ?)`, id, creator, now);
    return { id, token };
  });
}
