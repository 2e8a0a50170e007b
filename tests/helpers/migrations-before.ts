import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * db/migrations as it was before migration `idx`: copied into `dir`, its journal cut short of it,
 * so a test can make a database of that age, fill it, and then run the real migrations over it.
 */
export function migrationsBefore(dir: string, idx: number): string {
  const folder = path.join(dir, `before-${idx}`);
  cpSync(path.join(process.cwd(), 'db', 'migrations'), folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((e) => e.idx < idx);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}
