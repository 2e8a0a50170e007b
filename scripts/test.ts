/**
 * `npm test`: unit and integration tests, the PostgreSQL tests and the integration tests again on a
 * throw-away cluster, then the browser tests in Chromium, on SQLite and then again with the server
 * on PostgreSQL (the same build). Without PostgreSQL's server or Chromium their tests are skipped loudly, except under
 * CI=true where that fails.
 * `--e2e-only <filter>` runs just the matching browser tests (used by `npm run docs:screenshots`).
 */
import { findChromium } from './lib/chromium';
import { findPostgresBin } from './lib/postgres-cluster';
import { run } from './lib/run';

const onlyIndex = process.argv.indexOf('--e2e-only');
const e2eFilter = onlyIndex >= 0 ? process.argv.slice(onlyIndex + 1) : [];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Says loudly which tests did not run and how to get them; under CI that is a failure. */
function missing(what: string, install: string, instead: string): number {
  const banner = '!'.repeat(78);
  console.error(`\n${banner}\n  ${what}\n  Install Debian's package:  sudo apt-get install -y ${install}\n  (${instead}), then run npm test again.\n${banner}\n`);
  return process.env.CI === 'true' ? 1 : 0;
}

/** PostgreSQL's own tests (parity, db:copy, several instances), then the integration suite again on PostgreSQL. */
async function postgresTests(): Promise<number> {
  if (findPostgresBin()) {
    const own = await run('npx', ['vitest', 'run', '--config', 'vitest.pg.config.ts'], env);
    return (await run('npx', ['vitest', 'run', '--config', 'vitest.integration-pg.config.ts'], env)) || own;
  }
  return missing("PostgreSQL's server was not found: the PostgreSQL tests did NOT run.", 'postgresql', 'or set PG_BIN to the folder with initdb and pg_ctl');
}

const unit = onlyIndex >= 0 ? 0 : await run('npx', ['vitest', 'run'], env);
const postgres = onlyIndex >= 0 ? 0 : await postgresTests();
const failed = unit || postgres;

const chromium = findChromium();
if (!chromium) {
  const skipped = missing('Chromium was not found: the end-to-end browser tests did NOT run.', 'chromium', 'or set CHROMIUM_PATH to a Chromium binary');
  process.exit(onlyIndex >= 0 ? 1 : failed || skipped);
}

const e2eEnv = { ...env, CHROMIUM_PATH: chromium };
const e2e = await run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...e2eFilter], e2eEnv);
if (onlyIndex >= 0) process.exit(e2e);

const e2eOnPostgres = findPostgresBin()
  ? await run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], { ...e2eEnv, E2E_ENGINE: 'postgres', E2E_SKIP_BUILD: '1' })
  : missing("PostgreSQL's server was not found: the browser tests on PostgreSQL did NOT run.", 'postgresql', 'or set PG_BIN to the folder with initdb and pg_ctl');
process.exit(failed || e2e || e2eOnPostgres);
