/**
 * npm run user:create -- --email a@b.c --name "Full Name" [--password …] [--department "Name"]
 * Creates an admin: the first account of a production database (the demo seed is for demos).
 * Missing values are asked for on a terminal, the password without echo; prefer that over
 * --password, which lands in shell history and the process list.
 */
import './lib/load-env';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { openDatabase, runMigrations, type Db } from '@/db/connection';
import { auditLog, departments, employees } from '@/db/schema';
import { hashPassword, MIN_PASSWORD_LENGTH, passwordWeakness } from '@/lib/auth/password';
import { env } from '@/lib/env';

const DEFAULT_DEPARTMENT = 'Администрация';
const ACTOR = 'user:create';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

class Refusal extends Error {}

const WEAKNESS_MESSAGES = {
  too_short: `The password is too short: use at least ${MIN_PASSWORD_LENGTH} characters.`,
  too_simple: 'The password is too simple: mix upper- and lower-case letters, digits or symbols, and avoid common words.',
} as const;

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    let value = '';
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(() => resolve(value));
        if (ch === '\u0003') return done(() => reject(new Refusal('Cancelled.')));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch >= ' ') value += ch;
      }
    };
    const done = (finish: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write('\n');
      finish();
    };
    stdin.on('data', onData);
  });
}

async function valueOrPrompt(given: string | undefined, flag: string, prompt: () => Promise<string>): Promise<string> {
  if (given !== undefined) return given;
  if (!process.stdin.isTTY) throw new Refusal(`Missing --${flag} (no terminal to ask on).`);
  return prompt();
}

async function readInput() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      department: { type: 'string' },
    },
  });
  const email = (await valueOrPrompt(values.email, 'email', () => ask('E-mail: '))).trim().toLowerCase();
  if (!z.email().safeParse(email).success) throw new Refusal(`"${email}" is not an e-mail address.`);
  const name = (await valueOrPrompt(values.name, 'name', () => ask('Full name: '))).trim();
  if (name.length === 0) throw new Refusal('The name must not be empty.');
  const password = await valueOrPrompt(values.password, 'password', async () => {
    const first = await askHidden('Password: ');
    const weakness = passwordWeakness(first);
    if (weakness) throw new Refusal(WEAKNESS_MESSAGES[weakness]); // say so before asking to repeat it
    if ((await askHidden('Repeat the password: ')) !== first) throw new Refusal('The passwords do not match.');
    return first;
  });
  const weakness = passwordWeakness(password);
  if (weakness) throw new Refusal(WEAKNESS_MESSAGES[weakness]);
  return { email, name, password, department: values.department?.trim() || undefined };
}

/** The audit trail names the script as the actor: there is no signed-in user. */
function audit(tx: Tx, entityType: 'department' | 'employee', entityId: number, changes: Record<string, { from: unknown; to: unknown }>, at: Date) {
  tx.insert(auditLog).values({ actorName: ACTOR, entityType, entityId, action: 'create', changes, createdAt: at }).run();
}

/** The named department, else "Администрация", else the first one; created when it does not exist. */
function departmentFor(tx: Tx, name: string | undefined, now: Date): { id: number; name: string } {
  const wanted = name ?? DEFAULT_DEPARTMENT;
  const key = wanted.toLocaleLowerCase();
  const columns = { id: departments.id, name: departments.name };
  const existing =
    tx.select(columns).from(departments).where(eq(departments.nameKey, key)).get() ??
    (name === undefined ? tx.select(columns).from(departments).orderBy(departments.id).get() : undefined);
  if (existing) return existing;
  const created = tx
    .insert(departments)
    .values({ name: wanted, nameKey: key, createdAt: now, updatedAt: now })
    .returning(columns)
    .get();
  audit(tx, 'department', created.id, { name: { from: null, to: wanted } }, now);
  return created;
}

async function main() {
  const input = await readInput();
  const db = openDatabase(env().DATABASE_URL);
  try {
    runMigrations(db);
    const passwordHash = await hashPassword(input.password);
    const now = new Date();
    const result = db.transaction((tx) => {
      const duplicate = tx.select({ id: employees.id }).from(employees).where(sql`lower(${employees.email}) = ${input.email}`).get();
      if (duplicate) throw new Refusal(`An employee with the e-mail ${input.email} already exists.`);
      const department = departmentFor(tx, input.department, now);
      const employee = tx
        .insert(employees)
        .values({
          fullName: input.name,
          email: input.email,
          departmentId: department.id,
          role: 'admin',
          passwordHash,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: employees.id })
        .get();
      audit(tx, 'employee', employee.id, { email: { from: null, to: input.email }, role: { from: null, to: 'admin' } }, now);
      return { id: employee.id, department: department.name };
    });
    console.log(`Created admin ${input.email} (id ${result.id}) in the department "${result.department}".`);
  } finally {
    db.$client.close();
  }
}

main().catch((e: unknown) => {
  if (e instanceof Refusal) {
    console.error(e.message);
    process.exit(1);
  }
  console.error(e);
  process.exit(1);
});
