import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { rawRun } from '@/db/exec';
import { onPostgres } from './test-db';

/**
 * Makes inserts into `table` fail with `message` (only rows matching `when`, a condition on NEW,
 * if given), on either engine, until the returned function is called: a write that breaks half-way
 * through a command, to show that nothing of the command stays.
 */
export async function failInserts(db: Db, table: string, message: string, when = 'TRUE'): Promise<() => Promise<void>> {
  const name = `test_fail_${table}`;
  if (!onPostgres()) {
    await rawRun(db, sql.raw(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} WHEN ${when} BEGIN SELECT RAISE(ABORT, '${message}'); END`));
    return () => rawRun(db, sql.raw(`DROP TRIGGER ${name}`));
  }
  await rawRun(db, sql.raw(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF ${when} THEN RAISE EXCEPTION '${message}'; END IF; RETURN NEW; END $$`));
  await rawRun(db, sql.raw(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`));
  return async () => {
    await rawRun(db, sql.raw(`DROP TRIGGER ${name} ON ${table}`));
    await rawRun(db, sql.raw(`DROP FUNCTION ${name}()`));
  };
}
