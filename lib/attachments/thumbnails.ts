import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { hasThumbnail } from './sniff';
import { derivedPath, storedPath, writeAtomically } from './storage';

/**
 * Smaller WebP copies of a photo, made with sharp on first request and cached beside the file:
 * `thumb` (320 px) for lists and the timeline, `view` (1600 px) for the client's page. Both are
 * re-encoded, so camera metadata (GPS position, device serial) never reaches the client.
 */
const VARIANTS = {
  thumb: { size: 320, quality: 70 },
  view: { size: 1600, quality: 82 },
} as const;

export type ImageVariant = keyof typeof VARIANTS;

// A photo from a phone is 12-50 megapixels; anything far beyond is not a photo but a trap.
const MAX_INPUT_PIXELS = 100_000_000;

export async function renderVariant(source: Uint8Array | string, variant: ImageVariant): Promise<Buffer> {
  const { size, quality } = VARIANTS[variant];
  return sharp(source, { limitInputPixels: MAX_INPUT_PIXELS })
    .rotate() // honour the EXIF orientation, then drop the metadata
    .resize(size, size, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality })
    .toBuffer();
}

/** The cached variant of a stored photo, made now if missing; null when the type has none or decoding fails. */
export async function imageVariant(storageName: string, mime: string, variant: ImageVariant): Promise<Buffer | null> {
  if (!hasThumbnail(mime)) return null;
  const cached = derivedPath(storageName, variant);
  try {
    return await readFile(cached);
  } catch {
    // not made yet
  }
  try {
    const bytes = await renderVariant(storedPath(storageName), variant);
    await writeAtomically(cached, bytes);
    return bytes;
  } catch (error) {
    console.error(JSON.stringify({ event: 'attachment_thumbnail_failed', storageName, variant, error: String(error) }));
    return null;
  }
}
