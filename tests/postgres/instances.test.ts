import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pg from '@/db/pg/schema';
import { openPostgres, runPostgresMigrations, type PgDb } from '@/db/pg/connection';
import { hashPassword } from '@/lib/auth/password';
import { race } from '../helpers/race';
import { createDatabase } from './database';

/**
 * Several app instances against one PostgreSQL: separate processes (tests/helpers/race-worker.ts),
 * each with its own pool, released at the same instant. What SQLite's single writer gives on one
 * machine must hold here through SERIALIZABLE transactions and unique keys.
 */
let url: string;
let pool: PgDb;
const PASSWORD = 'the-right-password';

beforeAll(async () => {
  url = await createDatabase();
  pool = openPostgres(url, 2);
  await runPostgresMigrations(pool);
  const [dept] = await pool.insert(pg.departments).values({ name: 'Ремонт', nameKey: 'ремонт' }).returning();
  const [client] = await pool.insert(pg.clients).values({ name: 'Клиент', email: 'client@pg.test', locale: 'ru' }).returning();
  const hash = await hashPassword(PASSWORD);
  const staff = await pool
    .insert(pg.employees)
    .values(
      ['alice', 'bob', 'carol'].map((name) => ({ fullName: name, email: `${name}@pg.test`, passwordHash: hash, role: 'technician' as const, departmentId: dept.id, position: 'Мастер' })),
    )
    .returning();
  // Alice and Bob hold open tickets; Carol has none, so she gets no digest.
  for (const [i, holder] of [staff[0], staff[1], staff[0]].entries()) {
    await pool.insert(pg.tickets).values({ publicToken: `token-${i}-${holder.id}`, kind: 'repair', channel: 'walk_in', clientId: client.id, departmentId: dept.id, assigneeId: holder.id, title: `Ticket ${i}` });
  }
}, 120_000);

afterAll(async () => {
  await pool.$client.end();
});

describe('two instances against one PostgreSQL', () => {
  it('send one digest per employee however many instances run it at once', async () => {
    const now = Date.UTC(2030, 5, 15, 6);
    const outcomes = await race(url, 'runDigest', Array.from({ length: 4 }, () => ({ now })));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const queued = outcomes.reduce((sum, o) => sum + (o.ok ? (o.value as { queued: number }).queued : 0), 0);
    expect(queued).toBe(2);
    const digests = await pool.select({ key: pg.notifications.dedupeKey }).from(pg.notifications).where(like(pg.notifications.dedupeKey, 'digest:%'));
    expect(digests.map((d) => d.key).sort()).toHaveLength(2);
    expect(new Set(digests.map((d) => d.key)).size).toBe(2);
  }, 120_000);

  it('let only five of twenty parallel sign-ins over two instances reach the password check', async () => {
    // All wrong: with the right one among them, it could be one of the first five and, rightly, sign in.
    const wrong = Array.from({ length: 10 }, () => 'wrong password');
    const outcomes = await race(url, 'signInAttempts', [
      { email: 'bob@pg.test', passwords: wrong },
      { email: 'bob@pg.test', passwords: wrong },
    ]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const results = outcomes.flatMap((o) => (o.ok ? (o.value as string[]) : []));
    expect(results).toHaveLength(20);
    expect(results.filter((r) => r === 'invalid')).toHaveLength(5);
    expect(results.filter((r) => r === 'locked')).toHaveLength(15);
    const [row] = await pool.select().from(pg.throttles).where(eq(pg.throttles.key, 'login:bob@pg.test'));
    expect(row).toMatchObject({ failures: 5 });
    expect(row.lockedUntil).toBeTruthy();
    // Locked means locked: the right password now is refused too, from either instance.
    const after = await race(url, 'signInAttempts', [{ email: 'bob@pg.test', passwords: [PASSWORD] }]);
    expect(after).toEqual([{ ok: true, value: ['locked'] }]);
  }, 120_000);
});
