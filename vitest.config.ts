import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run outside React's server environment; `server-only` guards the client bundles, not them.
  resolve: { alias: { '@': path.resolve(import.meta.dirname), 'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js') } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Integration files each open their own SQLite file; two cores, two workers.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
