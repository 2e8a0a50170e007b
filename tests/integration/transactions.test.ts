import { eq } from 'drizzle-orm';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { db, transaction, type Tx } from '@/db';
import { departments } from '@/db/schema';
import { setupTestDatabase } from '../helpers/test-db';

/**
 * db/index.ts: transactions that await between their statements, as PostgreSQL's always do, on
 * SQLite's writer connection, one after another, while everyone else reads from a connection that
 * cannot see, or write into, an open transaction.
 */
setupTestDatabase();

let unique = 0;
function addDepartment(tx: Tx, name = `Отдел ${++unique}`) {
  return tx.insert(departments).values({ name, nameKey: name.toLocaleLowerCase() }).returning().get();
}
const named = (name: string) => db().select().from(departments).where(eq(departments.name, name)).get();

describe('transaction()', () => {
  it('keeps what it wrote from every other reader until it commits', async () => {
    let seenOutside: unknown = 'not read';
    let seenInside: unknown;
    const writing = transaction(async (tx) => {
      addDepartment(tx, 'Пока не видно');
      await sleep(20);
      seenInside = named('Пока не видно')?.name;
    });
    await sleep(5);
    seenOutside = named('Пока не видно');
    await writing;
    expect(seenOutside).toBeUndefined();
    expect(seenInside).toBe('Пока не видно');
    expect(named('Пока не видно')).toBeDefined();
  });

  it('runs one at a time, in the order they were asked for, however long each awaits', async () => {
    const order: string[] = [];
    const slow = transaction(async (tx) => {
      order.push('slow begins');
      addDepartment(tx);
      await sleep(30);
      order.push('slow ends');
    });
    const quick = transaction((tx) => {
      order.push('quick');
      addDepartment(tx);
    });
    await Promise.all([slow, quick]);
    expect(order).toEqual(['slow begins', 'slow ends', 'quick']);
  });

  it('rolls back everything on a throw, the statements before an await included, and the next one still runs', async () => {
    await expect(
      transaction(async (tx) => {
        addDepartment(tx, 'Откатится');
        await sleep(5);
        addDepartment(tx, 'Тоже откатится');
        throw new Error('refused after two writes');
      }),
    ).rejects.toThrow('refused after two writes');
    expect(named('Откатится')).toBeUndefined();
    expect(named('Тоже откатится')).toBeUndefined();
    await transaction((tx) => addDepartment(tx, 'После отката'));
    expect(named('После отката')).toBeDefined();
  });

  it('called inside another, is part of it: one commit or one rollback for both', async () => {
    await expect(
      transaction(async (tx) => {
        addDepartment(tx, 'Внешняя');
        await transaction((inner) => addDepartment(inner, 'Внутренняя'));
        throw new Error('the outer one fails');
      }),
    ).rejects.toThrow('the outer one fails');
    expect(named('Внешняя')).toBeUndefined();
    expect(named('Внутренняя')).toBeUndefined();
  });

  it('work left behind by a finished transaction (a timer) does not slip into the next one', async () => {
    let late: Promise<unknown> | undefined;
    await transaction((tx) => {
      addDepartment(tx);
      setTimeout(() => {
        late = transaction((later) => addDepartment(later, 'Из таймера'));
      }, 10);
    });
    await expect(
      transaction(async (tx) => {
        addDepartment(tx, 'Вторая');
        await sleep(40); // the timer fires meanwhile
        throw new Error('the second one fails');
      }),
    ).rejects.toThrow('the second one fails');
    await late;
    expect(named('Вторая')).toBeUndefined();
    expect(named('Из таймера')).toBeDefined();
  });

  it('is the only way to write: the reading connection refuses', () => {
    expect(() => addDepartment(db(), 'Мимо транзакции')).toThrow(/readonly/);
  });
});
