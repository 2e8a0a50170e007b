import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The integration suite again, on PostgreSQL: each file gets a database of its own on one
 * throw-away cluster for the run (tests/postgres/global-setup.ts, tests/helpers/test-db.ts).
 * DATABASE_URL names a server before anything loads, so the app's modules take PostgreSQL's
 * tables (db/tables.ts); the test database itself is set per file.
 */
const SQLITE_ONLY = [
  // SQLite's own machinery: its migrations, its file backups, its two connections and statements.
  'migration-*',
  'migrations-current',
  'db-backup',
  'attachments-backup',
  'transactions',
  'read-memo',
  'prepared-read',
  'reused-statements',
  'ticket-list-plans',
  // Scripts and processes run against a SQLite file of their own.
  'background-process',
  'bench-sessions',
  'demo-output',
  'seed',
  'seed-actor-names',
];

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname), 'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js') } },
  test: {
    include: ['tests/integration/**/*.test.{ts,tsx}'],
    exclude: SQLITE_ONLY.map((name) => `tests/integration/${name}.test.{ts,tsx}`),
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    env: { DATABASE_URL: 'postgres://set-per-file-by-tests-helpers-test-db/' },
    globalSetup: ['tests/postgres/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
