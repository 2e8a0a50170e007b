/**
 * The parity test's reader: a separate Node process on one engine (a SQLite file or a postgres://
 * URL, chosen as its modules load, as the app's are), running the app's own read queries on a
 * database both engines hold the same copy of. Prints one JSON line: each read's result, or the
 * error it ended in.
 *
 *   node --conditions=react-server --import tsx tests/postgres/read-worker.ts <file or url> <ticket ids json>
 */
const [database, fixturesJson] = process.argv.slice(2);
process.env.DATABASE_URL = database;
process.env.APP_TIMEZONE ??= 'Europe/Moscow';
process.env.APP_URL ??= 'http://localhost:3000';

type Fixtures = { ticketIds: number[]; clientId: number; employeeId: number; token: string };

async function main() {
  const fixtures = JSON.parse(fixturesJson) as Fixtures;
  const { openDatabase, setDbForTests, setPostgresForTests } = await import('@/db');
  const { isPostgresUrl } = await import('@/db/engine');
  if (isPostgresUrl(database)) {
    const { openPostgres } = await import('@/db/pg/connection');
    setPostgresForTests(openPostgres(database, 2));
  } else setDbForTests(openDatabase(database));

  const { reads } = await import('./parity-reads');
  const results: Record<string, unknown> = {};
  for (const [name, read] of Object.entries(reads(fixtures))) {
    try {
      results[name] = await read();
    } catch (error) {
      results[name] = { error: String((error as { cause?: unknown }).cause ?? error).slice(0, 300) };
    }
  }
  // A pipe takes a large write in pieces: exit once it is all out (the pools would keep the process alive).
  process.stdout.write(`${JSON.stringify(results)}\n`, () => process.exit(0));
}

void main();
