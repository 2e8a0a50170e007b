/**
 * What a file is, judged by its bytes alone: the name and the browser's claimed type are never
 * trusted. Anything that is not one of these is refused.
 */
export const ATTACHMENT_TYPES = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg', image: true },
  png: { mime: 'image/png', ext: 'png', image: true },
  webp: { mime: 'image/webp', ext: 'webp', image: true },
  heic: { mime: 'image/heic', ext: 'heic', image: true },
  pdf: { mime: 'application/pdf', ext: 'pdf', image: false },
  text: { mime: 'text/plain', ext: 'txt', image: false },
} as const;

export type AttachmentType = keyof typeof ATTACHMENT_TYPES;
export type SniffedType = (typeof ATTACHMENT_TYPES)[AttachmentType] & { type: AttachmentType };

const MIMES = new Map<string, AttachmentType>(Object.entries(ATTACHMENT_TYPES).map(([type, info]) => [info.mime, type as AttachmentType]));

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

const HEIC_BRANDS = new Set(['heic', 'heix', 'mif1', 'msf1']);

// Markup a browser could be talked into rendering, even when it is served as text.
const MARKUP_START = /^(?:<!doctype|<html|<head|<body|<script|<svg|<\?xml|<iframe)/i;

/** Plain text: valid UTF-8, no NUL bytes, and not markup that happens to be valid UTF-8. */
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !MARKUP_START.test(text.replace(/^\uFEFF/, '').trimStart());
}

function sniffType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp' && HEIC_BRANDS.has(ascii(bytes, 8, 12))) return 'heic';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (bytes.length > 0 && isPlainText(bytes)) return 'text';
  return null;
}

export function sniff(bytes: Uint8Array): SniffedType | null {
  const type = sniffType(bytes);
  return type === null ? null : { ...ATTACHMENT_TYPES[type], type };
}

export function isImageMime(mime: string): boolean {
  return mime.startsWith('image/');
}

/** sharp's prebuilt libvips reads JPEG, PNG and WebP; HEIC (HEVC) it cannot decode, so it gets an icon. */
export function hasThumbnail(mime: string): boolean {
  return mime === 'image/jpeg' || mime === 'image/png' || mime === 'image/webp';
}

export function typeOfMime(mime: string): AttachmentType | undefined {
  return MIMES.get(mime);
}
