/**
 * The connection keeps its prepared statements by SQL text (db/connection.ts): drizzle prepares
 * every query anew, and compiling it again is a millisecond of a ticket page. A statement comes
 * back in its default mode, whatever the last user asked of it.
 */
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, runMigrations } from '@/db';
import { departments } from '@/db/schema';

const db = openDatabase(':memory:');
runMigrations(db);
afterAll(() => db.$client.close());

describe('statements reused by text', () => {
  it('a query run twice compiles once, and its results stay right', () => {
    const sqlite = db.$client;
    const first = sqlite.prepare('SELECT count(*) AS n FROM departments');
    expect(sqlite.prepare('SELECT count(*) AS n FROM departments')).toBe(first);
    db.insert(departments).values({ name: 'Мобильные устройства', nameKey: 'мобильные устройства' }).run();
    db.insert(departments).values({ name: 'Принтеры', nameKey: 'принтеры' }).run();
    const byName = (name: string) => db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.name, name)).get();
    expect(byName('Принтеры')?.name).toBe('Принтеры');
    expect(byName('Мобильные устройства')?.name).toBe('Мобильные устройства');
    expect(db.select().from(departments).all()).toHaveLength(2);
  });

  it('a statement last read as arrays comes back reading objects', () => {
    const sqlite = db.$client;
    expect(sqlite.prepare('SELECT 1 AS one').raw(true).get()).toEqual([1]);
    expect(sqlite.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
  });
});
