/** The limits: judged on the server; the browser checks them first only to save a wasted upload. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_TICKET = 20;
export const MAX_NAME_LENGTH = 200;

/** What the file pickers offer; the server still judges by content. */
export const ACCEPT = 'image/*,application/pdf,text/plain';

/** "photo.jpg" from whatever the browser sent: no folders, no control characters, a sane length. */
export function cleanFileName(name: string, fallbackExt: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!cleaned) return `file.${fallbackExt}`;
  if (cleaned.length <= MAX_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_NAME_LENGTH - ext.length) + ext;
}
