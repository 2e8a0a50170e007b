/**
 * `npm run db:backup` and `npm run db:restore` as an operator runs them: the real scripts in a
 * child process, against real SQLite files, one of them written to by another process meanwhile.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, runMigrations } from '@/db';
import { createBackup } from '@/scripts/backup';
import { listBackups } from '@/scripts/lib/backup-retention';
import { verifyDatabaseFile } from '@/scripts/lib/verify-database';

const ROOT = process.cwd();
let root = '';
let live = '';

function makeDatabase(file: string, clientNames: string[]) {
  const db = openDatabase(file);
  runMigrations(db);
  const insert = db.$client.prepare("INSERT INTO clients (name, phone, created_at, updated_at) VALUES (?, '+79120000000', 0, 0)");
  for (const name of clientNames) insert.run(name);
  db.$client.close();
}

const clientNames = (file: string) =>
  (new Database(file, { readonly: true }).prepare('SELECT name FROM clients ORDER BY id').all() as { name: string }[]).map((r) => r.name);

function script(name: 'backup' | 'restore', args: string[], databaseFile: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', `${name}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseFile, ATTACHMENTS_DIR: path.join(root, 'files') },
    encoding: 'utf8',
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'crm-db-backup-'));
  live = path.join(root, 'crm.db');
  makeDatabase(live, ['Anna', 'Boris']);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run db:backup', () => {
  it('copies a consistent database while another process keeps writing to it', async () => {
    // Another process inserts clients two at a time, each pair in one transaction, as the app would.
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(${JSON.stringify(live)}); db.pragma('busy_timeout = 5000');
         const add = db.prepare("INSERT INTO clients (name, phone, created_at, updated_at) VALUES (?, '+79120000000', 0, 0)");
         const pair = db.transaction((n) => { add.run('pair ' + n + ' a'); add.run('pair ' + n + ' b'); });
         let n = 0; const end = Date.now() + 3000; process.stdout.write('started\\n');
         while (Date.now() < end) pair(n++);`,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) => writer.stdout.once('data', resolve));
    const copies: string[] = [];
    while (writer.exitCode === null && copies.length < 5) {
      const { dir } = await createBackup({ databaseFile: live, attachmentsDir: path.join(root, 'files'), outRoot: path.join(root, 'online') });
      copies.push(path.join(dir, 'crm.db'));
    }
    await new Promise((resolve) => (writer.exitCode === null ? writer.once('exit', resolve) : resolve(null)));

    expect(copies.length).toBeGreaterThan(1);
    const sizes = copies.map((copy) => {
      expect(verifyDatabaseFile(copy).clients).toBeGreaterThanOrEqual(2);
      const pairs = clientNames(copy).filter((name) => name.startsWith('pair '));
      expect(pairs.length % 2, `${copy} holds half a transaction`).toBe(0);
      return pairs.length;
    });
    expect(Math.max(...sizes), 'the writer was running while the copies were made').toBeGreaterThan(0);
  });

  it('keeps the newest N backups and leaves other folders alone', async () => {
    const out = path.join(root, 'kept');
    mkdirSync(path.join(out, 'copied-by-hand'), { recursive: true });
    for (let i = 0; i < 3; i++) {
      const run = script('backup', ['--out', out, '--keep', '2'], live);
      expect(run.code, run.out).toBe(0);
    }
    const kept = readdirSync(out).sort();
    expect(kept).toHaveLength(3);
    expect(kept).toContain('copied-by-hand');
    expect(await listBackups(out)).toHaveLength(2);
    expect(script('backup', ['--out', out, '--keep', '0'], live)).toMatchObject({ code: 1, out: expect.stringContaining('--keep') });
  });
});

describe('npm run db:restore', () => {
  let backup = '';
  beforeAll(async () => {
    backup = (await createBackup({ databaseFile: live, attachmentsDir: path.join(root, 'files'), outRoot: path.join(root, 'to-restore') })).dir;
  });

  it('puts a backup back, keeping the database it replaces', () => {
    const target = path.join(root, 'restore-here', 'crm.db');
    makeDatabase(target, ['Someone else']);
    const dryRun = script('restore', [backup], target);
    expect(dryRun.code).toBe(1);
    expect(dryRun.out).toContain('--yes');
    expect(clientNames(target)).toEqual(['Someone else']);

    const run = script('restore', [backup, '--yes'], target);
    expect(run.code, run.out).toBe(0);
    expect(clientNames(target)).toEqual(clientNames(path.join(backup, 'crm.db')));
    const previous = readdirSync(path.dirname(target)).find((f) => f.startsWith('crm.db.before-restore-'));
    expect(previous).toBeDefined();
    expect(clientNames(path.join(path.dirname(target), previous!))).toEqual(['Someone else']);
  });

  it.each([
    ['a damaged file', (file: string) => damage(file), 'damaged'],
    ['a file that is not a database', (file: string) => writeFileSync(file, 'just text, not SQLite'), 'not a readable SQLite database'],
    ['a database of another app', (file: string) => replaceWithForeignDatabase(file), 'not a Service Desk database'],
    ['a backup from a newer version', (file: string) => addUnknownMigration(file), 'newer version'],
  ])('refuses %s and leaves the current database untouched', (_name, spoil, message) => {
    const bad = path.join(root, `bad-${readdirSync(root).length}`);
    mkdirSync(bad);
    const file = path.join(bad, 'crm.db');
    copyFileSync(path.join(backup, 'crm.db'), file);
    spoil(file);
    const target = path.join(root, `untouched-${readdirSync(root).length}`, 'crm.db');
    makeDatabase(target, ['Still here']);

    const run = script('restore', [file, '--yes'], target);

    expect(run.code).toBe(2);
    expect(run.out).toContain(message);
    expect(clientNames(target)).toEqual(['Still here']);
    expect(readdirSync(path.dirname(target)).filter((f) => !f.startsWith('crm.db-'))).toEqual(['crm.db']);
  });
});

/** Overwrites a page in the middle of the table data, as a bad disk would. */
function damage(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  const insert = db.prepare("INSERT INTO clients (name, phone, created_at, updated_at) VALUES (?, '+79120000000', 0, 0)");
  for (let i = 0; i < 300; i++) insert.run(`filler ${i} ${'x'.repeat(200)}`);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xab), 0, pageSize, pageSize * Math.floor(pages / 2));
  closeSync(fd);
}

function replaceWithForeignDatabase(file: string) {
  rmSync(file);
  const db = new Database(file);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
  db.close();
}

function addUnknownMigration(file: string) {
  const db = new Database(file);
  db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', 4_102_444_800_000);
  db.close();
}
