import { html, type SafeHtml } from '@/components/ui/html';
import { FileText, ImageIcon } from '@/components/ui/icons';
import { iconHtml } from '@/components/ui/icon-html';
import { hasThumbnail, isImageMime } from '@/lib/attachments/sniff';

export const attachmentHref = (id: number) => `/api/attachments/${id}`;
export const thumbnailHref = (id: number) => `/api/attachments/${id}/thumbnail`;

/** A 320 px thumbnail for JPEG, PNG and WebP; an icon for what sharp cannot draw (HEIC, PDF, text). */
export function attachmentPreviewHtml(id: number, mime: string, name: string, noPreview: string, size = 'size-20'): SafeHtml {
  if (hasThumbnail(mime)) {
    return html`<img src="${thumbnailHref(id)}" alt="${name}" loading="lazy" class="${size} rounded object-cover ring-1 ring-slate-200" data-testid="attachment-thumbnail">`;
  }
  return html`<span class="${size} grid place-items-center rounded bg-slate-100 text-slate-500 ring-1 ring-slate-200" title="${noPreview}">${iconHtml(isImageMime(mime) ? ImageIcon : FileText, 'size-8')}</span>`;
}
