import { unlink } from 'node:fs/promises';
import { isStorageReferenced, referencedStorageNames } from '@/db/queries/attachments';
import { listDirectory, removeStored } from './storage';

function log(event: string, data: Record<string, unknown>) {
  console.error(JSON.stringify({ event, ...data }));
}

/** Removes each file no row names any more; failures are logged, and the sweep retries them. */
export async function removeUnreferencedFiles(storageNames: readonly string[]): Promise<void> {
  for (const name of new Set(storageNames)) {
    if (await isStorageReferenced(name)) continue;
    try {
      await removeStored(name);
    } catch (error) {
      log('attachment_remove_failed', { storageName: name, error: String(error) });
    }
  }
}

/**
 * The safety net (for a maintenance job; nothing calls it on a request): removes stored files
 * no row names, derived images of files that are gone, and temp files of crashed writes. Files
 * younger than `graceMs` are left alone: an upload may be between its rename and its insert.
 */
export async function sweepAttachmentFiles(now = Date.now(), graceMs = 10 * 60_000): Promise<string[]> {
  const { stored, temps, derived } = await listDirectory();
  const referenced = await referencedStorageNames();
  const old = (e: { mtimeMs: number }) => now - e.mtimeMs > graceMs;
  const removed: string[] = [];
  for (const entry of stored) {
    if (referenced.has(entry.name) || !old(entry)) continue;
    await removeStored(entry.name);
    removed.push(entry.name);
  }
  const storedShas = new Set(stored.filter((e) => !removed.includes(e.name)).map((e) => e.name.slice(0, 64)));
  for (const entry of [...temps.filter(old), ...derived.filter((e) => !storedShas.has(e.name.slice(0, 64)))]) {
    await unlink(entry.file).catch(() => undefined);
    removed.push(entry.name);
  }
  return removed;
}
