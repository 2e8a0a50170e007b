/**
 * `npm test`: unit and integration tests, then the browser tests in Chromium.
 * Without Chromium the browser tests are skipped loudly, except under CI=true where that fails.
 * `--e2e-only <filter>` runs just the matching browser tests (used by `npm run docs:screenshots`).
 */
import { findChromium } from './lib/chromium';
import { run } from './lib/run';

const onlyIndex = process.argv.indexOf('--e2e-only');
const e2eFilter = onlyIndex >= 0 ? process.argv.slice(onlyIndex + 1) : [];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const unit = onlyIndex >= 0 ? 0 : await run('npx', ['vitest', 'run'], env);

const chromium = findChromium();
if (!chromium) {
  const banner = '!'.repeat(78);
  console.error(
    `\n${banner}\n  Chromium was not found: the end-to-end browser tests did NOT run.\n` +
      `  Install Debian's package:  sudo apt-get install -y chromium\n` +
      `  (or set CHROMIUM_PATH to a Chromium binary), then run npm test again.\n${banner}\n`,
  );
  process.exit(process.env.CI === 'true' || onlyIndex >= 0 ? 1 : unit);
}

const e2e = await run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...e2eFilter], { ...env, CHROMIUM_PATH: chromium });
process.exit(unit || e2e);
