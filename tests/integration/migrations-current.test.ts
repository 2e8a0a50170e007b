import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Each engine's migrations are what drizzle-kit makes from its schema: a change to db/schema.ts or
 * db/pg/schema.ts without `npm run db:generate` / `npm run db:generate:pg` would reach one engine
 * only, or none. drizzle-kit generates into a copy of the folder; a new file there means the
 * committed migrations lag behind the schema.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'crm-migrations-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ENGINES = [
  { dialect: 'sqlite', schema: './db/schema.ts', folder: 'db/migrations', command: 'npm run db:generate' },
  { dialect: 'postgresql', schema: './db/pg/schema.ts', folder: 'db/migrations-pg', command: 'npm run db:generate:pg' },
];

describe('the committed migrations match the schema', () => {
  it.each(ENGINES)('$dialect: drizzle-kit has nothing to add ($command)', ({ dialect, schema, folder }) => {
    const copy = path.join(scratch, dialect);
    cpSync(folder, copy, { recursive: true });
    // drizzle-kit prefixes --out with "./": it takes the path relative to the project.
    const out = path.relative(process.cwd(), copy);
    const log = execFileSync('npx', ['drizzle-kit', 'generate', '--dialect', dialect, '--schema', schema, '--out', out], { encoding: 'utf8' });
    expect(readdirSync(copy).sort(), log).toEqual(readdirSync(folder).sort());
  });
});
