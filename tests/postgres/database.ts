import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** A new, empty database on the run's cluster; each test gets its own, so files can run side by side. */
export async function createDatabase(): Promise<string> {
  const server = inject('postgresServer');
  const name = `crm_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(`${server}postgres`);
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return `${server}${name}`;
}
