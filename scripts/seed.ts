/**
 * npm run db:seed [-- --tickets N --clients N --employees N --days N --seed N]
 * Migrates, then fills an EMPTY database with demo data; a database with employees is left alone.
 */
import './lib/load-env';
import { parseArgs } from 'node:util';
import { openDatabase, runMigrations } from '@/db/connection';
import { DEMO_PASSWORD, seedDatabase, type SeedOptions } from '@/db/seed';
import { env } from '@/lib/env';

function numberFlag(values: Record<string, string | boolean | undefined>, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined || typeof raw === 'boolean') return undefined;
  const n = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a whole number above 0, got "${raw}"`);
    process.exit(1);
  }
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      tickets: { type: 'string' },
      clients: { type: 'string' },
      employees: { type: 'string' },
      days: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const opts: SeedOptions = {
    tickets: numberFlag(values, 'tickets'),
    clients: numberFlag(values, 'clients'),
    employees: numberFlag(values, 'employees'),
    days: numberFlag(values, 'days'),
    seed: numberFlag(values, 'seed'),
    timeZone: env().APP_TIMEZONE,
  };

  const file = env().DATABASE_URL;
  const db = openDatabase(file);
  try {
    runMigrations(db);
    const started = performance.now();
    const result = await seedDatabase(db.$client, opts);
    if (!result.seeded) {
      console.log(`The database ${file} is not empty (it has employees): nothing was seeded.`);
      return;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const c = result.counts;
    console.log(
      `Seeded ${file} in ${seconds} s: ${c.departments} departments, ${c.employees} employees, ` +
        `${c.clients.toLocaleString('en')} clients, ${c.tickets.toLocaleString('en')} tickets, ${c.events.toLocaleString('en')} events.`,
    );
    console.log('\nDemo sign-ins (password for every account):');
    for (const a of result.demoAccounts) console.log(`  ${a.role.padEnd(10)}  ${a.email.padEnd(18)}  ${DEMO_PASSWORD}`);
  } finally {
    db.$client.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
