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

// Browser tests share one production server (built once in the global setup), so files run one by one.
export default defineConfig({
  // Tests run outside React's server environment; `server-only` guards the client bundles, not them.
  resolve: { alias: { '@': path.resolve(import.meta.dirname), 'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js') } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    sequence: { sequencer: ScreenshotsFirst },
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
