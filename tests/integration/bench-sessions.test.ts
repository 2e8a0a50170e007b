import { afterAll, describe, expect, it } from 'vitest';
import { forgetSessions } from '../../bench/lib/sessions';
import { makeDepartment, makeEmployee } from '../helpers/records';
import { createTestDatabase } from '../helpers/test-db';

const database = createTestDatabase();
afterAll(() => database.dispose());

describe('a benchmark database reused by another run', () => {
  it('starts without the sessions earlier runs signed in with, and keeps everything else', async () => {
    const employee = await makeEmployee(database.db, { departmentId: (await makeDepartment(database.db)).id, role: 'manager' });
    const sqlite = database.db.$client;
    const session = sqlite.prepare(
      'INSERT INTO staff_sessions (token_hash, employee_id, user_agent, address, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, 0, 0, ?)',
    );
    for (const run of [1, 2, 3]) session.run(`hash-${run}`, employee.id, 'autocannon', '127.0.0.1', Date.now() + 86_400_000);
    const count = (table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect(count('staff_sessions')).toBe(3);
    forgetSessions(database.file);
    expect(count('staff_sessions')).toBe(0);
    expect(count('employees')).toBe(1);
  });
});
