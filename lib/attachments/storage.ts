import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * Files on disk under content-derived names (`<sha256>.<ext>`). A file is written to a temporary
 * name, flushed, then renamed into place, so a reader never sees half a file and a crash leaves
 * at most a `.tmp-*` file, which the sweep removes. Derived images (thumbnails, the public view)
 * are caches in `derived/`, rebuilt on demand.
 */
const STORED_NAME = /^[0-9a-f]{64}\.(?:jpg|png|webp|heic|pdf|txt)$/;
const TEMP_PREFIX = '.tmp-';
const DERIVED = 'derived';

export function attachmentsDir(): string {
  return path.resolve(env().ATTACHMENTS_DIR);
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function isStoredName(name: string): boolean {
  return STORED_NAME.test(name);
}

/** The absolute path of a stored file; a name that is not one of ours never becomes a path. */
export function storedPath(storageName: string): string {
  if (!isStoredName(storageName)) throw new Error(`not a stored attachment name: ${storageName}`);
  return path.join(attachmentsDir(), storageName);
}

export function derivedPath(storageName: string, variant: 'thumb' | 'view'): string {
  if (!isStoredName(storageName)) throw new Error(`not a stored attachment name: ${storageName}`);
  return path.join(attachmentsDir(), DERIVED, `${storageName.slice(0, 64)}.${variant}.webp`);
}

async function syncDirectory(dir: string) {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes bytes under `target` atomically: temp file in the same folder, fsync, rename, fsync the folder. */
export async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `${TEMP_PREFIX}${randomUUID()}`);
  try {
    const handle = await open(temp, 'wx', 0o640);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

async function existsWithSize(file: string, size: number): Promise<boolean> {
  try {
    return (await stat(file)).size === size;
  } catch {
    return false;
  }
}

/**
 * Puts the content on disk (unless the same content is already there) and returns its name.
 * `created` says whether this call wrote the file.
 */
export async function storeContent(bytes: Uint8Array, ext: string): Promise<{ sha256: string; storageName: string; created: boolean }> {
  const sha256 = sha256Of(bytes);
  const storageName = `${sha256}.${ext}`;
  const target = storedPath(storageName);
  if (await existsWithSize(target, bytes.byteLength)) return { sha256, storageName, created: false };
  await writeAtomically(target, bytes);
  return { sha256, storageName, created: true };
}

export function readStored(storageName: string): Promise<Buffer> {
  return readFile(storedPath(storageName));
}

/** Removes a stored file and its derived images; a file already gone is not an error. */
export async function removeStored(storageName: string): Promise<void> {
  await Promise.all([
    unlink(storedPath(storageName)).catch(ignoreMissing),
    unlink(derivedPath(storageName, 'thumb')).catch(ignoreMissing),
    unlink(derivedPath(storageName, 'view')).catch(ignoreMissing),
  ]);
}

function ignoreMissing(error: NodeJS.ErrnoException) {
  if (error.code !== 'ENOENT') throw error;
}

export type DirEntry = { name: string; file: string; mtimeMs: number };

/** Stored files, leftover temp files and derived images, for the sweep. */
export async function listDirectory(): Promise<{ stored: DirEntry[]; temps: DirEntry[]; derived: DirEntry[] }> {
  const root = attachmentsDir();
  const read = async (dir: string) => {
    const names = await readdir(dir).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? [] : Promise.reject(e)));
    const entries = await Promise.all(
      names.map(async (name) => {
        const file = path.join(dir, name);
        const info = await stat(file).catch(() => null);
        return info?.isFile() ? { name, file, mtimeMs: info.mtimeMs } : null;
      }),
    );
    return entries.filter((e) => e !== null);
  };
  const [top, derived] = await Promise.all([read(root), read(path.join(root, DERIVED))]);
  return {
    stored: top.filter((e) => isStoredName(e.name)),
    temps: [...top, ...derived].filter((e) => e.name.startsWith(TEMP_PREFIX)),
    derived: derived.filter((e) => !e.name.startsWith(TEMP_PREFIX)),
  };
}
