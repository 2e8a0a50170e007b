/**
 * One contender of a race test: a separate Node process with its own connection to the test's
 * database (a SQLite file, or a postgres:// URL: two app instances against one server), waiting
 * for a start time and then running one command, the way two requests served by two processes
 * would. Prints the outcome as one JSON line. race() sets DATABASE_URL too, so the tables the
 * queries use (db/tables.ts) are the engine's from the first import on.
 *
 *   node --conditions=react-server --import tsx tests/helpers/race-worker.ts <db file or url> <start ms> <command> <json input>
 */
import { openDatabase, setDbForTests, setPostgresForTests } from '@/db';
import { isPostgresUrl } from '@/db/engine';
import { openPostgres } from '@/db/pg/connection';

const [file, startAt, command, json] = process.argv.slice(2);
process.env.DATABASE_URL = file;
if (isPostgresUrl(file)) setPostgresForTests(openPostgres(file, 4));
else setDbForTests(openDatabase(file));
const input = JSON.parse(json) as { actor: { id: number; fullName: string; role: 'admin' | 'manager' | 'technician' }; [key: string]: unknown };


async function run(): Promise<unknown> {
  switch (command) {
    case 'addTicketLine': {
      const { addTicketLine } = await import('@/lib/estimates/commands');
      const { actor, ...line } = input;
      return (await addTicketLine(line as never, actor)).id;
    }
    case 'decideOnStatusPage': {
      const { decideOnStatusPage } = await import('@/lib/estimates/decisions');
      const { address, token, version, decision, reason } = input;
      return decideOnStatusPage({ token, version, decision, reason } as never, String(address));
    }
    case 'runDigest': {
      const { runDigest } = await import('@/lib/notifications/digest');
      return runDigest(new Date(Number(input.now)));
    }
    case 'signInAttempts': {
      // Several sign-ins at once from this process, as one instance serving parallel requests.
      const { checkCredentials } = await import('@/lib/auth/sign-in');
      const passwords = input.passwords as string[];
      return Promise.all(passwords.map(async (password) => ((r) => (r.ok ? 'ok' : r.reason))(await checkCredentials({ email: input.email, password }))));
    }
    default:
      throw new Error(`unknown command ${command}`);
  }
}

await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
try {
  console.log(JSON.stringify({ ok: true, value: await run() }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, code: (error as { code?: string }).code ?? String(error) }));
}
// A PostgreSQL pool would keep the process alive; the outcome is out (pipes are synchronous on Linux).
process.exit(0);
