import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The guide's screenshots are taken first, while the database holds only the demo data. */
class ScreenshotsFirst extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => (f.moduleId.endsWith('screenshots.e2e.ts') ? 0 : 1);
    return [...sorted].sort((a, b) => first(a) - first(b));
  }
}

// The browser tests build and serve from their own folder (every server they start, and the test
// files, inherit this), so a running `npm run demo` keeps its .next. tsconfig.json lists it, so
// building there never rewrites that file.
process.env.NEXT_DIST_DIR ||= '.next-e2e';

// E2E_ENGINE=postgres: the same suite against the app on PostgreSQL (tests/e2e/global-setup.ts).
// The test files' own imports of the app then load PostgreSQL's tables (db/engine.ts reads this as
// the modules load; tests/e2e/test-database.ts connects them to the run's database).
const onPostgres = process.env.E2E_ENGINE === 'postgres';
if (onPostgres) process.env.DATABASE_URL = 'postgres://set-by-tests-e2e-global-setup/';
/**
 * Not run a second time on PostgreSQL: the guide's screenshots and diagrams (one set is enough),
 * the layout at each width (the accessibility test opens every page on both engines; how a page
 * fits the screen does not depend on where its rows came from), tests that start servers of their
 * own on a SQLite file of their own (the crash test with several workers, HTTPS cookies, bad
 * settings), and the PostgreSQL test, which starts instances of its own on PostgreSQL.
 */
const SQLITE_ONLY = ['screenshots', 'docs-mermaid', 'layout', 'crash-safety', 'cookies-and-https', 'bad-settings', 'postgres'].map(
  (name) => `tests/e2e/${name}.e2e.ts`,
);

// Browser tests share one production server (built once in the global setup), so files run one by one.
export default defineConfig({
  // Tests run outside React's server environment; `server-only` guards the client bundles, not them.
  resolve: { alias: { '@': path.resolve(import.meta.dirname), 'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js') } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    exclude: onPostgres ? SQLITE_ONLY : [],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    sequence: { sequencer: ScreenshotsFirst },
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
