import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getAttachment } from '@/db/queries/attachments';
import { sweepAttachmentFiles } from '@/lib/attachments/cleanup';
import { storeAttachment } from '@/lib/attachments/commands';
import { resetEnvForTests } from '@/lib/env';
import { createBackup } from '@/scripts/backup';
import { restoreBackup } from '@/scripts/restore';
import { makeClient, makeDepartment, makeEmployee, makeTicket } from '../helpers/records';
import { setupTestDatabase } from '../helpers/test-db';

vi.mock('@/lib/auth/session', () => import('../helpers/session-mock'));

const database = setupTestDatabase();

let root = '';
let dir = '';
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'crm-backup-'));
  dir = path.join(root, 'attachments');
  process.env.ATTACHMENTS_DIR = dir;
  resetEnvForTests();
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  delete process.env.ATTACHMENTS_DIR;
  resetEnvForTests();
});

async function arrange() {
  const db = database();
  const departmentId = (await makeDepartment(db)).id;
  const e = await makeEmployee(db, { departmentId, role: 'manager' });
  const actor = { id: e.id, fullName: e.fullName, role: e.role };
  const ticket = await makeTicket(db, { clientId: (await makeClient(db)).id, departmentId });
  return { actor, ticket };
}

const text = (s: string) => new TextEncoder().encode(s);

describe('backup', () => {
  it('copies the database and every attachment it names, and restores both', async () => {
    const { actor, ticket } = await arrange();
    const kept = await storeAttachment({ ticketId: ticket.id, name: 'act.txt', bytes: text('act of acceptance'), visible: false }, actor);
    writeFileSync(path.join(dir, `${'0'.repeat(64)}.txt`), 'an orphan no row names');

    const result = await createBackup({ databaseFile: database().$client.name, attachmentsDir: dir, outRoot: path.join(root, 'backups'), now: new Date('2026-02-03T04:05:06Z') });

    expect(path.basename(result.dir)).toBe('2026-02-03T04-05-06Z');
    expect(result).toMatchObject({ attachments: 1, missing: [] });
    expect(readdirSync(path.join(result.dir, 'attachments'))).toEqual([kept.storageName]);
    const copy = new Database(path.join(result.dir, 'crm.db'), { readonly: true });
    expect(copy.prepare('SELECT original_name FROM attachments WHERE id = ?').get(kept.id)).toEqual({ original_name: 'act.txt' });
    copy.close();
    expect(JSON.parse(readFileSync(path.join(result.dir, 'manifest.json'), 'utf8'))).toMatchObject({ database: 'crm.db', attachments: 1 });

    const target = path.join(root, 'restored');
    const restored = await restoreBackup({ backup: result.dir, databaseFile: path.join(target, 'crm.db'), attachmentsDir: path.join(target, 'files') });
    expect(restored).toMatchObject({ attachments: 1, previous: null });
    expect(readFileSync(path.join(target, 'files', kept.storageName), 'utf8')).toBe('act of acceptance');
    const back = new Database(path.join(target, 'crm.db'), { readonly: true });
    expect(back.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: expect.any(Number) });
    back.close();
  });
});

describe('sweep', () => {
  it('removes old unreferenced files and crashed temp files, and keeps referenced or fresh ones', async () => {
    const { actor, ticket } = await arrange();
    const row = await storeAttachment({ ticketId: ticket.id, name: 'keep.txt', bytes: text('referenced'), visible: false }, actor);
    const orphan = path.join(dir, `${'a'.repeat(64)}.pdf`);
    const fresh = path.join(dir, `${'b'.repeat(64)}.pdf`);
    const temp = path.join(dir, '.tmp-crashed');
    for (const f of [orphan, fresh, temp]) writeFileSync(f, 'x');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(orphan, hourAgo, hourAgo);
    utimesSync(temp, hourAgo, hourAgo);

    const removed = await sweepAttachmentFiles();

    expect(removed).toEqual(expect.arrayContaining([path.basename(orphan), '.tmp-crashed']));
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(temp)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(path.join(dir, row.storageName))).toBe(true);
    expect(await getAttachment(row.id)).toBeDefined();
  });
});
