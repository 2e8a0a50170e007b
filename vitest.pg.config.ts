import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** The tests that need PostgreSQL: one throw-away cluster for the run (tests/postgres/global-setup.ts). */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname), 'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js') } },
  test: {
    include: ['tests/postgres/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    environment: 'node',
    globalSetup: ['tests/postgres/global-setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
