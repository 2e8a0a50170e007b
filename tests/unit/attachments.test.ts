import { describe, expect, it } from 'vitest';
import { fillIn, formatFileSize } from '@/lib/attachments/format';
import { messagesFor } from '@/lib/i18n/messages';
import { cleanFileName } from '@/lib/attachments/limits';
import { canAttach, canChangeVisibility, canDeleteAttachment } from '@/lib/permissions';
import { contentDisposition } from '@/lib/attachments/serve';
import { hasThumbnail, sniff } from '@/lib/attachments/sniff';
import { attachmentsEn, attachmentsRu } from '@/lib/i18n/messages/features/attachments';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('sniffing a file by its bytes', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg', 'jpg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png', 'png'],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp', 'webp'],
    ['HEIC', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'), 'image/heic', 'heic'],
    ['HEIF (mif1)', bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0]), 'image/heic', 'heic'],
    ['PDF', bytes('%PDF-1.7\n'), 'application/pdf', 'pdf'],
    ['UTF-8 text', bytes('Замена дисплея, 2 часа\n'), 'text/plain', 'txt'],
    ['text with a BOM', bytes([0xef, 0xbb, 0xbf], 'hello'), 'text/plain', 'txt'],
  ])('%s', (_, content, mime, ext) => {
    expect(sniff(content)).toMatchObject({ mime, ext });
  });

  it.each([
    ['HTML', bytes('<!DOCTYPE html><p>hi')],
    ['HTML after blank lines', bytes('\n\n  <html><body>')],
    ['script', bytes('<script>alert(1)</script>')],
    ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['XML', bytes('<?xml version="1.0"?><svg/>')],
    ['uppercase HTML with a BOM', bytes([0xef, 0xbb, 0xbf], '<HTML>')],
    ['invalid UTF-8', bytes([0x41, 0xc3, 0x28])],
    ['a NUL byte', bytes('abc', [0], 'def')],
    ['a ZIP', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0])],
    ['a GIF', bytes('GIF89a', [1, 0, 1, 0])],
    ['an AVIF', bytes([0, 0, 0, 0x1c], 'ftypavif')],
    ['an empty file', bytes()],
  ])('refuses %s', (_, content) => {
    expect(sniff(content)).toBeNull();
  });

  it('draws thumbnails for what sharp can read, not HEIC or documents', () => {
    expect(['image/jpeg', 'image/png', 'image/webp'].every(hasThumbnail)).toBe(true);
    expect(['image/heic', 'application/pdf', 'text/plain'].some(hasThumbnail)).toBe(false);
  });
});

describe('file names', () => {
  it('keeps the name, not the folders or control characters', () => {
    expect(cleanFileName('C:\\Users\\me\\фото 1.jpg', 'jpg')).toBe('фото 1.jpg');
    expect(cleanFileName('../../etc/passwd', 'txt')).toBe('passwd');
    expect(cleanFileName('a\u0000b\u001f.png', 'png')).toBe('ab.png');
    expect(cleanFileName('   ', 'pdf')).toBe('file.pdf');
  });

  it('shortens a long name but keeps its extension', () => {
    const name = cleanFileName(`${'x'.repeat(300)}.jpeg`, 'jpg');
    expect(name).toHaveLength(200);
    expect(name.endsWith('.jpeg')).toBe(true);
  });

  it('sends a download name that survives any browser', () => {
    expect(contentDisposition('attachment', 'акт "1".pdf')).toBe(
      `attachment; filename="___ _1_.pdf"; filename*=UTF-8''${encodeURIComponent('акт "1".pdf')}`,
    );
    expect(contentDisposition('inline', 'photo.jpg')).toBe(`inline; filename="photo.jpg"; filename*=UTF-8''photo.jpg`);
  });
});

describe('who may do what', () => {
  const admin = { id: 1, role: 'admin' as const };
  const manager = { id: 2, role: 'manager' as const };
  const tech = { id: 3, role: 'technician' as const };
  const otherTech = { id: 4, role: 'technician' as const };

  it('attach: managers, admins, the assignee and whoever took the ticket in', () => {
    const ticket = { assigneeId: 3, createdById: 4 };
    expect([admin, manager, tech, otherTech].map((u) => canAttach(u, ticket))).toEqual([true, true, true, true]);
    expect(canAttach(otherTech, { assigneeId: 3, createdById: 2 })).toBe(false);
  });

  it('delete: the uploader, a manager or an admin; another technician may not', () => {
    const file = { uploaderId: 3 };
    expect([admin, manager, tech, otherTech].map((u) => canDeleteAttachment(u, file))).toEqual([true, true, true, false]);
    expect(canDeleteAttachment(tech, { uploaderId: null })).toBe(false);
  });

  it('visibility: whoever may attach, or the uploader', () => {
    expect(canChangeVisibility(otherTech, { assigneeId: 3, createdById: 2 }, { uploaderId: 4 })).toBe(true);
    expect(canChangeVisibility(otherTech, { assigneeId: 3, createdById: 2 }, { uploaderId: 3 })).toBe(false);
  });
});

describe('messages', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fillIn('Uploading {done} of {total}', { done: 2, total: 5 })).toBe('Uploading 2 of 5');
    expect(fillIn('{name} {other}', { name: 'a' })).toBe('a {other}');
  });

  it('formats sizes for each language', () => {
    expect(formatFileSize(512, 'en', messagesFor('en').attachments.sizeUnits)).toBe('512 B');
    expect(formatFileSize(2.5 * 1024 * 1024, 'en', messagesFor('en').attachments.sizeUnits)).toBe('2.5 MB');
    expect(formatFileSize(2.5 * 1024 * 1024, 'ru', messagesFor('ru').attachments.sizeUnits)).toBe('2,5 МБ');
    expect(formatFileSize(15 * 1024, 'ru', messagesFor('ru').attachments.sizeUnits)).toBe('15 КБ');
  });

  it('Russian and English have the same placeholders in every string', () => {
    const walk = (en: unknown, ru: unknown, at: string) => {
      if (typeof en === 'string') {
        const marks = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(marks(ru as string), at).toEqual(marks(en));
        return;
      }
      for (const key of Object.keys(en as object)) walk((en as never)[key], (ru as never)[key], `${at}.${key}`);
    };
    walk(attachmentsEn, attachmentsRu, 'attachments');
  });
});
