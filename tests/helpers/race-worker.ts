/**
 * One contender of a race test: a separate Node process with its own SQLite connection to the
 * test's database file, waiting for a start time and then running one command, the way two
 * requests served by two processes would. Prints the outcome as one JSON line.
 *
 *   node --conditions=react-server --import tsx tests/helpers/race-worker.ts <db file> <start ms> <command> <json input>
 */
import { openDatabase, setDbForTests } from '@/db';

const [file, startAt, command, json] = process.argv.slice(2);
process.env.DATABASE_URL = file;
setDbForTests(openDatabase(file));
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
